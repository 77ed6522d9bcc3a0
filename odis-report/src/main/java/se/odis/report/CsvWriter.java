package se.odis.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import se.odis.model.InputProblem;

/**
 * CSV for a spreadsheet (Jackson's CSV generator): a header, then one row per assessed dataset in
 * input order, RFC 4180 (comma-separated, fields with commas, quotes or line breaks in double
 * quotes, CRLF line ends), UTF-8 without a byte order mark. The columns (id, title, owner, verdict,
 * stage, blockers, top blocker, metadata score, stars) are headed in the report language, and the
 * verdict is written in it too. Inputs that cannot be read are left out (the caller reports them).
 * A text that begins with {@code = + - @} gets a leading apostrophe, so that a spreadsheet does not
 * run it as a formula.
 */
final class CsvWriter implements FormatWriter {
  /** The label keys of the columns, in order: the datasets table's without the number (a row's line is its number). */
  static final List<String> COLUMNS = Row.COLUMNS.stream().skip(1).map(Row.Column::key).toList();

  private static final CsvMapper MAPPER = CsvMapper.builder()
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .build();
  private final Labels labels;
  private final Out out;
  private SequenceWriter rows;

  CsvWriter(Labels labels, Out out) {
    this.labels = labels;
    this.out = out;
  }

  private static CsvSchema schema(Labels labels) {
    CsvSchema.Builder b = CsvSchema.builder();
    for (String c : COLUMNS) b.addColumn(labels.get(c));
    return b.build().withHeader().withLineSeparator("\r\n");
  }

  @Override
  public void begin() {
    try {
      rows = MAPPER.writer(schema(labels)).writeValues(out.writer());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void assessed(DatasetReport report) {
    try {
      rows.write(row(Row.of(report, labels.tag()), labels));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object[] row(Row r, Labels labels) {
    String lang = labels.tag();
    return new Object[] {
      cell(r.id()),
      cell(r.title()),
      cell(r.owner()),
      labels.of("verdict", r.assessment().getVerdict()),
      r.assessment().getStage(),
      r.assessment().blockerCount(),
      r.topBlocker() == null ? "" : cell(r.topBlocker().getRuleId() + " " + r.topBlocker().getTitle().best(lang)),
      r.assessment().getScores().get("metadataScore"),
      r.assessment().getScores().get("opennessStars"),
    };
  }

  /** A text cell, defused: a spreadsheet would run a leading = + - @ as a formula. */
  static String cell(String s) {
    if (s.isEmpty()) return s;
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
  }

  @Override
  public void failed(InputProblem problem) {
    // left out: a row would break the table
  }

  @Override
  public void end(Summary summary) {
    try {
      rows.flush();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
