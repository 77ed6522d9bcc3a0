package se.odis.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.odis.dcat.SourceNote;
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
 * The report for people: what an open-data coordinator needs at a glance (verdict, stage, next
 * gate, counts), then the gates, the findings by severity with how to fix them, the licence
 * recommendation, the numbered next steps and, for a dataset imported from a catalogue, the notes
 * about its source. Plain text, lines wrapped at {@value #WIDTH} characters; with a colour
 * {@link Style}, the verdict, headings and gate marks are coloured (same text, same widths).
 */
final class TextRenderer implements Renderer {
  static final int WIDTH = 100;
  private static final String INDENT = "  ";

  private final Style style;

  /** A renderer without colours. */
  TextRenderer() {
    this(Style.PLAIN);
  }

  /** @param style the colours to use, {@link Style#PLAIN} for none */
  TextRenderer(Style style) {
    this.style = style;
  }

  @Override
  public void render(Report report, Labels labels, PrintWriter out) {
    new Writer(report, labels, out, style).write();
  }

  /** One rendering; holds the state so that the sections read as a list of steps. */
  private static final class Writer {
    private final Report report;
    private final Assessment a;
    private final Labels l;
    private final String lang;
    private final PrintWriter out;
    private final Style style;

    Writer(Report report, Labels labels, PrintWriter out, Style style) {
      this.report = report;
      this.a = report.assessment();
      this.l = labels;
      this.lang = labels.tag();
      this.out = out;
      this.style = style;
    }

    void write() {
      header();
      summary();
      gates();
      findings();
      licence();
      nextSteps();
      sourceNotes();
      out.flush();
    }

    private void header() {
      String title = report.title(lang);
      List<String> lines = Wrap.lines((title == null ? l.get("header.untitled") : title) + " (" + a.getDatasetId() + ")", WIDTH);
      for (String s : lines) line(style.bold(s.stripTrailing()));
      line(l.format("header.assessed", a.getAsOf().toString()));
      if (a.getProfile() != null) wrapped("", l.format("header.profile", a.getProfile()), 0);
      if (!report.rulePacks().isEmpty()) {
        wrapped("", l.format("header.rulePacks", String.join(", ", report.rulePacks()), a.getRulesInForce().size()), 0);
      }
      blank();
    }

    private void summary() {
      List<String[]> fields = new ArrayList<>();
      fields.add(new String[] {l.get("field.verdict"), explanation()});
      String stageTitle = Guide.odis().stage(a.getStage()).map(s -> s.text(lang)).orElse("");
      fields.add(new String[] {l.get("field.stage"), (a.getStage() + " " + stageTitle).strip()});
      Gate next = a.getNextGate();
      fields.add(new String[] {l.get("field.nextGate"),
          next == null ? l.get("nextGate.none") : l.of("gate", next) + " (" + next.getTaskId() + ")"});
      fields.add(new String[] {l.get("field.findings"), l.format("summary",
          count(Severity.BLOCKER), count(Severity.WARNING), count(Severity.RECOMMENDATION), count(Severity.INFO))});
      String scores = scores();
      if (!scores.isEmpty()) fields.add(new String[] {l.get("field.scores"), scores});

      int width = fields.stream().mapToInt(f -> f[0].length()).max().orElse(0) + 2;
      boolean first = true;
      for (String[] f : fields) {
        if (first) {
          // The verdict on a line of its own (coloured), its explanation under it.
          line(pad(f[0] + ":", width) + style.verdict(a.getVerdict(), l.of("verdict", a.getVerdict())));
          wrapped(" ".repeat(width), f[1], width);
          first = false;
        } else {
          wrapped(pad(f[0] + ":", width), f[1], width);
        }
      }
      blank();
    }

    private String explanation() {
      long blockers = count(Severity.BLOCKER);
      if (a.getVerdict() == Verdict.IN_PROGRESS && blockers > 0) {
        return l.format("explain.IN_PROGRESS.laterBlockers", blockers);
      }
      return l.of("explain", a.getVerdict());
    }

    private String scores() {
      List<String> parts = new ArrayList<>();
      for (Map.Entry<String, Integer> e : a.getScores().entrySet()) {
        String key = "score." + e.getKey();
        parts.add(l.has(key) ? l.format(key, e.getValue()) : e.getKey() + " " + e.getValue());
      }
      return String.join(" · ", parts);
    }

    private void gates() {
      line(style.bold(l.get("heading.gates")));
      int nameWidth = a.getGates().stream().mapToInt(g -> l.of("gate", g.getGate()).length()).max().orElse(0) + 2;
      for (GateStatus g : a.getGates()) {
        String state = g.getState() == GateState.BLOCKED
            ? l.format("gateState.BLOCKED", String.join(", ", g.getBlockers()))
            : l.of("gateState", g.getState());
        String prefix = INDENT + symbol(g.getState()) + " " + g.getGate().getTaskId() + "  "
            + pad(l.of("gate", g.getGate()), nameWidth);
        List<String> lines = Wrap.lines(state, Math.max(WIDTH - prefix.length(), 40));
        for (int i = 0; i < lines.size(); i++) {
          String text = ((i == 0 ? prefix : " ".repeat(prefix.length())) + lines.get(i)).stripTrailing();
          if (i == 0) text = INDENT + style.gate(g.getState(), symbol(g.getState())) + text.substring(INDENT.length() + 1);
          line(text);
        }
      }
      blank();
    }

    private static String symbol(GateState s) {
      switch (s) {
        case PASSED: return "✓";
        case BLOCKED: return "✗";
        case OPEN: return "○";
        default: return "–";
      }
    }

    private void findings() {
      if (a.getFindings().isEmpty()) {
        line(l.get("findings.none"));
        blank();
        return;
      }
      int idWidth = a.getFindings().stream().mapToInt(f -> f.getRuleId().length()).max().orElse(0) + 2;
      for (Severity s : Severity.values()) {
        List<Finding> group = a.getFindings().stream().filter(f -> f.getSeverity() == s).toList();
        if (group.isEmpty()) continue;
        line(style.severity(s, l.format("heading." + s.name(), group.size())));
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
      if (f.getSource() != null && !f.getSource().isBlank()) extras.add(new String[] {l.get("finding.source"), f.getSource()});
      if (f.getSubject() != null && !f.getSubject().isBlank() && !f.getSubject().equals("/")) extras.add(new String[] {l.get("finding.subject"), f.getSubject()});
      int width = extras.stream().mapToInt(e -> e[0].length()).max().orElse(0) + 1;
      for (String[] e : extras) {
        String label = indent + pad(e[0], width);
        wrapped(label, e[1], label.length());
      }
      blank();
    }

    private void licence() {
      LicenceRecommendation r = a.getLicenceRecommendation();
      if (r == null) return;
      line(style.bold(l.get("heading.licence")));
      String current = report.dataset().getLicence();
      String chosen = r.isAlreadyChosen() ? l.get("licence.alreadyChosen")
          : current == null || current.isBlank() ? l.get("licence.none")
          : l.format("licence.current", current.strip());
      wrapped(INDENT, l.format("licence.recommended", r.getLicence()) + " " + chosen, INDENT.length());
      line(INDENT + r.getUri());
      String reason = r.getReason().best(lang);
      if (!reason.isBlank()) wrapped(INDENT, reason, INDENT.length());
      blank();
    }

    private void nextSteps() {
      List<NextStep> steps = a.getNextSteps();
      if (steps.isEmpty()) {
        line(l.get("nextSteps.none"));
        return;
      }
      line(style.bold(l.format("heading.nextSteps", steps.size())));
      int numberWidth = Integer.toString(steps.size()).length() + 1;
      for (int i = 0; i < steps.size(); i++) {
        NextStep s = steps.get(i);
        String number = padLeft((i + 1) + ".", numberWidth);
        String prefix = INDENT + number + " " + (s.isBlocking() ? "✗" : " ") + " " + s.getTaskId() + "  ";
        wrapped(prefix, s.getTitle().best(lang), prefix.length());
        String status = l.of("taskStatus", s.getStatus());
        if (!s.getRuleIds().isEmpty()) {
          status += " · " + l.format(s.isBlocking() ? "nextStep.blocking" : "nextStep.rules", String.join(", ", s.getRuleIds()));
        }
        wrapped(" ".repeat(prefix.length()), status, prefix.length());
      }
    }

    private void sourceNotes() {
      if (report.sourceNotes().isEmpty()) return;
      blank();
      line(style.bold(l.format("heading.sourceNotes", report.sourceNotes().size())));
      for (SourceNote n : report.sourceNotes()) {
        String prefix = INDENT + n.getCode() + "  ";
        wrapped(prefix, n.getMessage().best(lang), prefix.length());
        wrapped(" ".repeat(prefix.length()), n.getSubject(), prefix.length());
      }
    }

    private long count(Severity s) {
      return a.getFindings().stream().filter(f -> f.getSeverity() == s).count();
    }

    private void line(String s) {
      out.print(s);
      out.print('\n');
    }

    private void blank() {
      out.print('\n');
    }

    /** Writes {@code prefix + text}, wrapped so that continuation lines start at column {@code indent}. */
    private void wrapped(String prefix, String text, int indent) {
      List<String> lines = Wrap.lines(text, Math.max(WIDTH - indent, 40));
      String pad = " ".repeat(indent);
      for (int i = 0; i < lines.size(); i++) {
        line(((i == 0 ? prefix : pad) + lines.get(i)).stripTrailing());
      }
    }
  }

  static String pad(String s, int width) {
    return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
  }

  static String padLeft(String s, int width) {
    return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
  }
}
