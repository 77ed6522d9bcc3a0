package se.odis.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.odis.model.Assessment;
import se.odis.model.Finding;
import se.odis.model.GateState;
import se.odis.model.GateStatus;
import se.odis.model.InputProblem;
import se.odis.model.LicenceRecommendation;
import se.odis.model.NextStep;
import se.odis.model.Severity;
import se.odis.model.TextCheck;
import se.odis.model.Verdict;

/**
 * The report for people at a terminal. Per dataset: what an open-data coordinator needs at a glance
 * (verdict, stage, next gate, counts), then the gates, the findings by severity with how to fix
 * them, the licence recommendation, the numbered next steps and, for a dataset imported from a
 * catalogue, the notes about its source. A portfolio numbers each dataset under a rule naming its
 * source, shows an input that cannot be read in its place, and ends with the summary (counts by
 * verdict and stage, the most frequent blockers, the datasets closest to publication). Plain text,
 * lines wrapped at {@value #WIDTH} characters; with a colour {@link Style}, the verdict, headings
 * and gate marks are coloured (same text, same widths). Streams: nothing is kept but the summary.
 */
final class TextWriter implements FormatWriter {
  static final int WIDTH = 100;
  private static final String INDENT = "  ";

  private final Labels l;
  private final String lang;
  private final Out out;
  private final Run run;
  private final Style style;
  private long n;

  TextWriter(Labels labels, Out out, Run run, Style style) {
    this.l = labels;
    this.lang = labels.tag();
    this.out = out;
    this.run = run;
    this.style = style;
  }

  @Override
  public void begin() {}

  @Override
  public void assessed(DatasetReport report) {
    if (run.single()) {
      dataset(report);
      return;
    }
    rule(report.origin() == null ? report.assessment().getDatasetId() : report.origin().label());
    dataset(report);
    out.print('\n');
  }

  @Override
  public void failed(InputProblem problem) {
    rule(problem.getSource() + (problem.getLine() > 0 ? ":" + problem.getLine() : ""));
    String prefix = "✗ " + l.get("portfolio.unreadable") + " ";
    wrapped(prefix, problem.toString(), prefix.length());
    out.print('\n');
  }

  private void rule(String what) {
    n++;
    String head = "── " + n + " · " + TextCheck.printable(what) + " ";
    int fill = WIDTH - head.length();
    out.line(style.dim(fill > 0 ? head + "─".repeat(fill) : head.stripTrailing()));
  }

  @Override
  public void end(Summary s) {
    if (!run.single()) summary(s);
    out.flush();
  }

  // ---------------------------------------------------------------- one dataset

  private void dataset(DatasetReport report) {
    Assessment a = report.assessment();
    header(report, a);
    facts(a);
    gates(a);
    findings(a);
    licence(report, a);
    nextSteps(a);
    sourceNotes(report);
  }

  private void header(DatasetReport report, Assessment a) {
    String title = report.title(lang);
    for (String s : Wrap.lines((title == null ? l.get("header.untitled") : title) + " (" + a.getDatasetId() + ")", WIDTH)) {
      out.line(style.bold(s.stripTrailing()));
    }
    out.line(l.format("header.assessed", a.getAsOf().toString()));
    if (a.getProfile() != null) wrapped("", l.format("header.profile", a.getProfile()), 0);
    if (!run.rulePacks().isEmpty()) {
      wrapped("", l.format("header.rulePacks", String.join(", ", run.rulePacks()), a.getRulesInForce().size()), 0);
    }
    out.print('\n');
  }

  private void facts(Assessment a) {
    List<String[]> fields = new ArrayList<>();
    fields.add(new String[] {l.get("field.verdict"), ReportTexts.explanation(a, l)});
    fields.add(new String[] {l.get("field.stage"), ReportTexts.stage(a, lang)});
    fields.add(new String[] {l.get("field.nextGate"), ReportTexts.nextGate(a, l)});
    fields.add(new String[] {l.get("field.findings"), ReportTexts.counts(a, l)});
    String scores = ReportTexts.scores(a, l);
    if (!scores.isEmpty()) fields.add(new String[] {l.get("field.scores"), scores});

    int width = fields.stream().mapToInt(f -> f[0].length()).max().orElse(0) + 2;
    boolean first = true;
    for (String[] f : fields) {
      if (first) {
        // The verdict on a line of its own (coloured), its explanation under it.
        out.line(pad(f[0] + ":", width) + style.verdict(a.getVerdict(), l.of("verdict", a.getVerdict())));
        wrapped(" ".repeat(width), f[1], width);
        first = false;
      } else {
        wrapped(pad(f[0] + ":", width), f[1], width);
      }
    }
    out.print('\n');
  }

  private void gates(Assessment a) {
    out.line(style.bold(l.get("heading.gates")));
    int nameWidth = a.getGates().stream().mapToInt(g -> l.of("gate", g.getGate()).length()).max().orElse(0) + 2;
    for (GateStatus g : a.getGates()) {
      String prefix = INDENT + symbol(g.getState()) + " " + g.getGate().getTaskId() + "  "
          + pad(l.of("gate", g.getGate()), nameWidth);
      List<String> lines = Wrap.lines(ReportTexts.gateState(g, l), Math.max(WIDTH - prefix.length(), 40));
      for (int i = 0; i < lines.size(); i++) {
        String text = ((i == 0 ? prefix : " ".repeat(prefix.length())) + lines.get(i)).stripTrailing();
        if (i == 0) text = INDENT + style.gate(g.getState(), symbol(g.getState())) + text.substring(INDENT.length() + 1);
        out.line(text);
      }
    }
    out.print('\n');
  }

  static String symbol(GateState s) {
    switch (s) {
      case PASSED: return "✓";
      case BLOCKED: return "✗";
      case OPEN: return "○";
      default: return "–";
    }
  }

  private void findings(Assessment a) {
    if (a.getFindings().isEmpty()) {
      out.line(l.get("findings.none"));
      out.print('\n');
      return;
    }
    int idWidth = a.getFindings().stream().mapToInt(f -> f.getRuleId().length()).max().orElse(0) + 2;
    for (Severity s : Severity.values()) {
      List<Finding> group = ReportTexts.findings(a, s);
      if (group.isEmpty()) continue;
      out.line(style.severity(s, l.format("heading." + s.name(), group.size())));
      for (Finding f : group) finding(f, idWidth);
    }
  }

  private void finding(Finding f, int idWidth) {
    String indent = INDENT + INDENT;
    String prefix = INDENT + pad(f.getRuleId(), idWidth) + f.getStep() + "  ";
    wrapped(prefix, f.getTitle().best(lang), prefix.length());
    String message = f.getMessage().best(lang);
    if (!message.isBlank()) wrapped(indent, message, indent.length());
    List<String[]> extras = new ArrayList<>();
    String remedy = f.getRemedy().best(lang);
    if (!remedy.isBlank()) extras.add(new String[] {l.get("finding.remedy"), remedy});
    if (ReportTexts.source(f) != null) extras.add(new String[] {l.get("finding.source"), ReportTexts.source(f)});
    if (ReportTexts.subject(f) != null) extras.add(new String[] {l.get("finding.subject"), ReportTexts.subject(f)});
    int width = extras.stream().mapToInt(e -> e[0].length()).max().orElse(0) + 1;
    for (String[] e : extras) {
      String label = indent + pad(e[0], width);
      wrapped(label, e[1], label.length());
    }
    out.print('\n');
  }

  private void licence(DatasetReport report, Assessment a) {
    LicenceRecommendation r = a.getLicenceRecommendation();
    if (r == null) return;
    out.line(style.bold(l.get("heading.licence")));
    wrapped(INDENT, ReportTexts.licence(report, l), INDENT.length());
    out.line(INDENT + r.getUri());
    String reason = r.getReason().best(lang);
    if (!reason.isBlank()) wrapped(INDENT, reason, INDENT.length());
    out.print('\n');
  }

  private void nextSteps(Assessment a) {
    List<NextStep> steps = a.getNextSteps();
    if (steps.isEmpty()) {
      out.line(l.get("nextSteps.none"));
      return;
    }
    out.line(style.bold(l.format("heading.nextSteps", steps.size())));
    int numberWidth = Integer.toString(steps.size()).length() + 1;
    for (int i = 0; i < steps.size(); i++) {
      NextStep s = steps.get(i);
      String number = padLeft((i + 1) + ".", numberWidth);
      String prefix = INDENT + number + " " + (s.isBlocking() ? "✗" : " ") + " " + s.getTaskId() + "  ";
      wrapped(prefix, s.getTitle().best(lang), prefix.length());
      wrapped(" ".repeat(prefix.length()), ReportTexts.stepStatus(s, a, l), prefix.length());
    }
  }

  private void sourceNotes(DatasetReport report) {
    if (report.notes().isEmpty()) return;
    out.print('\n');
    out.line(style.bold(l.format("heading.sourceNotes", report.notes().size())));
    for (ImportNote note : report.notes()) {
      String prefix = INDENT + note.code() + "  ";
      wrapped(prefix, note.message().best(lang), prefix.length());
      wrapped(" ".repeat(prefix.length()), note.subject(), prefix.length());
    }
  }

  // ---------------------------------------------------------------- the portfolio's summary

  private void summary(Summary s) {
    String head = "══ " + l.get("summary.heading") + " ";
    out.line(style.bold(head + "═".repeat(Math.max(0, WIDTH - head.length()))));
    out.line(l.format("header.assessed", run.asOf().toString()));
    for (String line : ReportTexts.ruleSet(run, l)) wrapped("", line, 0);
    out.print('\n');

    List<String[]> fields = new ArrayList<>();
    fields.add(new String[] {l.get("summary.datasets"), l.format("summary.counts", s.assessed(), s.badInputs(), s.withBlockers())});
    List<String> verdicts = new ArrayList<>();
    for (Map.Entry<Verdict, Long> e : s.byVerdict().entrySet()) verdicts.add(l.of("verdict", e.getKey()) + " " + e.getValue());
    fields.add(new String[] {l.get("summary.byVerdict"), String.join(" · ", verdicts)});
    List<String> stages = new ArrayList<>();
    s.byStage().forEach((stage, count) -> stages.add(stage + " " + count));
    fields.add(new String[] {l.get("summary.byStage"), String.join(" · ", stages)});
    int width = fields.stream().mapToInt(f -> f[0].length()).max().orElse(0) + 2;
    for (String[] f : fields) wrapped(pad(f[0] + ":", width), f[1], width);
    out.print('\n');

    List<Summary.BlockerCount> top = s.topBlockers();
    if (!top.isEmpty()) {
      out.line(style.bold(l.format("summary.topBlockers", top.size())));
      int idWidth = top.stream().mapToInt(b -> b.ruleId().length()).max().orElse(0) + 2;
      int countWidth = top.stream().mapToInt(b -> Long.toString(b.datasets()).length()).max().orElse(0);
      for (Summary.BlockerCount b : top) {
        String prefix = INDENT + pad(b.ruleId(), idWidth) + padLeft(Long.toString(b.datasets()), countWidth) + "  ";
        wrapped(prefix, b.title() == null ? "" : b.title().best(lang), prefix.length());
      }
      out.print('\n');
    }
    List<Summary.Candidate> closest = s.closestToPublication();
    if (!closest.isEmpty()) {
      out.line(style.bold(l.format("summary.closest", closest.size())));
      int i = 0;
      for (Summary.Candidate c : closest) {
        String number = padLeft(++i + ".", 3) + " ";
        String title = c.title().best(lang);
        String text = (title.isBlank() ? "" : title + " ") + "(" + c.datasetId() + ") – " + c.stage() + ", "
            + l.of("verdict", c.verdict()) + ", " + l.format("summary.blockers", c.blockers())
            + (c.origin() == null ? "" : " – " + c.origin().label());
        wrapped(INDENT + number, text, INDENT.length() + number.length());
      }
      out.print('\n');
    }
  }

  // ---------------------------------------------------------------- layout

  /** Writes {@code prefix + text}, wrapped so that continuation lines start at column {@code indent}. */
  private void wrapped(String prefix, String text, int indent) {
    List<String> lines = Wrap.lines(text, Math.max(WIDTH - indent, 40));
    String pad = " ".repeat(indent);
    for (int i = 0; i < lines.size(); i++) {
      out.line(((i == 0 ? prefix : pad) + lines.get(i)).stripTrailing());
    }
  }

  static String pad(String s, int width) {
    return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
  }

  static String padLeft(String s, int width) {
    return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
  }
}
