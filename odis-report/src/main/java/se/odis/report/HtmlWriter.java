package se.odis.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import se.odis.model.Assessment;
import se.odis.model.Finding;
import se.odis.model.GateState;
import se.odis.model.GateStatus;
import se.odis.model.Guide;
import se.odis.model.GuideStage;
import se.odis.model.InputProblem;
import se.odis.model.LicenceRecommendation;
import se.odis.model.NextStep;
import se.odis.model.Severity;
import se.odis.model.Verdict;

/**
 * One self-contained HTML page: inline CSS, no fonts, images or links to anything outside the
 * page (a Content-Security-Policy in the page forbids any request). For a portfolio: an overview
 * (counts by verdict and stage, the most frequent blockers, the datasets closest to publication,
 * grouped: each owner's counts), a table of the datasets, the inputs that could not be read, then
 * each dataset (grouped: owner by owner); for one dataset, its report only. The datasets table is
 * sorted (by any column) and filtered (by verdict, stage, owner, blocker) by one small script,
 * {@code datasets-table.js}, which the policy allows by its SHA-256 hash, computed here from the
 * script's text so that the two never drift; without it the table is whole and the filters hidden. Each dataset shows a bar over the guide's stages A1–C3 (passed
 * ones filled, the current one highlighted), its blockers first, then the other findings, the
 * licence recommendation and the next steps. All text is escaped ({@link #esc}).
 *
 * <p>The table rows and the dataset sections are kept in {@link Spool}s until the overview,
 * which needs the summary, has been written.
 */
final class HtmlWriter extends OverviewFirstWriter {
  HtmlWriter(Labels labels, Out out, Run run) {
    super(labels, out, run);
  }

  @Override
  void row(long n, Row r) {
    Finding top = r.topBlocker();
    Assessment a = r.assessment();
    // What the script filters on: the verdict, stage, owner (as the owner filter names it) and every blocker.
    rows.write("<tr data-verdict=\"" + a.getVerdict().name() + "\" data-stage=\"" + esc(a.getStage())
        + "\" data-owner=\"" + esc(owners.name(r.owner().isEmpty() ? null : r.owner())) + "\" data-blockers=\""
        + esc(String.join(" ", ReportTexts.blockerIds(a))) + "\"><td class=\"num\">" + n + "</td><td><a href=\"#d" + n
        + "\"><code>" + esc(r.id()) + "</code></a></td><td>" + esc(r.title()) + "</td><td>" + esc(r.owner())
        + "</td><td data-sort=\"" + a.getVerdict().ordinal() + "\">" + badge(a.getVerdict()) + "</td><td data-sort=\""
        + Guide.odis().stageOrder(a.getStage()) + "\">" + esc(a.getStage()) + "</td><td class=\"num\">"
        + a.blockerCount() + "</td><td>"
        + (top == null ? "" : "<code>" + esc(top.getRuleId()) + "</code> " + esc(top.getTitle().best(lang)))
        + "</td><td class=\"num\">" + r.metadataScore() + "</td><td class=\"num\">" + r.opennessStars()
        + "</td></tr>\n");
  }

  @Override
  void error(InputProblem p) {
    errors.write("<li><code>" + esc(p.getSource() + (p.getLine() > 0 ? ":" + p.getLine() + (p.getColumn() > 0 ? ":" + p.getColumn() : "") : ""))
        + "</code>" + (p.getPointer().isEmpty() ? "" : " <code>" + esc(p.getPointer()) + "</code>") + " " + esc(p.getProblem())
        + (p.getExpected() == null ? "" : "; expected " + esc(p.getExpected())) + "</li>\n");
  }

  @Override
  public void end(Summary s) {
    String pageTitle = run.single() ? l.get("html.titleOne") : l.format("summary.title", s.assessed() + s.badInputs());
    out.print("<!DOCTYPE html>\n<html lang=\"" + esc(lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'"
        + (run.single() ? "" : "; script-src " + SCRIPT_HASH) + "\">\n"
        + "<meta name=\"referrer\" content=\"no-referrer\">\n"
        + "<meta name=\"generator\" content=\"odis\">\n"
        + "<title>" + esc(pageTitle) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n");
    out.print("<header class=\"page\" id=\"top\">\n<h1>" + esc(pageTitle) + "</h1>\n");
    List<String> meta = new ArrayList<>();
    meta.add(l.format("header.assessed", run.asOf().toString()));
    meta.addAll(ReportTexts.ruleSet(run, l));
    out.print("<p class=\"meta\">" + esc(String.join(" · ", meta)) + "</p>\n</header>\n<main>\n");
    if (!run.single()) overview(s);
    copyDetails((owner, c) -> out.print("<section class=\"owner\">\n<h2>" + esc(owner) + "</h2>\n<p class=\"meta\">"
        + esc(l.format("owner.counts", c.datasets(), c.withBlockers())) + "</p>\n</section>\n"));
    out.print("</main>\n<footer>" + esc(l.get("html.footer")) + "</footer>\n");
    if (!run.single()) out.print("<script>" + SCRIPT + "</script>\n");
    out.print("</body>\n</html>\n");
    out.flush();
  }

  private void overview(Summary s) {
    out.print("<section class=\"overview\" id=\"overview\">\n<h2>" + esc(l.get("summary.heading")) + "</h2>\n");
    out.print("<p class=\"counts\">" + esc(l.format("summary.counts", s.assessed(), s.badInputs(), s.withBlockers())) + "</p>\n");
    out.print("<div class=\"cards\">\n");
    for (Map.Entry<Verdict, Long> e : s.byVerdict().entrySet()) {
      out.print("<div class=\"card " + verdictClass(e.getKey()) + "\"><span class=\"big\">" + e.getValue()
          + "</span><span class=\"lbl\">" + esc(l.of("verdict", e.getKey())) + "</span></div>\n");
    }
    out.print("</div>\n");

    out.print("<h3>" + esc(l.get("summary.byStage")) + "</h3>\n<div class=\"stagechart\">\n");
    long max = Math.max(1, Collections.max(s.byStage().values()));
    for (Map.Entry<String, Long> e : s.byStage().entrySet()) {
      long pct = e.getValue() == 0 ? 0 : Math.max(2, Math.round(100.0 * e.getValue() / max));
      String name = Guide.odis().stage(e.getKey()).map(st -> st.text(lang)).orElse("");
      out.print("<div class=\"col\" title=\"" + esc(e.getKey() + " " + name) + "\"><span class=\"n\">" + e.getValue()
          + "</span><span class=\"bar\"><span style=\"height:" + pct + "%\"></span></span><span class=\"sid\">"
          + esc(e.getKey()) + "</span></div>\n");
    }
    out.print("</div>\n<div class=\"two\">\n");

    List<Summary.BlockerCount> top = s.topBlockers();
    out.print("<div>\n<h3>" + esc(l.format("summary.topBlockers", top.size())) + "</h3>\n");
    if (top.isEmpty()) {
      out.print("<p class=\"none\">" + esc(l.get("html.noBlockers")) + "</p>\n");
    } else {
      out.print("<table class=\"compact\"><thead><tr><th>" + esc(l.get("col.rule")) + "</th><th class=\"num\">"
          + esc(l.get("col.datasets")) + "</th><th>" + esc(l.get("col.title")) + "</th></tr></thead><tbody>\n");
      for (Summary.BlockerCount b : top) {
        out.print("<tr><td><code>" + esc(b.ruleId()) + "</code></td><td class=\"num\">" + b.datasets() + "</td><td>"
            + esc(b.title() == null ? "" : b.title().best(lang)) + "</td></tr>\n");
      }
      out.print("</tbody></table>\n");
    }
    out.print("</div>\n");

    List<Summary.Candidate> closest = s.closestToPublication();
    out.print("<div>\n<h3>" + esc(l.format("summary.closest", closest.size())) + "</h3>\n");
    if (closest.isEmpty()) {
      out.print("<p class=\"none\">" + esc(l.get("html.noCandidates")) + "</p>\n");
    } else {
      out.print("<ol class=\"closest\">\n");
      for (Summary.Candidate c : closest) {
        String title = c.title().best(lang);
        out.print("<li><strong>" + esc(title.isBlank() ? c.datasetId() : title) + "</strong> <code>" + esc(c.datasetId())
            + "</code><br><span class=\"muted\">" + esc(c.stage()) + " · " + badge(c.verdict()) + " · "
            + esc(l.format("summary.blockers", c.blockers())) + "</span></li>\n");
      }
      out.print("</ol>\n");
    }
    out.print("</div>\n</div>\n");
    if (grouped()) byOwner();
    out.print("</section>\n");

    if (!rows.isEmpty()) {
      out.print("<section id=\"datasets\">\n<h2>" + esc(l.get("summary.datasetsTable")) + "</h2>\n");
      filters(s);
      out.print("<div class=\"scroll\"><table class=\"datasets\"><thead><tr><th class=\"num\">" + esc(l.get("col.number"))
          + "</th><th>" + esc(l.get("col.id")) + "</th><th>" + esc(l.get("col.title")) + "</th><th>"
          + esc(l.get("col.owner")) + "</th><th>" + esc(l.get("col.verdict")) + "</th><th>" + esc(l.get("col.stage"))
          + "</th><th class=\"num\">" + esc(l.get("col.blockers")) + "</th><th>" + esc(l.get("col.topBlocker"))
          + "</th><th class=\"num\">" + esc(l.get("col.metadata")) + "</th><th class=\"num\">" + esc(l.get("col.stars"))
          + "</th></tr></thead>\n");
      if (grouped()) {
        // A body per owner, headed by the owner: the script sorts within it, and hides it when filtered empty.
        copyRows((owner, c) -> out.print("<tbody>\n<tr class=\"group\"><th colspan=\"10\" scope=\"rowgroup\">"
            + esc(owner) + " <span class=\"muted\">· " + esc(l.format("owner.counts", c.datasets(), c.withBlockers()))
            + "</span></th></tr>\n"));
        out.print("</tbody></table></div>\n</section>\n");
      } else {
        out.print("<tbody>\n");
        copyRows(null);
        out.print("</tbody></table></div>\n</section>\n");
      }
    }
    if (!errors.isEmpty()) {
      out.print("<section id=\"errors\" class=\"errors\">\n<h2>" + esc(l.format("summary.errors", s.badInputs())) + "</h2>\n<ul>\n");
      errors.copyTo(out);
      out.print("</ul>\n</section>\n");
    }
    if (!s.sources().isEmpty()) {
      out.print("<section id=\"sources\">\n<h2>" + esc(l.format("summary.sources", s.sources().size())) + "</h2>\n<ul>\n");
      for (SourceReport src : s.sources()) {
        out.print("<li><code>" + esc(src.source()) + "</code>: " + esc(l.format("summary.source", src.syntax(), src.datasets())));
        if (!src.notes().isEmpty()) {
          out.print("\n<ul>\n");
          for (ImportNote n : src.notes()) {
            out.print("<li><code>" + esc(n.code()) + "</code> <code>" + esc(n.subject()) + "</code>: " + esc(n.message().best(lang)) + "</li>\n");
          }
          out.print("</ul>\n");
        }
        out.print("</li>\n");
      }
      out.print("</ul>\n</section>\n");
    }
  }

  /** Each owner's datasets by verdict and how many have blockers. */
  private void byOwner() {
    out.print("<h3>" + esc(l.get("summary.byOwner")) + "</h3>\n<div class=\"scroll\"><table class=\"compact owners\"><thead><tr><th>"
        + esc(l.get("col.owner")) + "</th><th class=\"num\">" + esc(l.get("col.datasets")) + "</th>");
    for (Verdict v : Verdict.values()) out.print("<th class=\"num\">" + esc(l.of("verdict", v)) + "</th>");
    out.print("<th class=\"num\">" + esc(l.get("col.withBlockers")) + "</th></tr></thead><tbody>\n");
    for (Map.Entry<String, Owners.Counts> e : owners.sorted().entrySet()) {
      out.print("<tr><td>" + esc(e.getKey()) + "</td><td class=\"num\">" + e.getValue().datasets() + "</td>");
      for (Verdict v : Verdict.values()) out.print("<td class=\"num\">" + e.getValue().byVerdict().get(v) + "</td>");
      out.print("<td class=\"num\">" + e.getValue().withBlockers() + "</td></tr>\n");
    }
    out.print("</tbody></table></div>\n");
  }

  /** The filters of the datasets table: hidden until the script shows them, so that nothing is dead without it. */
  private void filters(Summary s) {
    out.print("<div id=\"filters\" class=\"filters\" hidden>\n");
    List<String[]> options = new ArrayList<>();
    s.byVerdict().forEach((v, n) -> {
      if (n > 0) options.add(new String[] {v.name(), l.of("verdict", v) + " (" + n + ")"});
    });
    select("verdict", l.get("col.verdict"), options);
    options.clear();
    s.byStage().forEach((st, n) -> {
      if (n > 0) options.add(new String[] {st, st + " (" + n + ")"});
    });
    select("stage", l.get("col.stage"), options);
    options.clear();
    owners.sorted().forEach((o, c) -> options.add(new String[] {o, o + " (" + c.datasets() + ")"}));
    select("owner", l.get("col.owner"), options);
    options.clear();
    for (Summary.BlockerCount b : s.allBlockers()) {
      options.add(new String[] {b.ruleId(), b.ruleId() + " " + (b.title() == null ? "" : b.title().best(lang))
          + " (" + b.datasets() + ")"});
    }
    select("blocker", l.get("col.blocker"), options);
    out.print("<span id=\"shown\" data-pattern=\"" + esc(l.get("html.shown")) + "\"></span>\n</div>\n");
  }

  private void select(String name, String label, List<String[]> options) {
    out.print("<label>" + esc(label) + " <select name=\"" + name + "\"><option value=\"\">" + esc(l.get("html.all"))
        + "</option>");
    for (String[] o : options) out.print("<option value=\"" + esc(o[0]) + "\">" + esc(o[1]) + "</option>");
    out.print("</select></label>\n");
  }

  @Override
  void dataset(long n, DatasetReport report) {
    String anchor = "d" + n;
    Assessment a = report.assessment();
    Spool d = details;
    String title = report.title(lang);
    d.write("<section class=\"dataset\" id=\"" + anchor + "\">\n<div class=\"head\"><h2>"
        + esc(title == null ? l.get("header.untitled") : title) + " <span class=\"id\">" + esc(a.getDatasetId())
        + "</span></h2>" + badge(a.getVerdict()) + "</div>\n");
    List<String> meta = new ArrayList<>();
    if (report.origin() != null && !run.single()) meta.add(l.format("field.origin", report.origin().label()));
    if (!meta.isEmpty()) d.write("<p class=\"meta\">" + esc(String.join(" · ", meta)) + "</p>\n");

    stages(d, a);
    d.write("<p class=\"explain\">" + esc(ReportTexts.explanation(a, l)) + "</p>\n");
    d.write("<dl class=\"facts\">\n");
    fact(d, l.get("field.stage"), ReportTexts.stage(a, lang));
    fact(d, l.get("field.nextGate"), ReportTexts.nextGate(a, l));
    fact(d, l.get("field.findings"), ReportTexts.counts(a, l));
    String scores = ReportTexts.scores(a, l);
    if (!scores.isEmpty()) fact(d, l.get("field.scores"), scores);
    d.write("</dl>\n");

    d.write("<ul class=\"gates\">\n");
    for (GateStatus g : a.getGates()) {
      String state = ReportTexts.gateState(g, l);
      d.write("<li class=\"g-" + g.getState().name().toLowerCase(java.util.Locale.ROOT) + "\"><span class=\"mark\">"
          + gateMark(g.getState()) + "</span> <span class=\"task\">" + esc(g.getGate().getTaskId()) + "</span> "
          + esc(l.of("gate", g.getGate())) + " <span class=\"muted\">– " + esc(state) + "</span></li>\n");
    }
    d.write("</ul>\n");

    if (a.getFindings().isEmpty()) d.write("<p class=\"none\">" + esc(l.get("findings.none")) + "</p>\n");
    for (Severity s : Severity.values()) {
      List<Finding> group = ReportTexts.findings(a, s);
      if (group.isEmpty()) continue;
      String cls = s.name().toLowerCase(java.util.Locale.ROOT);
      d.write("<div class=\"findings sev-" + cls + "\">\n<h3>" + esc(l.format("heading." + s.name(), group.size()))
          + "</h3>\n<ul>\n");
      for (Finding f : group) finding(d, f);
      d.write("</ul>\n</div>\n");
    }

    LicenceRecommendation r = a.getLicenceRecommendation();
    if (r != null) {
      d.write("<div class=\"licence\">\n<h3>" + esc(l.get("heading.licence")) + "</h3>\n<p><strong>"
          + esc(ReportTexts.licence(report, l)) + "</strong><br><span class=\"uri\">" + esc(r.getUri()) + "</span></p>\n");
      String reason = r.getReason().best(lang);
      if (!reason.isBlank()) d.write("<p>" + esc(reason) + "</p>\n");
      d.write("</div>\n");
    }

    List<NextStep> steps = a.getNextSteps();
    if (steps.isEmpty()) {
      d.write("<p class=\"none\">" + esc(l.get("nextSteps.none")) + "</p>\n");
    } else {
      d.write("<div class=\"steps\">\n<h3>" + esc(l.format("heading.nextSteps", steps.size())) + "</h3>\n<ol>\n");
      for (NextStep s : steps) {
        String status = ReportTexts.stepStatus(s, a, l);
        d.write("<li" + (s.isBlocking() ? " class=\"blocking\"" : "") + "><span class=\"task\">" + esc(s.getTaskId())
            + "</span> " + esc(s.getTitle().best(lang)) + "<br><span class=\"muted\">" + esc(status) + "</span></li>\n");
      }
      d.write("</ol>\n</div>\n");
    }

    if (!report.notes().isEmpty()) {
      d.write("<details class=\"notes\"><summary>" + esc(l.format("heading.sourceNotes", report.notes().size()))
          + "</summary>\n<ul>\n");
      for (ImportNote note : report.notes()) {
        d.write("<li><code>" + esc(note.code()) + "</code> " + esc(note.message().best(lang)) + " <span class=\"muted\">"
            + esc(note.subject()) + "</span></li>\n");
      }
      d.write("</ul>\n</details>\n");
    }
    if (!run.single()) d.write("<p class=\"totop\"><a href=\"#overview\">↑ " + esc(l.get("html.toOverview")) + "</a></p>\n");
    d.write("</section>\n");
  }

  private static void fact(Spool d, String term, String value) {
    d.write("<dt>" + esc(term) + "</dt><dd>" + esc(value) + "</dd>\n");
  }

  private void finding(Spool d, Finding f) {
    d.write("<li><div class=\"fhead\"><code>" + esc(f.getRuleId()) + "</code> <span class=\"task\">" + esc(f.getStep())
        + "</span> <strong>" + esc(f.getTitle().best(lang)) + "</strong></div>\n");
    String message = f.getMessage().best(lang);
    if (!message.isBlank()) d.write("<p>" + esc(message) + "</p>\n");
    String remedy = f.getRemedy().best(lang);
    if (!remedy.isBlank()) d.write("<p class=\"remedy\"><b>" + esc(l.get("finding.remedy")) + "</b> " + esc(remedy) + "</p>\n");
    List<String> more = new ArrayList<>();
    if (f.getSource() != null && !f.getSource().isBlank()) more.add(esc(l.get("finding.source")) + " " + esc(f.getSource()));
    if (f.getSubject() != null && !f.getSubject().isBlank() && !f.getSubject().equals("/")) {
      more.add(esc(l.get("finding.subject")) + " <code>" + esc(f.getSubject()) + "</code>");
    }
    if (!more.isEmpty()) d.write("<p class=\"muted small\">" + String.join(" · ", more) + "</p>\n");
    d.write("</li>\n");
  }

  /** The bar over the stages A1–C3: passed ones filled, the current one highlighted (red if blocked). */
  private void stages(Spool d, Assessment a) {
    d.write("<ol class=\"stages\" aria-label=\"" + esc(l.get("html.stages")) + "\">\n");
    for (StageStrip.Cell c : StageStrip.of(a)) {
      GuideStage st = c.stage();
      String state;
      String label;
      switch (c.state()) {
        case PASSED:
          state = "passed";
          label = l.get("html.stage.passed");
          break;
        case UNFINISHED:
          state = "unfinished";
          label = l.get("html.stage.unfinished");
          break;
        case CURRENT:
          state = "current";
          label = l.get("html.stage.current");
          break;
        case BLOCKED:
          state = "current blocked";
          label = l.get("html.stage.current");
          break;
        default:
          state = "todo";
          label = l.get("html.stage.todo");
      }
      if (c.newPhase()) state += " phase";
      boolean current = c.state() == StageStrip.State.CURRENT || c.state() == StageStrip.State.BLOCKED;
      d.write("<li class=\"" + state + "\"" + (current ? " aria-current=\"step\"" : "") + " title=\""
          + esc(st.getId() + " " + st.text(lang) + " – " + label) + "\"><span class=\"sid\">" + esc(st.getId())
          + "</span><span class=\"sname\">" + esc(st.text(lang)) + "</span></li>\n");
    }
    d.write("</ol>\n");
  }

  private String badge(Verdict v) {
    return "<span class=\"badge " + verdictClass(v) + "\">" + esc(l.of("verdict", v)) + "</span>";
  }

  private static String verdictClass(Verdict v) {
    switch (v) {
      case READY_TO_PUBLISH:
        return "v-ready";
      case PUBLISHED:
        return "v-published";
      case BLOCKED:
        return "v-blocked";
      case IN_PROGRESS:
        return "v-progress";
      default:
        return "v-done";
    }
  }

  private static String gateMark(GateState s) {
    switch (s) {
      case PASSED:
        return "✓";
      case BLOCKED:
        return "✗";
      case OPEN:
        return "○";
      default:
        return "–";
    }
  }

  /**
   * Escapes text for HTML content and attribute values: {@code & < > " '}.
   *
   * @param s the text
   * @return the escaped text
   */
  static String esc(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String r;
      switch (c) {
        case '&': r = "&amp;"; break;
        case '<': r = "&lt;"; break;
        case '>': r = "&gt;"; break;
        case '"': r = "&quot;"; break;
        case '\'': r = "&#39;"; break;
        default: r = null;
      }
      if (r == null) {
        if (sb != null) sb.append(c);
      } else {
        if (sb == null) sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        sb.append(r);
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** The script of the datasets table (a resource beside this class). */
  static final String SCRIPT = resource("datasets-table.js");
  /** The script's hash as the Content-Security-Policy names it: {@code 'sha256-…'}. */
  static final String SCRIPT_HASH = "'sha256-" + sha256(SCRIPT) + "'";

  private static String resource(String name) {
    try (InputStream in = HtmlWriter.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException(name + " is missing beside " + HtmlWriter.class.getName());
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the base64 SHA-256 of the text's UTF-8 bytes, as CSP hashes a script */
  static String sha256(String text) {
    try {
      return Base64.getEncoder().encodeToString(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private static final String CSS = String.join("\n",
      ":root{--ok:#15803d;--ok-bg:#dcfce7;--bad:#b91c1c;--bad-bg:#fee2e2;--warn:#b45309;--warn-bg:#fef3c7;"
          + "--info:#1d4ed8;--info-bg:#dbeafe;--muted:#6b7280;--line:#e5e7eb;--ink:#111827;--paper:#fff;--soft:#f9fafb}",
      "*{box-sizing:border-box}",
      "body{margin:0;font:15px/1.5 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,sans-serif;"
          + "color:var(--ink);background:var(--soft)}",
      "header.page{background:#0f2a4a;color:#fff;padding:1.25rem 2rem}",
      "header.page h1{margin:0 0 .25rem;font-size:1.5rem}",
      "header.page .meta{margin:0;color:#cbd5e1}",
      "main{max-width:1180px;margin:0 auto;padding:1rem 2rem 2rem}",
      "section{background:var(--paper);border:1px solid var(--line);border-radius:10px;padding:1rem 1.5rem;margin:1rem 0}",
      "h2{font-size:1.25rem;margin:.25rem 0 .75rem}",
      "h3{font-size:1.02rem;margin:1rem 0 .5rem}",
      "code{font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#f3f4f6;padding:0 .25em;"
          + "border-radius:4px;white-space:nowrap}",
      ".muted{color:var(--muted)}.small{font-size:.85rem}.none{color:var(--muted);font-style:italic}",
      ".counts{margin:.25rem 0 .75rem}",
      ".cards{display:flex;flex-wrap:wrap;gap:.75rem}",
      ".card{flex:1 1 150px;border-radius:8px;padding:.6rem .9rem;border:1px solid var(--line)}",
      ".card .big{display:block;font-size:1.8rem;font-weight:700;line-height:1.1}",
      ".card .lbl{font-size:.8rem;letter-spacing:.03em}",
      ".v-ready,.v-published{background:var(--ok-bg);color:var(--ok)}",
      ".v-blocked{background:var(--bad-bg);color:var(--bad)}",
      ".v-progress{background:var(--warn-bg);color:var(--warn)}",
      ".v-done{background:#f3f4f6;color:#374151}",
      ".badge{display:inline-block;font-size:.75rem;font-weight:700;letter-spacing:.03em;padding:.15rem .55rem;"
          + "border-radius:999px;white-space:nowrap}",
      ".stagechart{display:flex;gap:.5rem;align-items:flex-end;height:150px;padding:.25rem 0}",
      ".stagechart .col{flex:1;display:flex;flex-direction:column;align-items:center;height:100%}",
      ".stagechart .bar{flex:1;width:70%;display:flex;align-items:flex-end;background:#f3f4f6;border-radius:4px 4px 0 0}",
      ".stagechart .bar span{display:block;width:100%;background:#3b82f6;border-radius:4px 4px 0 0}",
      ".stagechart .n{font-size:.8rem;font-weight:600}.stagechart .sid{font-size:.8rem;color:var(--muted)}",
      ".two{display:grid;grid-template-columns:1fr 1fr;gap:1.5rem}",
      "@media (max-width:800px){.two{grid-template-columns:1fr}}",
      "table{border-collapse:collapse;width:100%;font-size:.9rem}",
      "th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}",
      "th{background:#f3f4f6;font-weight:600}",
      "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}",
      ".scroll{overflow-x:auto}",
      // Nine columns fit a 1280-pixel page: long ids and the top blocker wrap instead of widening it.
      "table.datasets{font-size:.85rem}table.datasets th,table.datasets td{padding:.35rem .4rem}",
      "table.datasets td:nth-child(2){min-width:7rem;max-width:12rem}",
      "table.datasets td:nth-child(2) code{white-space:normal;overflow-wrap:break-word}",
      "table.datasets td:nth-child(8){min-width:9rem}",
      ".filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:flex-end;margin:0 0 .75rem;font-size:.85rem}",
      ".filters label{display:flex;flex-direction:column;gap:.15rem;color:var(--muted)}",
      ".filters select{font:inherit;color:var(--ink);max-width:18rem}#shown{color:var(--muted);margin-left:auto}",
      "table.datasets th.sortable{cursor:pointer}table.datasets th.sortable:focus-visible{outline:2px solid #1d4ed8}",
      "table.datasets th[aria-sort=ascending]::after{content:\" ▲\"}table.datasets th[aria-sort=descending]::after{content:\" ▼\"}",
      "table.datasets tr.group th{background:#e5e7eb;font-size:.9rem}",
      "section.owner{background:none;border:none;padding:.5rem 0 0;margin:1.5rem 0 0}section.owner .meta{color:var(--muted)}",
      "ol.closest{padding-left:1.4rem;margin:0}ol.closest li{margin:.3rem 0}",
      ".errors{border-color:#fca5a5}.errors li{margin:.25rem 0}",
      ".dataset .head{display:flex;align-items:center;gap:.75rem;flex-wrap:wrap}",
      ".dataset .head h2{margin:0}.dataset .id{font-size:.9rem;color:var(--muted);font-weight:400}",
      ".dataset .meta{color:var(--muted);margin:.25rem 0}",
      "ol.stages{display:flex;list-style:none;padding:0;margin:1rem 0 .5rem;gap:3px}",
      "ol.stages li{flex:1;min-width:0;background:#e5e7eb;color:#4b5563;padding:.4rem .45rem;text-align:center}",
      "ol.stages li.phase{margin-left:10px}",
      "ol.stages li:first-child{border-radius:8px 0 0 8px}ol.stages li:last-child{border-radius:0 8px 8px 0}",
      "ol.stages .sid{display:block;font-weight:700;font-size:.9rem}",
      "ol.stages .sname{display:block;font-size:.7rem;line-height:1.2;overflow-wrap:anywhere}",
      "ol.stages li.passed{background:#16a34a;color:#fff}",
      "ol.stages li.unfinished{background:#fef3c7;color:#92400e;outline:1px dashed #d97706;outline-offset:-3px}",
      "ol.stages li.current{background:#2563eb;color:#fff;box-shadow:0 0 0 3px #93c5fd;position:relative;z-index:1}",
      "ol.stages li.current.blocked{background:#dc2626;box-shadow:0 0 0 3px #fca5a5}",
      ".explain{margin:.25rem 0 .75rem;font-weight:500}",
      "dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.5rem 0}",
      "dl.facts dt{color:var(--muted)}dl.facts dd{margin:0}",
      "ul.gates{list-style:none;padding:0;margin:.5rem 0;display:flex;flex-wrap:wrap;gap:.4rem}",
      "ul.gates li{border:1px solid var(--line);border-radius:6px;padding:.2rem .55rem;font-size:.85rem}",
      "ul.gates .mark{font-weight:700}",
      ".g-passed .mark{color:var(--ok)}.g-blocked{border-color:#fca5a5!important;background:var(--bad-bg)}"
          + ".g-blocked .mark{color:var(--bad)}.g-open .mark{color:var(--warn)}",
      ".task{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:#374151}",
      ".findings ul{list-style:none;padding:0;margin:0}",
      ".findings li{border-left:4px solid var(--line);padding:.4rem .75rem;margin:.5rem 0;background:var(--soft);border-radius:0 6px 6px 0}",
      ".findings li p{margin:.2rem 0}",
      ".sev-blocker h3{color:var(--bad)}.sev-blocker li{border-left-color:var(--bad);background:#fff5f5}",
      ".sev-warning h3{color:var(--warn)}.sev-warning li{border-left-color:#f59e0b}",
      ".sev-recommendation h3{color:var(--info)}.sev-recommendation li{border-left-color:#60a5fa}",
      ".sev-info li{border-left-color:#9ca3af}",
      ".remedy b{color:var(--ok)}",
      ".licence .uri{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted)}",
      ".steps ol{padding-left:1.6rem}.steps li{margin:.3rem 0}.steps li.blocking::marker{color:var(--bad);font-weight:700}",
      ".steps li.blocking .task{color:var(--bad);font-weight:700}",
      "details.notes{margin:.75rem 0}details.notes summary{cursor:pointer;color:var(--muted)}",
      ".totop{margin:.75rem 0 0;font-size:.85rem}a{color:#1d4ed8}",
      "footer{max-width:1180px;margin:0 auto;padding:0 2rem 2rem;color:var(--muted);font-size:.8rem}",
      // Print on A4, checked by printing to PDF in headless Chromium: the summary first, each dataset
      // from a new page and a typical one on one page (warnings and recommendations in two columns,
      // a recommendation's fix without its explanation), no table row or finding cut, an id broken
      // only at its hyphens, a stage's name never inside a word.
      "@page{size:A4;margin:8mm 10mm}",
      "@media print{"
          + "body{background:#fff;font-size:8.5pt;line-height:1.25}"
          + "main{max-width:none;padding:0}"
          + "header.page{background:#fff;color:#000;padding:0 0 .3rem;border-bottom:2px solid #0f2a4a}"
          + "header.page h1{font-size:1.2rem}"
          + "header.page .meta{color:#374151}"
          + "section{border:none;border-radius:0;padding:0;margin:0 0 .5rem}"
          + "section.dataset,section.owner{break-before:page}section.owner+section.dataset{break-before:avoid}"
          + ".filters{display:none}"
          + "table.datasets{font-size:7pt}table.datasets th,table.datasets td{padding:.2rem .25rem}"
          + "table.datasets td:nth-child(2),table.datasets td:nth-child(8){min-width:0}"
          + "main>section.dataset:first-child{break-before:auto}"
          + "h2{font-size:1.05rem;margin:.2rem 0 .4rem}"
          + "h3{font-size:.85rem;margin:.3rem 0 .15rem;break-after:avoid}"
          + "code{font-size:7.5pt}"
          + ".task{font-size:7pt}"
          + "table{font-size:7.5pt}"
          + "thead{display:table-header-group}"
          + "tr,li,.fhead,dl.facts,ol.stages,ul.gates,.card,footer{break-inside:avoid}"
          + ".dataset .head h2{font-size:1.05rem}"
          + "ol.stages{margin:.3rem 0}"
          + "ol.stages li{padding:.1rem .1rem;box-shadow:none!important}"
          + "ol.stages .sid{font-size:7.5pt}"
          + "ol.stages .sname{font-size:5.5pt;overflow-wrap:normal}"
          + ".explain{margin:.2rem 0 .3rem}"
          + "dl.facts{margin:.3rem 0;gap:0 .8rem}"
          + "ul.gates{margin:.3rem 0;gap:.25rem}"
          + "ul.gates li{font-size:7.5pt;padding:.05rem .4rem}"
          + ".findings ul{columns:2;column-gap:.6rem}.sev-blocker ul{columns:1}"
          + ".findings li{padding:.15rem .4rem;margin:0 0 .25rem;font-size:7.5pt}"
          + ".findings li p{margin:.05rem 0}"
          + ".sev-recommendation li>p:not(.remedy),.sev-info li>p:not(.remedy){display:none}"
          + ".findings li p.muted.small{font-size:6.5pt}"
          + ".licence p{margin:.1rem 0}"
          + ".steps ol{margin:.2rem 0}"
          + ".steps li{margin:.1rem 0}"
          + ".totop,details.notes summary::marker{display:none}"
          + ".stagechart{height:80px}"
          + ".two{grid-template-columns:1fr 1fr;gap:1rem}"
          + ".scroll{overflow:visible}"
          + "a{color:inherit;text-decoration:none}"
          + "footer{padding:.3rem 0 0;max-width:none;font-size:6.5pt}"
          + "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}",
      "");
}
