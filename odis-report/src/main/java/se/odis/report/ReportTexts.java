package se.odis.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.odis.model.Assessment;
import se.odis.model.Finding;
import se.odis.model.Gate;
import se.odis.model.GateState;
import se.odis.model.GateStatus;
import se.odis.model.Guide;
import se.odis.model.LicenceRecommendation;
import se.odis.model.NextStep;
import se.odis.model.Severity;
import se.odis.model.Verdict;

/**
 * The sentences a report is made of, the same in every format for people (text, Markdown, HTML):
 * the verdict's explanation, the stage, the next gate, the counts, the scores, the licence line, a
 * gate's state with who decided when, and a next step's status with what the record says of it.
 */
final class ReportTexts {
  private ReportTexts() {}

  static long count(Assessment a, Severity s) {
    return a.getFindings().stream().filter(f -> f.getSeverity() == s).count();
  }

  /** @return the first blocker (findings are ordered, so the most pressing one), or null */
  static Finding topBlocker(Assessment a) {
    for (Finding f : a.getFindings()) {
      if (f.getSeverity() == Severity.BLOCKER) return f;
    }
    return null;
  }

  /** @return the rule ids of the blockers, each once, sorted */
  static List<String> blockerIds(Assessment a) {
    return a.getFindings().stream().filter(f -> f.getSeverity() == Severity.BLOCKER).map(Finding::getRuleId)
        .distinct().sorted().toList();
  }

  /** @return the findings of one severity, in order */
  static List<Finding> findings(Assessment a, Severity s) {
    return a.getFindings().stream().filter(f -> f.getSeverity() == s).toList();
  }

  /** @return the finding's legal or standard source, or null when it has none */
  static String source(Finding f) {
    return f.getSource() == null || f.getSource().isBlank() ? null : f.getSource();
  }

  /** @return the field the finding is about, or null when it is about the whole dataset */
  static String subject(Finding f) {
    return f.getSubject() == null || f.getSubject().isBlank() || f.getSubject().equals("/") ? null : f.getSubject();
  }

  /** @return why the verdict is what it is */
  static String explanation(Assessment a, Labels l) {
    long blockers = count(a, Severity.BLOCKER);
    if (a.getVerdict() == Verdict.IN_PROGRESS && blockers > 0) {
      return l.format("explain.IN_PROGRESS.laterBlockers", blockers);
    }
    return l.of("explain", a.getVerdict());
  }

  /** @return e.g. {@code B2 Detaljplanera publicering} */
  static String stage(Assessment a, String lang) {
    String title = Guide.odis().stage(a.getStage()).map(s -> s.text(lang)).orElse("");
    return (a.getStage() + " " + title).strip();
  }

  /** @return the next gate and its task, or that every gate is passed */
  static String nextGate(Assessment a, Labels l) {
    Gate next = a.getNextGate();
    return next == null ? l.get("nextGate.none") : l.of("gate", next) + " (" + next.getTaskId() + ")";
  }

  /** @return the number of findings by severity, in words */
  static String counts(Assessment a, Labels l) {
    return l.format("summary", count(a, Severity.BLOCKER), count(a, Severity.WARNING),
        count(a, Severity.RECOMMENDATION), count(a, Severity.INFO));
  }

  /** @return the scores in words, e.g. {@code öppenhet 3/5 stjärnor · metadatakvalitet 200/405 (MQA)} */
  static String scores(Assessment a, Labels l) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Integer> e : a.getScores().entrySet()) {
      String key = "score." + e.getKey();
      parts.add(l.has(key) ? l.format(key, e.getValue()) : e.getKey() + " " + e.getValue());
    }
    return String.join(" · ", parts);
  }

  /** @return a score as a table cell: the number, or empty */
  static String score(Assessment a, String key) {
    Integer v = a.getScores().get(key);
    return v == null ? "" : v.toString();
  }

  /** @return the recommended licence and how it relates to the dataset's, or null without a recommendation */
  static String licence(DatasetReport report, Labels l) {
    LicenceRecommendation r = report.assessment().getLicenceRecommendation();
    if (r == null) return null;
    String current = report.dataset().getLicence();
    String chosen = r.isAlreadyChosen() ? l.get("licence.alreadyChosen")
        : current == null || current.isBlank() ? l.get("licence.none")
        : l.format("licence.current", current.strip());
    return l.format("licence.recommended", r.getLicence()) + " " + chosen;
  }

  /** @return a gate's state in words, naming its blockers when it is blocked */
  static String gateState(GateStatus g, Labels l) {
    String state = g.getState() == GateState.BLOCKED
        ? l.format("gateState.BLOCKED", String.join(", ", g.getBlockers()))
        : l.of("gateState", g.getState());
    String decided = recorded(g.getDecidedOn(), g.getDecidedBy(), l);
    return decided == null ? state : state + " · " + l.of("gateDecided", g.getGate()) + " " + decided;
  }

  /**
   * @return when and by whom, as recorded: {@code 2026-03-01 av Trafiknämnden}, either alone, or
   *     null when neither is recorded
   */
  static String recorded(LocalDate on, String by, Labels l) {
    boolean hasBy = by != null && !by.isBlank();
    if (on == null) return hasBy ? l.format("recorded.by", by.strip()) : null;
    return hasBy ? l.format("recorded.onBy", on.toString(), by.strip()) : on.toString();
  }

  /**
   * @return a next step's status in words, with the rules that point at it: "blocks:" names only
   *     the blockers among them, the others are "see"
   */
  static String stepStatus(NextStep s, Assessment a, Labels l) {
    String status = l.of("taskStatus", s.getStatus());
    // The evidence recorded so far: who marked a task done that must be redone, and when.
    String recorded = recorded(s.getDate(), s.getBy(), l);
    String note = s.getNote() == null || s.getNote().isBlank() ? null : l.format("recorded.note", s.getNote().strip());
    if (recorded != null || note != null) {
      status += " (" + (recorded == null ? note : note == null ? recorded : recorded + ": " + note) + ")";
    }
    List<String> blocks = new ArrayList<>();
    List<String> see = new ArrayList<>();
    for (String id : s.getRuleIds()) {
      boolean blocker = a.getFindings().stream().anyMatch(f -> f.getRuleId().equals(id) && f.getSeverity() == Severity.BLOCKER);
      (blocker ? blocks : see).add(id);
    }
    if (!blocks.isEmpty()) status += " · " + l.format("nextStep.blocking", String.join(", ", blocks));
    if (!see.isEmpty()) status += " · " + l.format("nextStep.rules", String.join(", ", see));
    return status;
  }

  /** @return the run's profile and rule packs in words, or an empty list when only the built-in rules ran */
  static List<String> ruleSet(Run run, Labels l) {
    List<String> out = new ArrayList<>();
    if (run.profile() != null) out.add(l.format("header.profile", run.profile()));
    if (!run.rulePacks().isEmpty()) out.add(l.format("header.rulePacks", String.join(", ", run.rulePacks()), run.rulesInForce()));
    return out;
  }
}
