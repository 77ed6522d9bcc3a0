package se.odis.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import se.odis.model.InputProblem;

/**
 * NDJSON: one {@code odis-assessment/1} object per line, compact, keys sorted, in input order;
 * nothing else (inputs that cannot be read are reported on standard error only). For pipelines:
 * {@code odis assess --format ndjson big.ndjson | jq -c 'select(.verdict == "BLOCKED")'}.
 */
final class NdjsonWriter implements PortfolioWriter, Renderer {
  private static final ObjectWriter COMPACT = JsonRenderer.MAPPER.writer();

  private final Labels labels;
  private final PrintWriter out;

  NdjsonWriter(Labels labels, PrintWriter out) {
    this.labels = labels;
    this.out = out;
  }

  /** A renderer for single reports: the same one line. */
  NdjsonWriter() {
    this(null, null);
  }

  @Override
  public void render(Report report, Labels labels, PrintWriter out) {
    write(report, labels, out);
    out.flush();
  }

  @Override
  public void begin() {}

  @Override
  public void assessed(Report report) {
    write(report, labels, out);
  }

  private static void write(Report report, Labels labels, PrintWriter out) {
    try {
      out.print(COMPACT.writeValueAsString(JsonReport.of(report, labels.tag())));
      out.print('\n');
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("the JSON report cannot be written", e);
    }
  }

  @Override
  public void failed(InputProblem problem) {
    // on standard error only
  }

  @Override
  public void end(Summary summary) {
    out.flush();
  }
}
