package se.odis.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import se.odis.model.Assessment;
import se.odis.model.Finding;
import se.odis.model.Gate;
import se.odis.model.GateStatus;
import se.odis.model.Guide;
import se.odis.model.LicenceRecommendation;
import se.odis.model.NextStep;

/**
 * The JSON report, contract {@value #FORMAT}, documented field by field in
 * {@code docs/json-output.md}. These records, not the model, define the contract: a change to the
 * model changes the output only where this class is changed too. Every key is always written
 * ({@code null} where there is no value); texts are plain strings in the report's language.
 *
 * <p>Changing or removing a key, or changing a value's meaning, needs a new {@code format}
 * ({@code odis-assessment/2}); adding a key does not.
 */
record JsonReport(
    String format,
    String language,
    String datasetId,
    String title,
    String asOf,
    String verdict,
    String stage,
    String stageTitle,
    String nextGate,
    List<GateJson> gates,
    List<FindingJson> findings,
    List<NextStepJson> nextSteps,
    LicenceJson licenceRecommendation,
    Map<String, Integer> scores,
    List<String> rulesInForce,
    String profile,
    String sourceFile,
    Integer sourceLine,
    String sourceUri,
    List<SourceNoteJson> sourceNotes) {

  /** The value of {@code format}: the contract's name and major version. */
  static final String FORMAT = "odis-assessment/1";

  /**
   * One gate: {@code gate} is a {@link Gate} name, {@code state} a {@code GateState} name;
   * {@code decidedOn} (a date) and {@code decidedBy} are what the record says of the gate's task
   * once it counts as done, else null.
   */
  record GateJson(String gate, String task, String state, List<String> blockers, String decidedOn, String decidedBy) {}

  /** One finding; {@code gate}, {@code source} and {@code subject} may be null. */
  record FindingJson(
      String ruleId,
      String severity,
      String step,
      String gate,
      String title,
      String message,
      String remedy,
      String source,
      String subject) {}

  /** One next step: a guide task still to do, with the date, who and note recorded for it (each null if none). */
  record NextStepJson(String taskId, String title, String status, List<String> ruleIds, boolean blocking,
      String date, String by, String note) {}

  /** The licence recommendation. */
  record LicenceJson(String licence, String uri, String reason, boolean alreadyChosen) {}

  /** A note an importer made about the dataset's source: {@code code} is a stable {@code SourceNote} code. */
  record SourceNoteJson(String code, String subject, String message) {}

  /**
   * Builds the report.
   *
   * @param report the dataset and its assessment
   * @param lang the language tag texts are given in
   * @return the report
   */
  static JsonReport of(DatasetReport report, String lang) {
    Assessment a = report.assessment();
    return new JsonReport(
        FORMAT,
        lang,
        a.getDatasetId(),
        report.title(lang),
        a.getAsOf().toString(),
        a.getVerdict().name(),
        a.getStage(),
        Guide.odis().stage(a.getStage()).map(s -> s.text(lang)).orElse(null),
        name(a.getNextGate()),
        a.getGates().stream().map(JsonReport::gate).collect(Collectors.toList()),
        a.getFindings().stream().map(f -> finding(f, lang)).collect(Collectors.toList()),
        a.getNextSteps().stream().map(s -> nextStep(s, lang)).collect(Collectors.toList()),
        licence(a.getLicenceRecommendation(), lang),
        new TreeMap<>(a.getScores()),
        List.copyOf(a.getRulesInForce()),
        a.getProfile(),
        report.origin() == null ? null : report.origin().file(),
        report.origin() == null ? null : report.origin().line(),
        report.origin() == null ? null : report.origin().uri(),
        report.notes().stream()
            .map(n -> new SourceNoteJson(n.code(), n.subject(), n.message().best(lang)))
            .collect(Collectors.toList()));
  }

  private static GateJson gate(GateStatus g) {
    return new GateJson(g.getGate().name(), g.getGate().getTaskId(), g.getState().name(), List.copyOf(g.getBlockers()),
        date(g.getDecidedOn()), g.getDecidedBy());
  }

  private static FindingJson finding(Finding f, String lang) {
    return new FindingJson(
        f.getRuleId(),
        f.getSeverity().name(),
        f.getStep(),
        name(f.getGate()),
        f.getTitle().best(lang),
        f.getMessage().best(lang),
        f.getRemedy().best(lang),
        f.getSource(),
        f.getSubject());
  }

  private static NextStepJson nextStep(NextStep s, String lang) {
    return new NextStepJson(s.getTaskId(), s.getTitle().best(lang), s.getStatus().name(), List.copyOf(s.getRuleIds()), s.isBlocking(),
        date(s.getDate()), s.getBy(), s.getNote());
  }

  private static LicenceJson licence(LicenceRecommendation r, String lang) {
    return r == null ? null : new LicenceJson(r.getLicence(), r.getUri(), r.getReason().best(lang), r.isAlreadyChosen());
  }

  private static String date(LocalDate d) {
    return d == null ? null : d.toString();
  }

  private static String name(Enum<?> e) {
    return e == null ? null : e.name();
  }

}
