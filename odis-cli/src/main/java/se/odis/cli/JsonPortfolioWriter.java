package se.odis.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.odis.model.InputProblem;

/**
 * The portfolio as one JSON object, contract {@value #FORMAT} (docs/json-output.md):
 * {@code {"format", "assessments": [odis-assessment/1…], "errors": [...], "summary": {...}}}, in
 * that order, written with a streaming generator as the assessments come. Errors are kept in a
 * {@link Spool} until the assessments are written.
 */
final class JsonPortfolioWriter implements PortfolioWriter {
  /** The value of {@code format}: the contract's name and major version. */
  static final String FORMAT = "odis-portfolio/1";

  /** One input that could not be read. */
  record ErrorJson(String source, Integer line, Integer column, String pointer, String problem, String expected) {
    static ErrorJson of(InputProblem p) {
      return new ErrorJson(p.getSource(), p.getLine() > 0 ? p.getLine() : null, p.getColumn() > 0 ? p.getColumn() : null,
          p.getPointer(), p.getProblem(), p.getExpected());
    }
  }

  /** A blocker and how many datasets it stops. */
  record BlockerJson(String ruleId, String title, long datasets) {}

  /** A dataset close to publication. */
  record CandidateJson(String datasetId, String title, String verdict, String stage, long blockers,
      String sourceFile, Integer sourceLine, String sourceUri) {}

  /** The summary; keys sorted. */
  record SummaryJson(String asOf, String language, String profile, long assessed, long badInputs, long withBlockers,
      Map<String, Long> byVerdict, Map<String, Long> byStage, List<BlockerJson> topBlockers,
      List<CandidateJson> closestToPublication) {}

  private static final ObjectWriter COMPACT = JsonRenderer.MAPPER.writer();

  private final Labels labels;
  private final PrintWriter out;
  private final RunInfo run;
  private final Spool errors = new Spool();
  private JsonGenerator g;

  JsonPortfolioWriter(Labels labels, PrintWriter out, RunInfo run) {
    this.labels = labels;
    this.out = out;
    this.run = run;
  }

  @Override
  public void begin() {
    try {
      g = JsonRenderer.MAPPER.getFactory().createGenerator(out);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(JsonRenderer.printer());
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeArrayFieldStart("assessments");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void assessed(Report report) {
    try {
      COMPACT.writeValue(g, JsonReport.of(report, labels.tag()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void failed(InputProblem problem) {
    try {
      errors.write(COMPACT.writeValueAsString(ErrorJson.of(problem)));
      errors.write("\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void end(Summary summary) {
    try {
      g.writeEndArray();
      g.writeArrayFieldStart("errors");
      errors.lines(line -> {
        try {
          COMPACT.writeValue(g, JsonRenderer.MAPPER.readValue(line, ErrorJson.class));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      g.writeEndArray();
      g.writeFieldName("summary");
      COMPACT.writeValue(g, summary(summary));
      g.writeEndObject();
      g.flush();
      out.print('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SummaryJson summary(Summary s) {
    String lang = labels.tag();
    Map<String, Long> verdicts = new TreeMap<>();
    s.byVerdict().forEach((v, n) -> verdicts.put(v.name(), n));
    List<BlockerJson> blockers = new ArrayList<>();
    for (Summary.BlockerCount b : s.topBlockers()) {
      blockers.add(new BlockerJson(b.ruleId(), b.title() == null ? "" : b.title().best(lang), b.datasets()));
    }
    List<CandidateJson> closest = new ArrayList<>();
    for (Summary.Candidate c : s.closestToPublication()) {
      String title = c.title().best(lang);
      Origin o = c.origin();
      closest.add(new CandidateJson(c.datasetId(), title.isBlank() ? null : title, c.verdict().name(), c.stage(),
          c.blockers(), o == null ? null : o.file(), o == null ? null : o.line(), o == null ? null : o.uri()));
    }
    return new SummaryJson(run.asOf().toString(), lang, run.profile(), s.assessed(), s.badInputs(), s.withBlockers(),
        verdicts, new LinkedHashMap<>(s.byStage()), blockers, closest);
  }

  @Override
  public void close() {
    errors.close();
  }
}
