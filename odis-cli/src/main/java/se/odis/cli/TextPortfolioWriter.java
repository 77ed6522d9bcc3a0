package se.odis.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.odis.model.InputProblem;
import se.odis.model.TextCheck;
import se.odis.model.Verdict;

/**
 * The text report on a portfolio: each dataset's report as {@link TextRenderer} writes it, under a
 * rule that numbers it and names its source, an input that cannot be read in its place, and the
 * summary at the end (counts by verdict and stage, the most frequent blockers, the datasets
 * closest to publication). Streams: nothing is kept but the summary's counters.
 */
final class TextPortfolioWriter implements PortfolioWriter {
  private final Labels l;
  private final PrintWriter out;
  private final RunInfo run;
  private final Style style;
  private final TextRenderer renderer;
  private long n;

  TextPortfolioWriter(Labels labels, PrintWriter out, RunInfo run, Style style) {
    this.l = labels;
    this.out = out;
    this.run = run;
    this.style = style;
    this.renderer = new TextRenderer(style);
  }

  @Override
  public void begin() {}

  @Override
  public void assessed(Report report) {
    rule(report.origin() == null ? report.assessment().getDatasetId() : report.origin().label());
    renderer.render(report, l, out);
    out.print('\n');
  }

  @Override
  public void failed(InputProblem problem) {
    rule(problem.getSource() + (problem.getLine() > 0 ? ":" + problem.getLine() : ""));
    String prefix = "✗ " + l.get("portfolio.unreadable") + " ";
    lines(prefix, problem.toString(), prefix.length());
    out.print('\n');
  }

  private void rule(String what) {
    n++;
    String head = "── " + n + " · " + TextCheck.printable(what) + " ";
    int fill = TextRenderer.WIDTH - head.length();
    line(style.dim(fill > 0 ? head + "─".repeat(fill) : head.stripTrailing()));
  }

  @Override
  public void end(Summary s) {
    String lang = l.tag();
    String head = "══ " + l.get("summary.heading") + " ";
    line(style.bold(head + "═".repeat(Math.max(0, TextRenderer.WIDTH - head.length()))));
    line(l.format("header.assessed", run.asOf().toString()));
    if (run.profile() != null) lines("", l.format("header.profile", run.profile()), 0);
    if (!run.rulePacks().isEmpty()) {
      lines("", l.format("header.rulePacks", String.join(", ", run.rulePacks()), run.rulesInForce()), 0);
    }
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
    for (String[] f : fields) lines(TextRenderer.pad(f[0] + ":", width), f[1], width);
    out.print('\n');

    List<Summary.BlockerCount> top = s.topBlockers();
    if (!top.isEmpty()) {
      line(style.bold(l.format("summary.topBlockers", top.size())));
      int idWidth = top.stream().mapToInt(b -> b.ruleId().length()).max().orElse(0) + 2;
      int countWidth = top.stream().mapToInt(b -> Long.toString(b.datasets()).length()).max().orElse(0);
      for (Summary.BlockerCount b : top) {
        String prefix = "  " + TextRenderer.pad(b.ruleId(), idWidth) + TextRenderer.padLeft(Long.toString(b.datasets()), countWidth) + "  ";
        lines(prefix, b.title() == null ? "" : b.title().best(lang), prefix.length());
      }
      out.print('\n');
    }
    List<Summary.Candidate> closest = s.closestToPublication();
    if (!closest.isEmpty()) {
      line(style.bold(l.format("summary.closest", closest.size())));
      int i = 0;
      for (Summary.Candidate c : closest) {
        String number = TextRenderer.padLeft(++i + ".", 3) + " ";
        String title = c.title().best(lang);
        String text = (title.isBlank() ? "" : title + " ") + "(" + c.datasetId() + ") – " + c.stage() + ", "
            + l.of("verdict", c.verdict()) + ", " + l.format("summary.blockers", c.blockers())
            + (c.origin() == null ? "" : " – " + c.origin().label());
        lines("  " + number, text, 2 + number.length());
      }
      out.print('\n');
    }
    out.flush();
  }

  private void line(String s) {
    out.print(s);
    out.print('\n');
  }

  private void lines(String prefix, String text, int indent) {
    List<String> ls = Wrap.lines(text, Math.max(TextRenderer.WIDTH - indent, 40));
    for (int i = 0; i < ls.size(); i++) {
      line(((i == 0 ? prefix : " ".repeat(indent)) + ls.get(i)).stripTrailing());
    }
  }
}
