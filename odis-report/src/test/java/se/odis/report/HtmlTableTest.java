package se.odis.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The datasets table of the HTML report: its script is allowed by the page's policy by its hash
 * and runs in Chromium (filters shown, rows counted); a script that is not the one hashed is
 * refused; the rows carry what the filters need; and a portfolio grouped by owner.
 */
class HtmlTableTest {
  private static final Pattern SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);
  private static final Pattern CSP = Pattern.compile("http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\"");

  @TempDir Path dir;

  @Test
  void portfolio_theOnlyScriptIsAllowedByItsHash() throws Exception {
    String html = html(ReportOptions.defaults(), Examples.reports());

    Matcher m = SCRIPT.matcher(html);
    assertThat(m.find()).isTrue();
    String script = m.group(1);
    String tag = m.group(0);
    assertThat(m.find()).as("one script").isFalse();
    Matcher csp = CSP.matcher(html);
    assertThat(csp.find()).isTrue();
    assertThat(csp.group(1)).isEqualTo("default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-"
        + HtmlWriter.sha256(script) + "'");
    // No other way for script into the page: no event handler attribute, no javascript: link.
    String rest = html.replace(tag, "");
    assertThat(rest).doesNotContainPattern("(?i)<[^>]+\\son[a-z]+\\s*=").doesNotContain("javascript:");
  }

  @Test
  void oneDataset_hasNoScript() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Reports.writer(Format.HTML, ReportOptions.defaults()).write(Examples.blocked(), out);
    String html = out.toString(StandardCharsets.UTF_8);

    assertThat(html).doesNotContain("<script").contains("content=\"default-src 'none'; style-src 'unsafe-inline'\"");
  }

  @Test
  void rows_carryWhatTheFiltersNeed_andTheFiltersAreHiddenWithoutTheScript() throws Exception {
    String html = html(ReportOptions.defaults(), Examples.reports());

    assertThat(html).contains("<tr data-verdict=\"BLOCKED\" data-stage=\"B2\" data-owner=\"Byggnadsnämnden\" data-blockers=\"PD-003\">")
        .contains("data-owner=\"(ingen ägare angiven)\"")
        .contains("<div id=\"filters\" class=\"filters\" hidden>")
        .contains("<option value=\"PD-003\">PD-003 ");
  }

  @Test
  void inChromium_theScriptRuns_andAnAlteredScriptIsRefused() throws Exception {
    assumeTrue(Files.isExecutable(HtmlPrintTest.CHROMIUM), HtmlPrintTest.CHROMIUM + " is absent: this test needs headless"
        + " Chromium (apt-get install chromium, or set ODIS_CHROMIUM)");
    String html = html(ReportOptions.builder().language(Language.EN).build(), Examples.reports());

    String dom = dom(html, "ok");
    assertThat(dom).contains("<div id=\"filters\" class=\"filters\">")
        .contains("3 of 3 datasets shown")
        .contains("<th tabindex=\"0\" class=\"sortable\">Verdict</th>");
    // One character more in the script: its hash no longer matches, and the policy refuses it.
    String altered = dom(html.replace("\"use strict\";", "\"use strict\"; "), "altered");
    assertThat(altered).contains("<div id=\"filters\" class=\"filters\" hidden=\"\">").doesNotContain("tabindex");
  }

  @Test
  void inChromium_groupedByOwner_theScriptRunsOverEachOwnersBody() throws Exception {
    assumeTrue(Files.isExecutable(HtmlPrintTest.CHROMIUM), HtmlPrintTest.CHROMIUM + " is absent: this test needs headless"
        + " Chromium (apt-get install chromium, or set ODIS_CHROMIUM)");
    ReportOptions grouped = ReportOptions.builder().language(Language.EN).groupByOwner(true).build();
    String html = html(grouped, Examples.reports());

    // Each owner's rows are a body of their own, closed before the next.
    int table = html.indexOf("<table class=\"datasets\">");
    String datasets = html.substring(table, html.indexOf("</table>", table));
    assertThat(datasets.split("<tbody>", -1)).hasSize(4);
    assertThat(datasets.split("</tbody>", -1)).hasSize(4);
    String dom = dom(html, "grouped");
    assertThat(dom).contains("<div id=\"filters\" class=\"filters\">").contains("3 of 3 datasets shown")
        .contains("<th tabindex=\"0\" class=\"sortable\">Verdict</th>");
  }

  @Test
  void groupedByOwner_eachOwnerHeadsItsRowsAndItsDatasets_noOwnerLast() throws Exception {
    ReportOptions grouped = ReportOptions.builder().language(Language.EN).groupByOwner(true).build();
    String html = html(grouped, Examples.reports());

    assertThat(positions(html, "<tr class=\"group\"><th colspan=\"10\" scope=\"rowgroup\">Byggnadsnämnden",
        "href=\"#d1\"", "<tr class=\"group\"><th colspan=\"10\" scope=\"rowgroup\">Trafiknämnden",
        "<tr class=\"group\"><th colspan=\"10\" scope=\"rowgroup\">(no owner given)"))
        .isSorted();
    assertThat(positions(html, "<section class=\"owner\">\n<h2>Byggnadsnämnden</h2>", "<section class=\"dataset\" id=\"d1\"",
        "<section class=\"owner\">\n<h2>Trafiknämnden</h2>", "<section class=\"dataset\" id=\"d3\"",
        "<section class=\"owner\">\n<h2>(no owner given)</h2>", "<section class=\"dataset\" id=\"d2\""))
        .isSorted();
    assertThat(html).contains("<h3>By owner</h3>").contains("1 dataset, 1 with blockers");
  }

  @Test
  void markdown_groupedByOwner_aTablePerOwner() throws Exception {
    ReportOptions grouped = ReportOptions.builder().language(Language.EN).groupByOwner(true).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Reports.writer(Format.MARKDOWN, grouped).write(Examples.reports(), out);
    String md = out.toString(StandardCharsets.UTF_8);

    assertThat(positions(md, "### By owner", "\n### Byggnadsnämnden (1 dataset, 1 with blockers)\n\n| \\# | Id |",
        "| 1 | `exempelkommun-bygglov-02` |", "\n### Trafiknämnden (", "| 3 | `exempelkommun-parkering-01` |",
        "\n### (no owner given) (", "| 2 | `exempelkommun-lekplatser-03` |", "\n## Byggnadsnämnden\n",
        "## Building permit applications", "\n## Trafiknämnden\n", "\n## (no owner given)\n")).isSorted();
  }

  private static List<Integer> positions(String text, String... parts) {
    List<Integer> at = new ArrayList<>();
    for (String p : parts) {
      int i = text.indexOf(p);
      assertThat(i).as("%s is in the report", p).isNotNegative();
      at.add(i);
    }
    return at;
  }

  private String dom(String html, String name) throws Exception {
    Path page = Files.writeString(dir.resolve(name + ".html"), html);
    Path dom = dir.resolve(name + ".dom");
    Process p = new ProcessBuilder(HtmlPrintTest.CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--user-data-dir=" + dir.resolve("profile-" + name), "--dump-dom", page.toUri().toString())
        .redirectErrorStream(false).redirectOutput(dom.toFile()).redirectError(dir.resolve(name + ".log").toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium ran within 2 minutes").isTrue();
    return Files.readString(dom);
  }

  private static String html(ReportOptions options, List<DatasetReport> reports) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Reports.writer(Format.HTML, options).write(reports, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
