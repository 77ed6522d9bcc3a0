package se.odis.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.odis.model.Assessment;
import se.odis.model.Finding;
import se.odis.model.GateStatus;
import se.odis.model.InputProblem;
import se.odis.model.LicenceRecommendation;
import se.odis.model.NextStep;
import se.odis.model.Severity;
import se.odis.model.Verdict;

/**
 * Markdown (GitHub-flavoured) for a wiki page or an issue; the layout of {@link OverviewFirstWriter}.
 * Every text from the input or the rules is escaped ({@link Markdown}), so that a title with
 * {@code *}, {@code |} or {@code <} shows as written.
 */
final class MarkdownWriter extends OverviewFirstWriter {
  MarkdownWriter(Labels labels, Out out, Run run) {
    super(labels, out, run);
  }

  @Override
  void row(long n, Row r) {
    Finding top = r.topBlocker();
    rows.write("| " + n + " | " + Markdown.cellCode(r.id()) + " | " + Markdown.text(r.title()) + " | "
        + Markdown.text(r.owner()) + " | " + Markdown.text(l.of("verdict", r.assessment().getVerdict())) + " | " + r.assessment().getStage() + " | "
        + r.assessment().blockerCount() + " | "
        + (top == null ? "" : "`" + top.getRuleId() + "` " + Markdown.text(top.getTitle().best(lang))) + " | "
        + r.metadataScore() + " | " + r.opennessStars() + " |\n");
  }

  @Override
  void error(InputProblem problem) {
    errors.write("- " + Markdown.text(problem.toString()) + "\n");
  }

  @Override
  public void end(Summary s) {
    if (!run.single()) overview(s);
    copyDetails((owner, c) -> out.print("## " + Markdown.text(owner) + "\n\n"
        + Markdown.text(l.format("owner.counts", c.datasets(), c.withBlockers())) + "\n\n"));
    out.flush();
  }

  private void overview(Summary s) {
    out.print("# " + Markdown.text(l.format("summary.title", s.assessed() + s.badInputs())) + "\n\n");
    List<String> meta = new ArrayList<>();
    meta.add(l.format("header.assessed", run.asOf().toString()));
    meta.addAll(ReportTexts.ruleSet(run, l));
    out.print(Markdown.text(String.join(" · ", meta)) + "\n\n");

    out.print("## " + Markdown.text(l.get("summary.heading")) + "\n\n");
    out.print("**" + Markdown.text(l.get("summary.datasets")) + ":** "
        + Markdown.text(l.format("summary.counts", s.assessed(), s.badInputs(), s.withBlockers())) + "\n\n");
    out.print("| " + Markdown.text(l.get("summary.byVerdict")) + " | " + Markdown.text(l.get("col.count")) + " |\n|---|--:|\n");
    for (Map.Entry<Verdict, Long> e : s.byVerdict().entrySet()) {
      out.print("| " + Markdown.text(l.of("verdict", e.getKey())) + " | " + e.getValue() + " |\n");
    }
    out.print("\n| " + Markdown.text(l.get("summary.byStage")));
    s.byStage().keySet().forEach(k -> out.print(" | " + k));
    out.print(" |\n|---");
    s.byStage().keySet().forEach(k -> out.print("|--:"));
    out.print("|\n| " + Markdown.text(l.get("col.count")));
    s.byStage().values().forEach(v -> out.print(" | " + v));
    out.print(" |\n\n");

    List<Summary.BlockerCount> top = s.topBlockers();
    if (!top.isEmpty()) {
      out.print("### " + Markdown.text(l.format("summary.topBlockers", top.size())) + "\n\n");
      out.print("| " + Markdown.text(l.get("col.rule")) + " | " + Markdown.text(l.get("col.datasets")) + " | "
          + Markdown.text(l.get("col.title")) + " |\n|---|--:|---|\n");
      for (Summary.BlockerCount b : top) {
        out.print("| " + Markdown.cellCode(b.ruleId()) + " | " + b.datasets() + " | "
            + Markdown.text(b.title() == null ? "" : b.title().best(lang)) + " |\n");
      }
      out.print("\n");
    }
    List<Summary.Candidate> closest = s.closestToPublication();
    if (!closest.isEmpty()) {
      out.print("### " + Markdown.text(l.format("summary.closest", closest.size())) + "\n\n");
      int i = 0;
      for (Summary.Candidate c : closest) {
        String title = c.title().best(lang);
        out.print(++i + ". " + (title.isBlank() ? "" : "**" + Markdown.text(title) + "** ") + "(" + Markdown.code(c.datasetId())
            + ") – " + c.stage() + ", " + Markdown.text(l.of("verdict", c.verdict())) + ", "
            + Markdown.text(l.format("summary.blockers", c.blockers())) + "\n");
      }
      out.print("\n");
    }
    if (grouped()) {
      out.print("### " + Markdown.text(l.get("summary.byOwner")) + "\n\n| " + Markdown.text(l.get("col.owner")) + " | "
          + Markdown.text(l.get("col.datasets")));
      for (Verdict v : Verdict.values()) out.print(" | " + Markdown.text(l.of("verdict", v)));
      out.print(" | " + Markdown.text(l.get("col.withBlockers")) + " |\n|---|--:" + "|--:".repeat(Verdict.values().length)
          + "|--:|\n");
      for (Map.Entry<String, Owners.Counts> e : owners.sorted().entrySet()) {
        out.print("| " + Markdown.text(e.getKey()) + " | " + e.getValue().datasets());
        for (Verdict v : Verdict.values()) out.print(" | " + e.getValue().byVerdict().get(v));
        out.print(" | " + e.getValue().withBlockers() + " |\n");
      }
      out.print("\n");
    }
    if (!rows.isEmpty()) {
      out.print("## " + Markdown.text(l.get("summary.datasetsTable")) + "\n\n");
      if (grouped()) {
        // A table per owner, under the owner's name.
        copyRows((owner, c) -> {
          out.print("\n### " + Markdown.text(owner) + " (" + Markdown.text(l.format("owner.counts", c.datasets(),
              c.withBlockers())) + ")\n\n");
          tableHead();
        });
      } else {
        tableHead();
        copyRows(null);
      }
      out.print("\n");
    }
    if (!errors.isEmpty()) {
      out.print("## " + Markdown.text(l.format("summary.errors", s.badInputs())) + "\n\n");
      errors.copyTo(out);
      out.print("\n");
    }
    if (!s.sources().isEmpty()) {
      out.print("## " + Markdown.text(l.format("summary.sources", s.sources().size())) + "\n\n");
      for (SourceReport src : s.sources()) {
        out.print("- " + Markdown.code(src.source()) + ": " + Markdown.text(l.format("summary.source", src.syntax(), src.datasets())) + "\n");
        for (ImportNote n : src.notes()) {
          out.print("  - " + Markdown.code(n.code()) + " " + Markdown.code(n.subject()) + ": " + Markdown.text(n.message().best(lang)) + "\n");
        }
      }
      out.print("\n");
    }
  }

  private void tableHead() {
    out.print("|");
    for (Row.Column c : Row.COLUMNS) out.print(" " + Markdown.text(l.get(c.key())) + " |");
    out.print("\n|");
    for (Row.Column c : Row.COLUMNS) out.print(c.numeric() ? "--:|" : "---|");
    out.print("\n");
  }

  @Override
  void dataset(long n, DatasetReport report) {
    String h = run.single() ? "#" : "##";
    Assessment a = report.assessment();
    Spool d = details;
    String title = report.title(lang);
    d.write(h + " " + Markdown.text(title == null ? l.get("header.untitled") : title) + " (" + Markdown.code(a.getDatasetId()) + ")\n\n");
    List<String> meta = new ArrayList<>();
    meta.add(l.format("header.assessed", a.getAsOf().toString()));
    if (run.single()) meta.addAll(ReportTexts.ruleSet(run, l));
    if (report.origin() != null && !run.single()) meta.add(l.format("field.origin", report.origin().label()));
    d.write(Markdown.text(String.join(" · ", meta)) + "\n\n");

    d.write("**" + Markdown.text(l.get("field.verdict")) + ":** " + Markdown.text(l.of("verdict", a.getVerdict())) + " – "
        + Markdown.text(ReportTexts.explanation(a, l)) + "  \n");
    d.write("**" + Markdown.text(l.get("field.stage")) + ":** " + Markdown.text(ReportTexts.stage(a, lang)) + "  \n");
    d.write("**" + Markdown.text(l.get("field.nextGate")) + ":** " + Markdown.text(ReportTexts.nextGate(a, l)) + "  \n");
    d.write("**" + Markdown.text(l.get("field.findings")) + ":** " + Markdown.text(ReportTexts.counts(a, l)) + "  \n");
    String scores = ReportTexts.scores(a, l);
    if (!scores.isEmpty()) d.write("**" + Markdown.text(l.get("field.scores")) + ":** " + Markdown.text(scores) + "  \n");
    d.write("\n" + stages(a) + "\n\n");

    d.write("| " + Markdown.text(l.get("heading.gates")) + " | " + Markdown.text(l.get("col.task")) + " | "
        + Markdown.text(l.get("col.state")) + " |\n|---|---|---|\n");
    for (GateStatus g : a.getGates()) {
      d.write("| " + Markdown.text(l.of("gate", g.getGate())) + " | " + g.getGate().getTaskId() + " | "
          + Markdown.text(ReportTexts.gateState(g, l)) + " |\n");
    }
    d.write("\n");

    String sub = h + "#";
    if (a.getFindings().isEmpty()) d.write(Markdown.text(l.get("findings.none")) + "\n\n");
    for (Severity s : Severity.values()) {
      List<Finding> group = ReportTexts.findings(a, s);
      if (group.isEmpty()) continue;
      d.write(sub + " " + Markdown.text(l.format("heading." + s.name(), group.size())) + "\n\n");
      for (Finding f : group) finding(d, f);
      d.write("\n");
    }

    LicenceRecommendation r = a.getLicenceRecommendation();
    if (r != null) {
      d.write(sub + " " + Markdown.text(l.get("heading.licence")) + "\n\n");
      d.write(Markdown.text(ReportTexts.licence(report, l)) + " <" + Markdown.url(r.getUri()) + ">  \n");
      String reason = r.getReason().best(lang);
      if (!reason.isBlank()) d.write(Markdown.text(reason) + "\n");
      d.write("\n");
    }

    List<NextStep> steps = a.getNextSteps();
    if (steps.isEmpty()) {
      d.write(Markdown.text(l.get("nextSteps.none")) + "\n\n");
    } else {
      d.write(sub + " " + Markdown.text(l.format("heading.nextSteps", steps.size())) + "\n\n");
      int i = 0;
      for (NextStep s : steps) {
        d.write(++i + ". " + (s.isBlocking() ? "⛔ " : "") + "**" + s.getTaskId() + "** " + Markdown.text(s.getTitle().best(lang))
            + " – *" + Markdown.text(ReportTexts.stepStatus(s, a, l)) + "*\n");
      }
      d.write("\n");
    }

    if (!report.notes().isEmpty()) {
      d.write(sub + " " + Markdown.text(l.format("heading.sourceNotes", report.notes().size())) + "\n\n");
      for (ImportNote note : report.notes()) {
        d.write("- " + Markdown.code(note.code()) + " " + Markdown.text(note.message().best(lang)) + " ("
            + Markdown.text(note.subject()) + ")\n");
      }
      d.write("\n");
    }
  }

  private void finding(Spool d, Finding f) {
    d.write("- **" + Markdown.text(f.getRuleId()) + "** · " + f.getStep() + " · " + Markdown.text(f.getTitle().best(lang)) + "  \n");
    String message = f.getMessage().best(lang);
    if (!message.isBlank()) d.write("  " + Markdown.text(message) + "  \n");
    String remedy = f.getRemedy().best(lang);
    if (!remedy.isBlank()) d.write("  *" + Markdown.text(l.get("finding.remedy")) + "* " + Markdown.text(remedy) + "  \n");
    List<String> more = new ArrayList<>();
    String source = ReportTexts.source(f);
    if (source != null) more.add("*" + Markdown.text(l.get("finding.source")) + "* " + Markdown.text(source));
    String subject = ReportTexts.subject(f);
    if (subject != null) more.add("*" + Markdown.text(l.get("finding.subject")) + "* " + Markdown.code(subject));
    if (!more.isEmpty()) d.write("  " + String.join(" · ", more) + "\n");
  }

  /** The stages A1–C3 in a row: passed ones ticked, the current one in bold. */
  private static String stages(Assessment a) {
    List<String> parts = new ArrayList<>();
    for (StageStrip.Cell c : StageStrip.of(a)) {
      String id = c.stage().getId();
      switch (c.state()) {
        case PASSED:
          parts.add("✔ " + id);
          break;
        case UNFINISHED:
          parts.add("◐ " + id);
          break;
        case CURRENT:
        case BLOCKED:
          parts.add("▶ **" + id + "**");
          break;
        default:
          parts.add("○ " + id);
      }
    }
    return String.join(" → ", parts);
  }
}
