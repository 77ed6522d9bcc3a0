package se.odis.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.odis.dcat.SourceNote;
import se.odis.model.Assessment;
import se.odis.model.Finding;
import se.odis.model.GateStatus;
import se.odis.model.Guide;
import se.odis.model.GuideStage;
import se.odis.model.InputProblem;
import se.odis.model.LicenceRecommendation;
import se.odis.model.NextStep;
import se.odis.model.Severity;
import se.odis.model.Verdict;

/**
 * Markdown (GitHub-flavoured) for a wiki page or an issue: for a portfolio, a summary and a table
 * of the datasets first, then the inputs that could not be read, then each dataset; for one
 * dataset, its report only. Every text from the input or the rules is escaped, so that a title
 * with {@code *}, {@code |} or {@code <} shows as written. The per-dataset sections and the
 * table are kept in {@link Spool}s until the summary is known.
 */
final class MarkdownWriter implements PortfolioWriter, Renderer {
  private final Labels l;
  private final PrintWriter out;
  private final RunInfo run;
  private final Spool table = new Spool();
  private final Spool details = new Spool();
  private final Spool errors = new Spool();
  private long n;

  MarkdownWriter(Labels labels, PrintWriter out, RunInfo run) {
    this.l = labels;
    this.out = out;
    this.run = run;
  }

  /** A renderer for single reports. */
  MarkdownWriter() {
    this(null, null, null);
  }

  @Override
  public void render(Report report, Labels labels, PrintWriter out) {
    try (MarkdownWriter w = new MarkdownWriter(labels, out, RunInfo.of(report))) {
      w.begin();
      w.assessed(report);
      w.end(null);
    }
  }

  @Override
  public void begin() {}

  @Override
  public void assessed(Report report) {
    n++;
    String lang = l.tag();
    Assessment a = report.assessment();
    if (!run.single()) {
      String title = report.title(lang);
      Finding top = a.getFindings().stream().filter(f -> f.getSeverity() == Severity.BLOCKER).findFirst().orElse(null);
      table.write("| " + n + " | " + cellCode(a.getDatasetId()) + " | " + cell(title == null ? "" : title) + " | "
          + cell(l.of("verdict", a.getVerdict())) + " | " + a.getStage() + " | " + a.blockerCount() + " | "
          + (top == null ? "" : "`" + top.getRuleId() + "` " + cell(top.getTitle().best(lang))) + " | "
          + score(a, "metadataScore") + " | " + score(a, "opennessStars") + " |\n");
    }
    dataset(report, run.single() ? "#" : "##");
  }

  private static String score(Assessment a, String key) {
    Integer v = a.getScores().get(key);
    return v == null ? "" : v.toString();
  }

  @Override
  public void failed(InputProblem problem) {
    errors.write("- " + text(problem.toString()) + "\n");
  }

  @Override
  public void end(Summary s) {
    if (!run.single()) overview(s);
    details.copyTo(out);
    out.flush();
  }

  private void overview(Summary s) {
    String lang = l.tag();
    out.print("# " + text(l.format("summary.title", s.assessed() + s.badInputs())) + "\n\n");
    List<String> meta = new ArrayList<>();
    meta.add(l.format("header.assessed", run.asOf().toString()));
    meta.addAll(ReportTexts.ruleSet(run, l));
    out.print(text(String.join(" · ", meta)) + "\n\n");

    out.print("## " + text(l.get("summary.heading")) + "\n\n");
    out.print("**" + text(l.get("summary.datasets")) + ":** "
        + text(l.format("summary.counts", s.assessed(), s.badInputs(), s.withBlockers())) + "\n\n");
    out.print("| " + cell(l.get("summary.byVerdict")) + " | " + cell(l.get("col.count")) + " |\n|---|--:|\n");
    for (Map.Entry<Verdict, Long> e : s.byVerdict().entrySet()) {
      out.print("| " + cell(l.of("verdict", e.getKey())) + " | " + e.getValue() + " |\n");
    }
    out.print("\n| " + cell(l.get("summary.byStage")));
    s.byStage().keySet().forEach(k -> out.print(" | " + k));
    out.print(" |\n|---");
    s.byStage().keySet().forEach(k -> out.print("|--:"));
    out.print("|\n| " + cell(l.get("col.count")));
    s.byStage().values().forEach(v -> out.print(" | " + v));
    out.print(" |\n\n");

    List<Summary.BlockerCount> top = s.topBlockers();
    if (!top.isEmpty()) {
      out.print("### " + text(l.format("summary.topBlockers", top.size())) + "\n\n");
      out.print("| " + cell(l.get("col.rule")) + " | " + cell(l.get("col.datasets")) + " | " + cell(l.get("col.title"))
          + " |\n|---|--:|---|\n");
      for (Summary.BlockerCount b : top) {
        out.print("| " + cellCode(b.ruleId()) + " | " + b.datasets() + " | "
            + cell(b.title() == null ? "" : b.title().best(lang)) + " |\n");
      }
      out.print("\n");
    }
    List<Summary.Candidate> closest = s.closestToPublication();
    if (!closest.isEmpty()) {
      out.print("### " + text(l.format("summary.closest", closest.size())) + "\n\n");
      int i = 0;
      for (Summary.Candidate c : closest) {
        String title = c.title().best(lang);
        out.print(++i + ". " + (title.isBlank() ? "" : "**" + text(title) + "** ") + "(" + code(c.datasetId()) + ") – "
            + c.stage() + ", " + text(l.of("verdict", c.verdict())) + ", " + text(l.format("summary.blockers", c.blockers()))
            + "\n");
      }
      out.print("\n");
    }
    if (!table.isEmpty()) {
      out.print("## " + text(l.get("summary.datasetsTable")) + "\n\n");
      out.print("| " + cell(l.get("col.number")) + " | " + cell(l.get("col.id")) + " | " + cell(l.get("col.title")) + " | "
          + cell(l.get("col.verdict")) + " | " + cell(l.get("col.stage")) + " | " + cell(l.get("col.blockers")) + " | "
          + cell(l.get("col.topBlocker")) + " | " + cell(l.get("col.metadata")) + " | " + cell(l.get("col.stars")) + " |\n");
      out.print("|--:|---|---|---|---|--:|---|--:|--:|\n");
      table.copyTo(out);
      out.print("\n");
    }
    if (!errors.isEmpty()) {
      out.print("## " + text(l.format("summary.errors", s.badInputs())) + "\n\n");
      errors.copyTo(out);
      out.print("\n");
    }
  }

  private void dataset(Report report, String h) {
    String lang = l.tag();
    Assessment a = report.assessment();
    Spool d = details;
    String title = report.title(lang);
    d.write(h + " " + text(title == null ? l.get("header.untitled") : title) + " (" + code(a.getDatasetId()) + ")\n\n");
    List<String> meta = new ArrayList<>();
    meta.add(l.format("header.assessed", a.getAsOf().toString()));
    if (run.single()) meta.addAll(ReportTexts.ruleSet(run, l));
    if (report.origin() != null && !run.single()) meta.add(l.format("field.origin", report.origin().label()));
    d.write(text(String.join(" · ", meta)) + "\n\n");

    d.write("**" + text(l.get("field.verdict")) + ":** " + text(l.of("verdict", a.getVerdict())) + " – "
        + text(ReportTexts.explanation(a, l)) + "  \n");
    d.write("**" + text(l.get("field.stage")) + ":** " + text(ReportTexts.stage(a, lang)) + "  \n");
    d.write("**" + text(l.get("field.nextGate")) + ":** " + text(ReportTexts.nextGate(a, l)) + "  \n");
    d.write("**" + text(l.get("field.findings")) + ":** " + text(ReportTexts.counts(a, l)) + "  \n");
    String scores = ReportTexts.scores(a, l);
    if (!scores.isEmpty()) d.write("**" + text(l.get("field.scores")) + ":** " + text(scores) + "  \n");
    d.write("\n" + stages(a) + "\n\n");

    d.write("| " + cell(l.get("heading.gates")) + " | " + cell(l.get("col.task")) + " | " + cell(l.get("col.state")) + " |\n|---|---|---|\n");
    for (GateStatus g : a.getGates()) {
      String state = g.getState() == se.odis.model.GateState.BLOCKED
          ? l.format("gateState.BLOCKED", String.join(", ", g.getBlockers()))
          : l.of("gateState", g.getState());
      d.write("| " + cell(l.of("gate", g.getGate())) + " | " + g.getGate().getTaskId() + " | " + cell(state) + " |\n");
    }
    d.write("\n");

    String sub = h + "#";
    if (a.getFindings().isEmpty()) d.write(text(l.get("findings.none")) + "\n\n");
    for (Severity s : Severity.values()) {
      List<Finding> group = a.getFindings().stream().filter(f -> f.getSeverity() == s).toList();
      if (group.isEmpty()) continue;
      d.write(sub + " " + text(l.format("heading." + s.name(), group.size())) + "\n\n");
      for (Finding f : group) finding(d, f, lang);
      d.write("\n");
    }

    LicenceRecommendation r = a.getLicenceRecommendation();
    if (r != null) {
      d.write(sub + " " + text(l.get("heading.licence")) + "\n\n");
      d.write(text(ReportTexts.licence(report, l)) + " <" + url(r.getUri()) + ">  \n");
      String reason = r.getReason().best(lang);
      if (!reason.isBlank()) d.write(text(reason) + "\n");
      d.write("\n");
    }

    List<NextStep> steps = a.getNextSteps();
    if (steps.isEmpty()) {
      d.write(text(l.get("nextSteps.none")) + "\n\n");
    } else {
      d.write(sub + " " + text(l.format("heading.nextSteps", steps.size())) + "\n\n");
      int i = 0;
      for (NextStep s : steps) {
        String status = l.of("taskStatus", s.getStatus());
        if (!s.getRuleIds().isEmpty()) {
          status += " · " + l.format(s.isBlocking() ? "nextStep.blocking" : "nextStep.rules", String.join(", ", s.getRuleIds()));
        }
        d.write(++i + ". " + (s.isBlocking() ? "⛔ " : "") + "**" + s.getTaskId() + "** " + text(s.getTitle().best(lang))
            + " – *" + text(status) + "*\n");
      }
      d.write("\n");
    }

    if (!report.sourceNotes().isEmpty()) {
      d.write(sub + " " + text(l.format("heading.sourceNotes", report.sourceNotes().size())) + "\n\n");
      for (SourceNote sn : report.sourceNotes()) {
        d.write("- " + code(sn.getCode()) + " " + text(sn.getMessage().best(lang)) + " (" + text(sn.getSubject()) + ")\n");
      }
      d.write("\n");
    }
  }

  private void finding(Spool d, Finding f, String lang) {
    d.write("- **" + text(f.getRuleId()) + "** · " + f.getStep() + " · " + text(f.getTitle().best(lang)) + "  \n");
    String message = f.getMessage().best(lang);
    if (!message.isBlank()) d.write("  " + text(message) + "  \n");
    String remedy = f.getRemedy().best(lang);
    if (!remedy.isBlank()) d.write("  *" + text(l.get("finding.remedy")) + "* " + text(remedy) + "  \n");
    List<String> more = new ArrayList<>();
    if (f.getSource() != null && !f.getSource().isBlank()) more.add("*" + text(l.get("finding.source")) + "* " + text(f.getSource()));
    if (f.getSubject() != null && !f.getSubject().isBlank() && !f.getSubject().equals("/")) {
      more.add("*" + text(l.get("finding.subject")) + "* " + code(f.getSubject()));
    }
    if (!more.isEmpty()) d.write("  " + String.join(" · ", more) + "\n");
  }

  /** The stages A1–C3 in a row: passed ones ticked, the current one in bold. */
  private String stages(Assessment a) {
    int current = Guide.odis().stageOrder(a.getStage());
    boolean allDone = a.getVerdict() == Verdict.DECOMMISSIONED;
    List<String> parts = new ArrayList<>();
    List<GuideStage> all = Guide.odis().getStages();
    for (int i = 0; i < all.size(); i++) {
      String id = all.get(i).getId();
      if (allDone || i < current) parts.add("✔ " + id);
      else if (i == current) parts.add("▶ **" + id + "**");
      else parts.add("○ " + id);
    }
    return String.join(" → ", parts);
  }

  // ---------------------------------------------------------------- escaping

  /** Escapes a text for Markdown prose: every character that could start markup is backslashed. */
  static String text(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>': case '|': case '~':
          sb.append('\\').append(c);
          break;
        case '&':
          sb.append("&amp;");
          break;
        case '\r':
          break;
        case '\n':
          sb.append(' ');
          break;
        case '-': case '+': case '=': case '#':
          // would start a list item, a heading or a heading underline at the start of a line
          if (i == 0) sb.append('\\');
          sb.append(c);
          break;
        default:
          sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Escapes a text for a table cell: as {@link #text}, on one line. */
  static String cell(String s) {
    return text(s);
  }

  /**
   * A code span showing the text as it is (CommonMark): fenced with more backticks than the text's
   * longest run of them, padded when it starts or ends with one; on one line.
   */
  static String code(String s) {
    return span(s.replace("\r", "").replace('\n', ' '));
  }

  /**
   * A code span in a table cell: as {@link #code}, with {@code |} escaped, which GitHub's tables
   * read before the span (and show as {@code |}).
   */
  static String cellCode(String s) {
    return span(s.replace("\r", "").replace('\n', ' ').replace("|", "\\|"));
  }

  private static String span(String t) {
    int longest = 0;
    for (int i = 0, run = 0; i < t.length(); i++) {
      run = t.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    String pad = t.startsWith("`") || t.endsWith("`") ? " " : "";
    return fence + pad + t + pad + fence;
  }

  /** A URI for an autolink: only characters that cannot end it early. */
  static String url(String s) {
    return s.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20");
  }

  @Override
  public void close() {
    table.close();
    details.close();
    errors.close();
  }
}
