package se.odis.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import se.odis.model.Assessment;
import se.odis.model.ConditionKind;
import se.odis.model.Dataset;
import se.odis.model.Finding;
import se.odis.model.Gate;
import se.odis.model.GateState;
import se.odis.model.GateStatus;
import se.odis.model.Guide;
import se.odis.model.GuideTask;
import se.odis.model.ImmutableAssessment;
import se.odis.model.ImmutableFinding;
import se.odis.model.ImmutableGateStatus;
import se.odis.model.ImmutableLicenceRecommendation;
import se.odis.model.ImmutableNextStep;
import se.odis.model.Licence;
import se.odis.model.LicenceRecommendation;
import se.odis.model.Lifecycle;
import se.odis.model.MetadataScore;
import se.odis.model.LocalizedText;
import se.odis.model.NextStep;
import se.odis.model.Severity;
import se.odis.model.TaskStatus;
import se.odis.model.ThirdPartyRights;
import se.odis.model.Verdict;

/**
 * Turns a dataset's task states and the rules' findings into an assessment: the stage, the state
 * of each gate, the verdict and the ordered next steps. Pure and deterministic; the judgements
 * themselves are the rules', this only puts them together.
 */
final class Conclusion {
  private static final Guide GUIDE = Guide.odis();
  private static final List<Gate> PUBLISHING_GATES = List.of(Gate.GO_AHEAD, Gate.PROTECTION, Gate.PUBLICATION);
  /** By task, in the guide's order: the index of its stage, and its title. */
  private static final int[] STAGE_OF_TASK;
  private static final LocalizedText[] TITLE_OF_TASK;

  static {
    List<GuideTask> all = GUIDE.getTasks();
    STAGE_OF_TASK = new int[all.size()];
    TITLE_OF_TASK = new LocalizedText[all.size()];
    for (int i = 0; i < all.size(); i++) {
      STAGE_OF_TASK[i] = GUIDE.stageOrder(all.get(i).getStageId());
      TITLE_OF_TASK[i] = LocalizedText.of(all.get(i).getSv(), all.get(i).getEn());
    }
  }

  private static int stageOfStep(String taskId) {
    return STAGE_OF_TASK[GUIDE.order(taskId)];
  }

  private Conclusion() {}

  static Assessment conclude(AssessmentContext c, List<Finding> findings, List<String> rulesInForce, String profile) {
    Dataset d = c.getDataset();
    LocalDate asOf = c.getAsOf();
    List<TaskState> tasks = c.getTasks();
    List<DistributionFact> distributions = c.getDistributions();
    MetadataScore metadata = c.getMetadataScore();
    boolean decommissioning = d.getStatus() == Lifecycle.DEPRECATED || d.getStatus() == Lifecycle.WITHDRAWN;
    String stage = stage(c, tasks, decommissioning);

    Map<Gate, List<String>> blockersAt = new EnumMap<>(Gate.class);
    for (Gate g : Gate.values()) blockersAt.put(g, new ArrayList<>());
    for (Finding f : findings) {
      if (f.getSeverity() == Severity.BLOCKER && f.getGate() != null) {
        List<String> ids = blockersAt.get(f.getGate());
        if (!ids.contains(f.getRuleId())) ids.add(f.getRuleId());
      }
    }
    List<GateStatus> gates = new ArrayList<>();
    Map<Gate, GateState> states = new EnumMap<>(Gate.class);
    for (Gate g : Gate.values()) {
      List<String> ids = new ArrayList<>(new TreeSet<>(blockersAt.get(g)));
      GateState state;
      TaskState gateTask = c.task(g.getTaskId());
      if (g == Gate.DECOMMISSION && !decommissioning) state = GateState.NOT_APPLICABLE;
      else if (!ids.isEmpty()) state = GateState.BLOCKED;
      // A gate whose task does not apply (B.2.2.1 with nothing to protect) has nothing to wait for.
      else if (gateTask.isDone() || !gateTask.isApplicable()) state = GateState.PASSED;
      else state = GateState.OPEN;
      states.put(g, state);
      // Who decided and when, as recorded, once the decision counts as taken on the assessment day.
      gates.add(ImmutableGateStatus.builder().gate(g).state(state).blockers(ids)
          .decidedOn(gateTask.isDone() ? gateTask.getDate() : null)
          .decidedBy(gateTask.isDone() ? gateTask.getBy() : null)
          .build());
    }

    Gate nextGate = null;
    for (Gate g : decommissioning ? List.of(Gate.DECOMMISSION) : PUBLISHING_GATES) {
      if (states.get(g) != GateState.PASSED) {
        nextGate = g;
        break;
      }
    }

    // A blocker forbids publication when its rule says a known fact rules publication out, or when
    // the gate it stands at was passed in spite of it (the gate's task is recorded done).
    findings = markForbidding(c, findings);
    boolean forbidden = false;
    boolean blockers = false;
    for (Finding f : findings) {
      if (f.getSeverity() != Severity.BLOCKER) continue;
      // Publishing blockers no longer stand in the way of a dataset being taken down, and the
      // decommissioning gate does not concern a live dataset.
      boolean concerns = decommissioning ? f.getGate() == Gate.DECOMMISSION : f.getGate() != Gate.DECOMMISSION;
      if (!concerns) continue;
      blockers = true;
      forbidden |= f.isForbidsPublication();
    }
    Verdict verdict;
    if (forbidden) {
      verdict = Verdict.BLOCKED;
    } else if (decommissioning) {
      verdict = c.isDone("C.3.1.5") && nextGate == null && !blockers ? Verdict.DECOMMISSIONED : Verdict.IN_PROGRESS;
    } else if (nextGate == null && !blockers) {
      verdict = c.isPublished() ? Verdict.PUBLISHED : Verdict.READY_TO_PUBLISH;
    } else {
      verdict = Verdict.IN_PROGRESS;
    }

    int stars = distributions.stream().mapToInt(DistributionFact::getStars).max().orElse(0);
    Map<String, Integer> scores = new TreeMap<>();
    scores.put("opennessStars", stars);
    scores.put("metadataScore", metadata.getPoints());

    return ImmutableAssessment.builder()
        .datasetId(d.getId())
        .title(d.getTitle())
        .asOf(asOf)
        .verdict(verdict)
        .stage(stage)
        .nextGate(nextGate)
        .gates(gates)
        .findings(findings)
        .nextSteps(nextSteps(d, tasks, findings, verdict, nextGate, decommissioning))
        .licenceRecommendation(licenceRecommendation(d))
        .scores(scores)
        .metadataScore(metadata)
        .rulesInForce(rulesInForce)
        .profile(profile)
        .build();
  }

  /**
   * The findings with each blocker that stands at a gate whose task is recorded done marked as
   * forbidding publication: the gate was passed in spite of it. Findings are shared between
   * datasets, so a marked one is a copy; the list is unchanged when there is none to mark.
   */
  private static List<Finding> markForbidding(AssessmentContext c, List<Finding> findings) {
    List<Finding> out = null;
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (f.getSeverity() == Severity.BLOCKER && !f.isForbidsPublication() && f.getGate() != null
          && c.isDone(f.getGate().getTaskId())) {
        if (out == null) out = new ArrayList<>(findings);
        out.set(i, ImmutableFinding.copyOf(f).withForbidsPublication(true));
      }
    }
    return out == null ? findings : out;
  }

  /**
   * The stage the dataset is in: the latest stage in which work has begun, moved on to the next
   * stage once every applicable task of it is done. A live dataset never counts as in C3.
   */
  static String stage(AssessmentContext c, List<TaskState> tasks, boolean decommissioning) {
    if (decommissioning) return "C3";
    int latest = -1;
    for (int i = 0; i < tasks.size(); i++) {
      if (tasks.get(i).isStarted()) latest = Math.max(latest, STAGE_OF_TASK[i]);
    }
    int last = GUIDE.stageOrder("C2");
    if (latest < 0) return c.isPublished() ? "C2" : "A1";
    boolean complete = true;
    for (int i = 0; i < tasks.size(); i++) {
      if (STAGE_OF_TASK[i] == latest && tasks.get(i).isOutstanding()) complete = false;
    }
    int index = complete ? Math.min(latest + 1, last) : Math.min(latest, last);
    if (c.isPublished()) index = Math.max(index, last);
    return GUIDE.getStages().get(index).getId();
  }

  private static List<NextStep> nextSteps(Dataset d, List<TaskState> tasks, List<Finding> findings,
      Verdict verdict, Gate nextGate, boolean decommissioning) {
    int horizon;
    if (decommissioning) horizon = GUIDE.order("C.3.1.5");
    else if (nextGate != null) horizon = GUIDE.order(nextGate.getTaskId());
    else if (verdict == Verdict.READY_TO_PUBLISH) horizon = GUIDE.order("C.1.2.3");
    else horizon = GUIDE.order("C.2.4.2");
    int from = decommissioning ? GUIDE.order("C.3.1.1") : verdict == Verdict.PUBLISHED ? GUIDE.order("C.2.1.1") : 0;

    // By task, in the guide's order: the rules with findings at it, and whether any blocks.
    @SuppressWarnings("unchecked")
    TreeSet<String>[] ruleIds = new TreeSet[tasks.size()];
    @SuppressWarnings("unchecked")
    TreeSet<String>[] blockerIds = new TreeSet[tasks.size()];
    boolean[] blocking = new boolean[tasks.size()];
    for (Finding f : findings) {
      int at = GUIDE.order(f.getStep());
      if (ruleIds[at] == null) ruleIds[at] = new TreeSet<>();
      ruleIds[at].add(f.getRuleId());
      if (f.getSeverity() == Severity.BLOCKER) {
        blocking[at] = true;
        if (blockerIds[at] == null) blockerIds[at] = new TreeSet<>();
        blockerIds[at].add(f.getRuleId());
      }
    }
    List<NextStep> steps = new ArrayList<>();
    List<NextStep> later = new ArrayList<>();
    for (int order = 0; order < tasks.size(); order++) {
      TaskState t = tasks.get(order);
      boolean pointedAt = ruleIds[order] != null;
      boolean blocked = blocking[order];
      boolean inWindow = order >= from && order <= horizon;
      // A finding can show that a "when needed" task is needed (META-015 at C.2.3.4, whose
      // applicability rule never holds by itself), or that a done task must be redone (a blocker).
      boolean optional = t.getCondition() == ConditionKind.WHEN_NEEDED || t.getCondition() == ConditionKind.IF_POSSIBLE
          || t.getCondition() == ConditionKind.IF_ANY;
      boolean applicable = t.isApplicable() || blocked || (optional && pointedAt && t.getStatus() != TaskStatus.NOT_APPLICABLE);
      boolean outstanding = blocked || (applicable && t.getStatus() != TaskStatus.DONE);
      if (!applicable || !outstanding) continue;
      if (!(inWindow || blocked)) continue;
      // The tasks of the blockers first, then the rest, each in the guide's order.
      (blocked ? steps : later).add(ImmutableNextStep.builder()
          .taskId(t.getTaskId())
          .title(TITLE_OF_TASK[order])
          .status(t.getStatus())
          .ruleIds(pointedAt ? new ArrayList<>(ruleIds[order]) : List.of())
          .blockingRuleIds(blocked ? new ArrayList<>(blockerIds[order]) : List.of())
          .blocking(blocked)
          .date(t.getDate())
          .by(t.getBy())
          .note(t.getNote())
          .build());
    }
    steps.addAll(later);
    return steps;
  }

  /**
   * CC0 1.0 for facts and databases from a public authority's own work, which need no
   * attribution; CC BY 4.0 where others' rights were cleared on terms that call for attribution.
   */
  static LicenceRecommendation licenceRecommendation(Dataset d) {
    boolean attribution = d.getThirdPartyRights() == ThirdPartyRights.CLEARED;
    String chosen = d.getLicence() == null ? null : Licence.parse(d.getLicence()).getId();
    if (attribution) {
      return ImmutableLicenceRecommendation.builder()
          .licence("CC-BY-4.0")
          .uri("http://creativecommons.org/licenses/by/4.0/")
          .reason(LocalizedText.of(
              "Datan innehåller material som andra har rättigheter till; CC BY 4.0 ger öppen återanvändning och behåller kravet på erkännande.",
              "The data holds material others have rights in; CC BY 4.0 allows open reuse and keeps the requirement of attribution."))
          .alreadyChosen("CC-BY-4.0".equals(chosen))
          .build();
    }
    return ImmutableLicenceRecommendation.builder()
        .licence("CC0-1.0")
        .uri("http://creativecommons.org/publicdomain/zero/1.0/")
        .reason(LocalizedText.of(
            "Fakta och databaser ur myndighetens egen verksamhet har sällan upphovsrätt; CC0 1.0 låter alla återanvända datan utan villkor.",
            "Facts and databases from an authority's own work rarely carry copyright; CC0 1.0 lets anyone reuse the data without conditions."))
        .alreadyChosen("CC0-1.0".equals(chosen))
        .build();
  }
}
