package se.odis.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import se.odis.model.Assessment;
import se.odis.model.Finding;
import se.odis.model.InputProblem;
import se.odis.model.Severity;

/**
 * CSV for a spreadsheet: a header, then one row per assessed dataset in input order, RFC 4180
 * (comma-separated, fields with commas, quotes or line breaks in double quotes, CRLF line ends),
 * UTF-8 without a byte order mark. Columns: {@value #COLUMNS_TEXT}. Inputs that cannot be read
 * are reported on standard error only. A text that begins with {@code = + - @} gets a leading
 * apostrophe, so that a spreadsheet does not run it as a formula.
 */
final class CsvWriter implements PortfolioWriter, Renderer {
  static final String COLUMNS_TEXT = "id, title, verdict, stage, blockers, topBlocker, metadataScore, opennessStars";
  static final String[] COLUMNS = Arrays.stream(COLUMNS_TEXT.split(", ")).toArray(String[]::new);

  private static final CsvMapper MAPPER = CsvMapper.builder()
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .build();
  private static final CsvSchema SCHEMA = schema();

  private final Labels labels;
  private final PrintWriter out;
  private SequenceWriter rows;

  CsvWriter(Labels labels, PrintWriter out) {
    this.labels = labels;
    this.out = out;
  }

  /** A renderer for a single report: the header and one row. */
  CsvWriter() {
    this(null, null);
  }

  private static CsvSchema schema() {
    CsvSchema.Builder b = CsvSchema.builder();
    for (String c : COLUMNS) b.addColumn(c);
    return b.build().withHeader().withLineSeparator("\r\n");
  }

  @Override
  public void render(Report report, Labels labels, PrintWriter out) {
    CsvWriter w = new CsvWriter(labels, out);
    w.begin();
    w.assessed(report);
    w.end(null);
  }

  @Override
  public void begin() {
    try {
      rows = MAPPER.writer(SCHEMA).writeValues(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void assessed(Report report) {
    try {
      rows.write(row(report, labels.tag()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Object[] row(Report report, String lang) {
    Assessment a = report.assessment();
    Finding top = a.getFindings().stream().filter(f -> f.getSeverity() == Severity.BLOCKER).findFirst().orElse(null);
    String title = report.title(lang);
    return new Object[] {
      cell(a.getDatasetId()),
      cell(title == null ? "" : title),
      a.getVerdict().name(),
      a.getStage(),
      a.blockerCount(),
      top == null ? "" : cell(top.getRuleId() + " " + top.getTitle().best(lang)),
      a.getScores().get("metadataScore"),
      a.getScores().get("opennessStars"),
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
    // on standard error only: a row would break the table
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
