package se.odis.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import se.odis.model.InputProblem;
import se.odis.model.OdisJson;

/**
 * The JSON contracts (docs/json-output.md). One dataset: one {@link JsonReport}
 * ({@code odis-assessment/1}), pretty-printed. A portfolio: one {@value JsonPortfolio#FORMAT} object,
 * {@code {"format", "assessments": [odis-assessment/1…], "errors": [...], "summary": {...}}} in that
 * order, written with a streaming generator as the assessments come; errors are kept in a
 * {@link Spool} until the assessments are written. Keys sorted alphabetically, every key present
 * ({@code null} where absent), two-space indents, {@code \n} line ends, one trailing newline.
 */
final class JsonWriter implements FormatWriter {
  /** Keys sorted: records' properties alphabetically, maps by key. Used by every JSON output. */
  static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
      .build();
  /** One line per value, keys sorted. */
  static final ObjectWriter COMPACT = MAPPER.writer();
  /** The contract's layout for one assessment. */
  private static final ObjectWriter PRETTY = MAPPER.writer(printer()).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private final Labels labels;
  private final Out out;
  private final Run run;
  private final Spool errors = new Spool();
  private JsonGenerator g;

  JsonWriter(Labels labels, Out out, Run run) {
    this.labels = labels;
    this.out = out;
    this.run = run;
  }

  /** @return a new pretty printer of the contract's layout: two-space indents, {@code \n} line ends */
  static DefaultPrettyPrinter printer() {
    return OdisJson.prettyPrinter();
  }

  @Override
  public void begin() {
    if (run.single()) return;
    try {
      g = MAPPER.getFactory().createGenerator(out.writer());
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(printer());
      g.writeStartObject();
      g.writeStringField("format", JsonPortfolio.FORMAT);
      g.writeArrayFieldStart("assessments");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void assessed(DatasetReport report) {
    try {
      JsonReport json = JsonReport.of(report, labels.tag());
      if (run.single()) {
        PRETTY.writeValue(out.writer(), json);
      } else {
        COMPACT.writeValue(g, json);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void failed(InputProblem problem) {
    try {
      errors.write(COMPACT.writeValueAsString(JsonPortfolio.ErrorJson.of(problem)));
      errors.write("\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void end(Summary summary) {
    try {
      if (!run.single()) {
        g.writeEndArray();
        g.writeArrayFieldStart("errors");
        errors.lines(line -> {
          try {
            COMPACT.writeValue(g, MAPPER.readValue(line, JsonPortfolio.ErrorJson.class));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
        g.writeEndArray();
        g.writeArrayFieldStart("sources");
        for (SourceReport s : summary.sources()) COMPACT.writeValue(g, JsonPortfolio.SourceJson.of(s, labels.tag()));
        g.writeEndArray();
        g.writeFieldName("summary");
        COMPACT.writeValue(g, JsonPortfolio.summary(summary, run, labels.tag()));
        g.writeEndObject();
        g.flush();
      }
      out.print('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    errors.close();
  }
}
