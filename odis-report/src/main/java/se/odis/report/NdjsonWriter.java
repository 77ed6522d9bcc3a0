package se.odis.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import se.odis.model.InputProblem;

/**
 * NDJSON: one {@code odis-assessment/1} object per line, compact, keys sorted, in input order;
 * nothing else (inputs that cannot be read are left out: the caller reports them). For pipelines:
 * {@code odis assess --format ndjson big.ndjson | jq -c 'select(.verdict == "BLOCKED")'}.
 */
final class NdjsonWriter implements FormatWriter {
  private final Labels labels;
  private final Out out;

  NdjsonWriter(Labels labels, Out out) {
    this.labels = labels;
    this.out = out;
  }

  @Override
  public void begin() {}

  @Override
  public void assessed(DatasetReport report) {
    try {
      out.print(JsonWriter.COMPACT.writeValueAsString(JsonReport.of(report, labels.tag())));
      out.print('\n');
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("the JSON report cannot be written", e);
    }
  }

  @Override
  public void failed(InputProblem problem) {
    // left out: a line that is not an assessment would break the consumer
  }

  @Override
  public void end(Summary summary) {
    out.flush();
  }
}
