package se.odis.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.odis.model.Assessment;
import se.odis.model.Dataset;
import se.odis.model.Finding;
import se.odis.model.GateStatus;
import se.odis.model.Guide;
import se.odis.model.GuideActivity;
import se.odis.model.GuidePhase;
import se.odis.model.GuideStage;
import se.odis.model.GuideTask;
import se.odis.model.NextStep;
import se.odis.model.Severity;
import se.odis.model.TaskId;
import se.odis.model.TaskProgress;
import se.odis.model.TaskStatus;
import se.odis.model.Verdict;
import se.odis.report.DatasetReport;

/**
 * What the web page's templates show, made from the record and the assessments: plain values in
 * the page's language, so that the templates only lay them out (and jte escapes them).
 */
final class Views {
  private Views() {}

  /** What every page has: language, who is signed in, the session's CSRF token. */
  record Frame(Texts t, String title, String path, Users.User user, String csrf, boolean readOnly, String message,
      String error) {
    String lang() {
      return t.tag();
    }

    String otherLang() {
      return t.tag().equals("sv") ? "en" : "sv";
    }

    boolean canEdit() {
      return user != null && user.role() == Users.Role.EDITOR;
    }

    /** A link within the site, in this page's language. */
    String link(String p) {
      return p + (p.contains("?") ? "&" : "?") + "lang=" + t.tag();
    }
  }

  record Row(String id, String href, String title, String verdict, String verdictClass, String stage, List<String> blockers) {}

  record Group(String owner, List<Row> rows) {}

  record PortfolioView(Frame f, String summary, List<Group> groups, List<String> invalid) {}

  record GateView(String name, String task, String state, String stateClass, String decided) {}

  record FindingView(String ruleId, String title, String message, String remedy, String step, String source) {}

  record StepView(String taskId, String title, boolean blocking) {}

  record Option(String value, String label, boolean selected) {}

  record Fact(String field, String label, String value, List<Option> options, boolean multiple) {
    String inputId() {
      return "fact-" + field.replace('.', '-');
    }
  }

  record TaskView(String id, String anchor, String text, String condition, String status, String date, String by,
      String note, String gate, List<Option> statuses) {}

  record ActivityView(String id, String text, List<TaskView> tasks) {}

  record StageView(String id, String text, boolean current, List<ActivityView> activities) {}

  record PhaseView(String id, String text, List<StageView> stages) {}

  record DatasetView(Frame f, String id, String etag, String file, String title, String verdict, String verdictClass,
      String stage, String nextGate, String asOf, List<GateView> gates, List<FindingView> blockers,
      List<StepView> nextSteps, List<Fact> facts, List<PhaseView> checklist, String reportHref) {
    /** The guide's checklist workbook of the dataset, as {@code odis checklist} writes it. */
    String workbookHref() {
      return f.link("/api/datasets/" + Web.encode(id) + "/report?format=" + Media.CHECKLIST);
    }
  }

  static String verdictClass(Verdict v) {
    return switch (v) {
      case READY_TO_PUBLISH, PUBLISHED -> "ok";
      case BLOCKED -> "bad";
      default -> "wait";
    };
  }

  static PortfolioView portfolio(Frame f, Service.Portfolio p) {
    Texts t = f.t();
    Map<String, List<Row>> byOwner = new java.util.TreeMap<>();
    int[] counts = new int[Verdict.values().length];
    List<Row> noOwner = new ArrayList<>();
    for (DatasetReport r : p.reports()) {
      Assessment a = r.assessment();
      counts[a.getVerdict().ordinal()]++;
      List<String> blockers = new ArrayList<>();
      for (Finding x : a.getFindings()) {
        if (x.getSeverity() == Severity.BLOCKER && blockers.size() < 3) blockers.add(x.getTitle().best(t.tag()));
      }
      String title = r.dataset().getTitle().best(t.tag());
      Row row = new Row(r.dataset().getId(), f.link("/datasets/" + Web.encode(r.dataset().getId())),
          title.isBlank() ? r.dataset().getId() : title, t.of(a.getVerdict()), verdictClass(a.getVerdict()),
          a.getStage() + " " + stageText(a.getStage(), t), blockers);
      String owner = r.dataset().getRoles().getOwner();
      if (owner == null || owner.isBlank()) noOwner.add(row);
      else byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(row);
    }
    List<Group> groups = new ArrayList<>();
    byOwner.forEach((o, rows) -> groups.add(new Group(t.format("portfolio.owner", o), rows)));
    if (!noOwner.isEmpty()) groups.add(new Group(t.get("portfolio.noOwner"), noOwner));
    String summary = t.format("portfolio.summary", p.reports().size(), counts[Verdict.READY_TO_PUBLISH.ordinal()],
        counts[Verdict.BLOCKED.ordinal()], counts[Verdict.IN_PROGRESS.ordinal()], counts[Verdict.PUBLISHED.ordinal()]);
    List<String> invalid = p.invalid().stream().map(Object::toString).toList();
    return new PortfolioView(f, summary, groups, invalid);
  }

  static DatasetView dataset(Frame f, Record.Entry e, Assessment a) {
    Texts t = f.t();
    Dataset d = e.dataset();
    String lang = t.tag();
    List<GateView> gates = new ArrayList<>();
    Map<String, String> gateOfTask = new LinkedHashMap<>();
    for (GateStatus g : a.getGates()) {
      String task = g.getGate().getTaskId();
      gateOfTask.put(task, t.of(g.getGate()));
      // Who decided when, as every report says it (a decision dated after the assessment day is not taken yet).
      String decided = String.join(" · ", java.util.stream.Stream.of(
          g.getDecidedOn() == null ? null : g.getDecidedOn().toString(), g.getDecidedBy())
          .filter(java.util.Objects::nonNull).toList());
      gates.add(new GateView(t.of(g.getGate()), task, t.of(g.getState()) + (g.getBlockers().isEmpty() ? "" : " (" + String.join(", ", g.getBlockers()) + ")"),
          switch (g.getState()) { case PASSED -> "ok"; case BLOCKED -> "bad"; default -> "wait"; }, decided));
    }
    List<FindingView> blockers = new ArrayList<>();
    for (Finding x : a.getFindings()) {
      if (x.getSeverity() != Severity.BLOCKER) continue;
      blockers.add(new FindingView(x.getRuleId(), x.getTitle().best(lang), x.getMessage().best(lang), x.getRemedy().best(lang),
          x.getStep(), x.getSource() == null ? "" : x.getSource()));
    }
    List<StepView> steps = new ArrayList<>();
    for (NextStep s : a.getNextSteps()) steps.add(new StepView(s.getTaskId(), s.getTitle().best(lang), s.isBlocking()));
    String nextGate = a.getNextGate() == null ? t.get("dataset.noGate") : t.of(a.getNextGate()) + " (" + a.getNextGate().getTaskId() + ")";
    String title = d.getTitle().best(lang);
    return new DatasetView(f, d.getId(), e.etag(), e.name(), title.isBlank() ? d.getId() : title, t.of(a.getVerdict()),
        verdictClass(a.getVerdict()), a.getStage() + " " + stageText(a.getStage(), t), nextGate,
        t.format("dataset.asOf", a.getAsOf().toString()), gates, blockers, steps, Facts.of(d, t),
        checklist(d, a, t, gateOfTask), f.link("/api/datasets/" + Web.encode(d.getId()) + "/report?format=html"));
  }

  private static List<PhaseView> checklist(Dataset d, Assessment a, Texts t, Map<String, String> gateOfTask) {
    String lang = t.tag();
    List<PhaseView> phases = new ArrayList<>();
    for (GuidePhase ph : Guide.odis().getPhases()) {
      List<StageView> stages = new ArrayList<>();
      for (GuideStage st : ph.getStages()) {
        List<ActivityView> acts = new ArrayList<>();
        for (GuideActivity act : st.getActivities()) {
          List<TaskView> tasks = new ArrayList<>();
          for (GuideTask task : act.getTasks()) {
            TaskProgress p = d.getProgress().get(TaskId.of(task.getId()));
            TaskStatus s = p == null ? TaskStatus.NOT_STARTED : p.getStatus();
            List<Option> statuses = new ArrayList<>();
            for (TaskStatus x : TaskStatus.values()) statuses.add(new Option(x.name(), t.of(x), x == s));
            String condition = t.get("condition." + task.getCondition().name());
            tasks.add(new TaskView(task.getId(), "task-" + task.getId(), task.text(lang), condition, t.of(s),
                p == null || p.getDate() == null ? "" : p.getDate().toString(),
                p == null || p.getBy() == null ? "" : p.getBy(), p == null || p.getNote() == null ? "" : p.getNote(),
                gateOfTask.getOrDefault(task.getId(), ""), statuses));
          }
          acts.add(new ActivityView(act.getId(), act.text(lang), tasks));
        }
        stages.add(new StageView(st.getId(), st.text(lang), st.getId().equals(a.getStage()), acts));
      }
      phases.add(new PhaseView(ph.getId(), ph.text(lang), stages));
    }
    return phases;
  }

  static String stageText(String stageId, Texts t) {
    for (GuidePhase ph : Guide.odis().getPhases()) {
      for (GuideStage st : ph.getStages()) if (st.getId().equals(stageId)) return st.text(t.tag());
    }
    return "";
  }
}
