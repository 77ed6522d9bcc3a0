package se.odis.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.odis.model.InputProblem;

/**
 * The parts of the portfolio contract {@value #FORMAT} (docs/json-output.md) besides the
 * assessments, which are {@link JsonReport}s: the errors and the summary. Keys are sorted.
 */
final class JsonPortfolio {
  /** The value of {@code format}: the contract's name and major version. */
  static final String FORMAT = "odis-portfolio/1";

  private JsonPortfolio() {}

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

  /** A source as the import saw it. */
  record SourceJson(String source, String syntax, long datasets, List<JsonReport.SourceNoteJson> notes) {
    static SourceJson of(SourceReport s, String lang) {
      return new SourceJson(s.source(), s.syntax(), s.datasets(),
          s.notes().stream().map(n -> new JsonReport.SourceNoteJson(n.code(), n.subject(), n.message().best(lang))).toList());
    }
  }

  /** The summary. */
  record SummaryJson(String asOf, String language, String profile, long assessed, long badInputs, long withBlockers,
      Map<String, Long> byVerdict, Map<String, Long> byStage, List<BlockerJson> topBlockers,
      List<CandidateJson> closestToPublication) {}

  static SummaryJson summary(Summary s, Run run, String lang) {
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
}
