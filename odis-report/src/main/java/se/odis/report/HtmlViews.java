package se.odis.report;

import gg.jte.Content;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.odis.model.Assessment;
import se.odis.model.Finding;
import se.odis.model.GateState;
import se.odis.model.GateStatus;
import se.odis.model.Guide;
import se.odis.model.GuideStage;
import se.odis.model.InputProblem;
import se.odis.model.LicenceRecommendation;
import se.odis.model.LocalizedText;
import se.odis.model.NextStep;
import se.odis.model.Severity;
import se.odis.model.Verdict;

/**
 * What the HTML report's templates ({@code src/main/jte}) show: small immutable values made here
 * from the report, in the report's language, so that a template only lays them out and jte escapes
 * each by its place in the page. The fixed words come from {@link Labels} ({@code t} in the
 * templates). A text that may be absent is null here and left out there.
 */
final class HtmlViews {
  private HtmlViews() {}

  /**
   * The page around everything: head with the policy and the style, header, main, footer.
   *
   * @param t the fixed words
   * @param title the page's title
   * @param meta the line under the title: when assessed, which rules
   * @param scriptHash the base64 SHA-256 of {@code script}, which the policy allows; null without a script
   * @param script the datasets table's script, or null (the report on one dataset has none)
   * @param main what the page's main element holds
   */
  record Page(Labels t, String title, String meta, String scriptHash, String script, Content main) {}

  /** A verdict as a coloured badge. */
  record Badge(String cls, String label) {
    static Badge of(Verdict v, Labels t) {
      return new Badge(verdictClass(v), t.of("verdict", v));
    }
  }

  /**
   * The portfolio's overview: counts, verdict cards, stages, blockers, the closest to publication,
   * by owner; then the datasets table, the inputs that could not be read and the catalogues read.
   *
   * @param owners each owner's counts when grouped by owner, else null
   * @param table the datasets table, or null when no dataset was assessed
   * @param errors the inputs that could not be read, or null when all were read
   */
  record Overview(Labels t, String counts, List<Card> cards, List<StageColumn> stages, String topHeading,
      List<Blocker> topBlockers, String closestHeading, List<Candidate> closest, OwnerTable owners,
      DatasetsTable table, Errors errors, String sourcesHeading, List<Source> sources) {}

  /** A verdict's count. */
  record Card(String cls, long n, String label) {}

  /** A stage's column in the chart: its count and its height in percent of the highest. */
  record StageColumn(String id, String title, long n, long pct) {}

  /** A blocker and how many datasets it stops. */
  record Blocker(String ruleId, long datasets, String title) {}

  /** A dataset near publication. */
  record Candidate(String name, String id, String stage, Badge badge, String blockers) {}

  /** Each owner's datasets by verdict. */
  record OwnerTable(List<String> verdicts, List<OwnerRow> rows) {}

  /** An owner's counts, by verdict in the order of {@link Verdict}. */
  record OwnerRow(String owner, long datasets, List<Long> byVerdict, long withBlockers) {}

  /**
   * The datasets table: its filters (shown by the script), headings, and the rows kept until now.
   *
   * @param rows writes the rows, in input order; null when grouped
   * @param groups each owner's rows, owner by owner, when grouped by owner; else null
   */
  record DatasetsTable(List<Filter> filters, String shownPattern, List<Heading> headings, Content rows, List<Group> groups) {}

  /** An owner's rows of the datasets table; {@code rows} writes them as kept. */
  record Group(Owner owner, Content rows) {}

  /** A column heading; {@code num} for a right-aligned number. */
  record Heading(String label, boolean num) {}

  /** A filter of the datasets table: a select of options, the first of which is all. */
  record Filter(String name, String label, List<Option> options) {}

  /** An option of a filter: what the script matches, and what the reader sees. */
  record Option(String value, String text) {}

  /** The inputs that could not be read; {@code items} writes them as kept. */
  record Errors(String heading, Content items) {}

  /** A catalogue that was read, and what its import noted. */
  record Source(String source, String text, List<Note> notes) {}

  /** An import note: its code, what it is about, and the message. */
  record Note(String code, String subject, String message) {}

  /** An owner's name heading its datasets, with its counts. */
  record Owner(String name, String counts) {}

  /**
   * One row of the datasets table, with what the script filters and sorts on.
   *
   * @param ownerFilter the owner as the owner filter names it
   * @param blockerIds every blocker's rule id, separated by spaces
   * @param topRule the top blocker's rule id, or null
   */
  record RowView(long n, String verdict, String stage, String ownerFilter, String blockerIds, String id, String title,
      String owner, int verdictOrder, Badge badge, int stageOrder, long blockers, String topRule, String topTitle,
      String metadata, String stars) {}

  /** An input that could not be read: where, the JSON pointer (or null), the problem and what was expected (or null). */
  record InputError(String place, String pointer, String problem, String expected) {}

  /**
   * A dataset's section.
   *
   * @param meta where it was read from, or null
   * @param findings the findings by severity, the empty severities left out
   * @param licence the licence recommendation, or null
   * @param stepsHeading the heading of the next steps, or null when there are none
   * @param notesHeading the heading of the import notes, or null when there are none
   * @param toTop true if the section links back to the overview
   */
  record Dataset(Labels t, long n, String title, String id, Badge badge, String meta, String stagesLabel,
      List<Stage> stages, String explanation, List<Fact> facts, List<Gate> gates, List<FindingGroup> findings,
      Licence licence, String stepsHeading, List<Step> steps, String notesHeading, List<Note> notes, boolean toTop) {}

  /**
   * A stage in the dataset's strip.
   *
   * @param cls its classes: passed, unfinished, current, current blocked or todo, and phase
   * @param current true if it is the stage the dataset is in
   * @param title what it is and how it stands, in words
   */
  record Stage(String cls, boolean current, String title, String id, String name) {}

  /** A term and its value. */
  record Fact(String term, String value) {}

  /** A gate: its state as a class and a mark, its task, name, and state in words. */
  record Gate(String cls, String mark, String task, String name, String state) {}

  /** The findings of one severity. */
  record FindingGroup(String cls, String heading, List<FindingView> findings) {}

  /**
   * A finding; a text it lacks is null.
   *
   * @param subject the field it is about, or null when it is about the whole dataset
   */
  record FindingView(String ruleId, String step, String title, String message, String remedy, String source,
      String subject) {}

  /** The recommended licence: the line, its URI, and why (or null). */
  record Licence(String text, String uri, String reason) {}

  /** A next step: its task, title and status in words; blocking if a blocker points at it. */
  record Step(boolean blocking, String task, String title, String status) {}

  // ------------------------------------------------------------------ made from the report

  static Overview overview(Summary s, Labels t, Owners owners, DatasetsTable table, Errors errors) {
    String lang = t.tag();
    List<Card> cards = new ArrayList<>();
    s.byVerdict().forEach((v, n) -> cards.add(new Card(verdictClass(v), n, t.of("verdict", v))));
    List<StageColumn> stages = new ArrayList<>();
    long max = Math.max(1, Collections.max(s.byStage().values()));
    for (Map.Entry<String, Long> e : s.byStage().entrySet()) {
      long pct = e.getValue() == 0 ? 0 : Math.max(2, Math.round(100.0 * e.getValue() / max));
      String name = Guide.odis().stage(e.getKey()).map(st -> st.text(lang)).orElse("");
      stages.add(new StageColumn(e.getKey(), e.getKey() + " " + name, e.getValue(), pct));
    }
    List<Blocker> top = s.topBlockers().stream()
        .map(b -> new Blocker(b.ruleId(), b.datasets(), text(b.title(), lang))).toList();
    List<Candidate> closest = s.closestToPublication().stream().map(c -> {
      String title = c.title().best(lang);
      return new Candidate(title.isBlank() ? c.datasetId() : title, c.datasetId(), c.stage(), Badge.of(c.verdict(), t),
          t.format("summary.blockers", c.blockers()));
    }).toList();
    OwnerTable byOwner = null;
    if (owners != null) {
      List<String> verdicts = new ArrayList<>();
      for (Verdict v : Verdict.values()) verdicts.add(t.of("verdict", v));
      List<OwnerRow> rows = new ArrayList<>();
      owners.sorted().forEach((o, c) -> rows.add(new OwnerRow(o, c.datasets(),
          List.of(Verdict.values()).stream().map(v -> c.byVerdict().get(v)).toList(), c.withBlockers())));
      byOwner = new OwnerTable(verdicts, rows);
    }
    List<Source> sources = s.sources().stream().map(src -> new Source(src.source(),
        t.format("summary.source", src.syntax(), src.datasets()),
        src.notes().stream().map(n -> new Note(n.code(), n.subject(), n.message().best(lang))).toList())).toList();
    return new Overview(t, t.format("summary.counts", s.assessed(), s.badInputs(), s.withBlockers()), cards, stages,
        t.format("summary.topBlockers", top.size()), top, t.format("summary.closest", closest.size()), closest, byOwner,
        table, errors, t.format("summary.sources", sources.size()), sources);
  }

  /** The filters of the datasets table: verdicts, stages and owners met, every blocker, each with its count. */
  static List<Filter> filters(Summary s, Labels t, Owners owners) {
    String lang = t.tag();
    List<Filter> filters = new ArrayList<>();
    List<Option> options = new ArrayList<>();
    s.byVerdict().forEach((v, n) -> {
      if (n > 0) options.add(new Option(v.name(), t.of("verdict", v) + " (" + n + ")"));
    });
    filters.add(filter("verdict", t.get("col.verdict"), options, t));
    options.clear();
    s.byStage().forEach((st, n) -> {
      if (n > 0) options.add(new Option(st, st + " (" + n + ")"));
    });
    filters.add(filter("stage", t.get("col.stage"), options, t));
    options.clear();
    owners.sorted().forEach((o, c) -> options.add(new Option(o, o + " (" + c.datasets() + ")")));
    filters.add(filter("owner", t.get("col.owner"), options, t));
    options.clear();
    for (Summary.BlockerCount b : s.allBlockers()) {
      options.add(new Option(b.ruleId(), b.ruleId() + " " + text(b.title(), lang) + " (" + b.datasets() + ")"));
    }
    filters.add(filter("blocker", t.get("col.blocker"), options, t));
    return filters;
  }

  private static Filter filter(String name, String label, List<Option> options, Labels t) {
    List<Option> all = new ArrayList<>();
    all.add(new Option("", t.get("html.all")));
    all.addAll(options);
    return new Filter(name, label, List.copyOf(all));
  }

  /** The headings of the datasets table, as {@link Row#COLUMNS} orders them. */
  static List<Heading> headings(Labels t) {
    return Row.COLUMNS.stream().map(c -> new Heading(t.get(c.key()), c.numeric())).toList();
  }

  static RowView row(long n, Row r, Owners owners, Labels t) {
    Assessment a = r.assessment();
    Finding top = r.topBlocker();
    return new RowView(n, a.getVerdict().name(), a.getStage(), owners.name(r.owner().isEmpty() ? null : r.owner()),
        String.join(" ", ReportTexts.blockerIds(a)), r.id(), r.title(), r.owner(), a.getVerdict().ordinal(),
        Badge.of(a.getVerdict(), t), Guide.odis().stageOrder(a.getStage()), a.blockerCount(),
        top == null ? null : top.getRuleId(), top == null ? null : top.getTitle().best(t.tag()), r.metadataScore(),
        r.opennessStars());
  }

  static InputError error(InputProblem p) {
    String place = p.getSource() + (p.getLine() > 0 ? ":" + p.getLine() + (p.getColumn() > 0 ? ":" + p.getColumn() : "") : "");
    return new InputError(place, p.getPointer().isEmpty() ? null : p.getPointer(), p.getProblem(), p.getExpected());
  }

  static Dataset dataset(long n, DatasetReport report, Run run, Labels t) {
    String lang = t.tag();
    Assessment a = report.assessment();
    String title = report.title(lang);
    String meta = report.origin() != null && !run.single() ? t.format("field.origin", report.origin().label()) : null;

    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact(t.get("field.stage"), ReportTexts.stage(a, lang)));
    facts.add(new Fact(t.get("field.nextGate"), ReportTexts.nextGate(a, t)));
    facts.add(new Fact(t.get("field.findings"), ReportTexts.counts(a, t)));
    String scores = ReportTexts.scores(a, t);
    if (!scores.isEmpty()) facts.add(new Fact(t.get("field.scores"), scores));

    List<Gate> gates = new ArrayList<>();
    for (GateStatus g : a.getGates()) {
      gates.add(new Gate("g-" + g.getState().name().toLowerCase(Locale.ROOT), gateMark(g.getState()),
          g.getGate().getTaskId(), t.of("gate", g.getGate()), ReportTexts.gateState(g, t)));
    }

    List<FindingGroup> findings = new ArrayList<>();
    for (Severity s : Severity.values()) {
      List<Finding> group = ReportTexts.findings(a, s);
      if (group.isEmpty()) continue;
      findings.add(new FindingGroup(s.name().toLowerCase(Locale.ROOT), t.format("heading." + s.name(), group.size()),
          group.stream().map(f -> finding(f, lang)).toList()));
    }

    Licence licence = null;
    LicenceRecommendation r = a.getLicenceRecommendation();
    if (r != null) {
      licence = new Licence(ReportTexts.licence(report, t), r.getUri(), orNull(r.getReason().best(lang)));
    }

    List<NextStep> next = a.getNextSteps();
    List<Step> steps = next.stream()
        .map(s -> new Step(s.isBlocking(), s.getTaskId(), s.getTitle().best(lang), ReportTexts.stepStatus(s, a, t))).toList();
    List<Note> notes = report.notes().stream().map(x -> new Note(x.code(), x.subject(), x.message().best(lang))).toList();
    return new Dataset(t, n, title == null ? t.get("header.untitled") : title, a.getDatasetId(), Badge.of(a.getVerdict(), t),
        meta, t.get("html.stages"), stages(a, t), ReportTexts.explanation(a, t), facts, gates, findings, licence,
        next.isEmpty() ? null : t.format("heading.nextSteps", next.size()), steps,
        notes.isEmpty() ? null : t.format("heading.sourceNotes", notes.size()), notes, !run.single());
  }

  private static FindingView finding(Finding f, String lang) {
    return new FindingView(f.getRuleId(), f.getStep(), f.getTitle().best(lang), orNull(f.getMessage().best(lang)),
        orNull(f.getRemedy().best(lang)), ReportTexts.source(f), ReportTexts.subject(f));
  }

  /** The strip over the stages A1–C3: passed ones filled, the current one highlighted (red if blocked). */
  private static List<Stage> stages(Assessment a, Labels t) {
    String lang = t.tag();
    List<Stage> out = new ArrayList<>();
    for (StageStrip.Cell c : StageStrip.of(a)) {
      GuideStage st = c.stage();
      String cls = switch (c.state()) {
        case PASSED -> "passed";
        case UNFINISHED -> "unfinished";
        case CURRENT -> "current";
        case BLOCKED -> "current blocked";
        default -> "todo";
      };
      String label = t.get(switch (c.state()) {
        case PASSED -> "html.stage.passed";
        case UNFINISHED -> "html.stage.unfinished";
        case CURRENT, BLOCKED -> "html.stage.current";
        default -> "html.stage.todo";
      });
      if (c.newPhase()) cls += " phase";
      boolean current = c.state() == StageStrip.State.CURRENT || c.state() == StageStrip.State.BLOCKED;
      out.add(new Stage(cls, current, st.getId() + " " + st.text(lang) + " – " + label, st.getId(), st.text(lang)));
    }
    return out;
  }

  private static String verdictClass(Verdict v) {
    return switch (v) {
      case READY_TO_PUBLISH -> "v-ready";
      case PUBLISHED -> "v-published";
      case BLOCKED -> "v-blocked";
      case IN_PROGRESS -> "v-progress";
      default -> "v-done";
    };
  }

  private static String gateMark(GateState s) {
    return switch (s) {
      case PASSED -> "✓";
      case BLOCKED -> "✗";
      case OPEN -> "○";
      default -> "–";
    };
  }

  private static String text(LocalizedText text, String lang) {
    return text == null ? "" : text.best(lang);
  }

  private static String orNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
