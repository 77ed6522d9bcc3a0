package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.cli.Cli.BLOCKED;
import static se.odis.cli.Cli.PHASE_A;
import static se.odis.cli.Cli.READY;
import static se.odis.cli.Cli.odis;
import static se.odis.cli.Fixtures.AS_OF;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.odis.cli.Cli.Result;

/**
 * {@code --format html}: one self-contained page. Checked for structure here (a browser is not
 * needed); bench/html-screenshot.sh shows it in headless Chromium.
 */
class HtmlReportTest {
  @TempDir Path dir;

  private String portfolioHtml(String lang) {
    Path p = Fixtures.ndjson(dir.resolve("p.ndjson"), List.of(
        Fixtures.line(READY), "{\"id\": \"x\", \"secrecy\": \"MAYBE\"}", Fixtures.line(BLOCKED), Fixtures.line(PHASE_A)));
    Result r = odis("assess", "-q", "--format", "html", "--lang", lang, "--as-of", AS_OF, p.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    return r.out();
  }

  @Test
  void html_isOneSelfContainedPage_withOnlyTheTablesScript_andNoExternalRequests() {
    String page = portfolioHtml("sv");
    // The one script (sorting and filtering the datasets table), allowed by its hash; odis-report tests it.
    Matcher script = Pattern.compile("<script>[^<]*</script>\n").matcher(page);
    assertThat(script.find()).isTrue();
    String html = page.replace(script.group(), "");

    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"sv\">").endsWith("</html>\n");
    assertThat(html).contains("<meta charset=\"utf-8\">", "<style>", "Content-Security-Policy", "default-src 'none'",
        "script-src 'sha256-");
    assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link")
        .doesNotContainIgnoringCase("<img").doesNotContainIgnoringCase("<iframe").doesNotContain("@import")
        .doesNotContain("url(");
    Matcher m = Pattern.compile("(?i)\\b(?:src|href|action)\\s*=\\s*\"([^\"]*)\"").matcher(html);
    while (m.find()) {
      assertThat(m.group(1)).as("every link stays in the page").startsWith("#");
    }
    assertThat(html.split("<html", -1)).hasSize(2);
  }

  @Test
  void html_portfolio_hasEverySection() {
    String html = portfolioHtml("sv");

    assertThat(html).contains("<section class=\"overview\" id=\"overview\">", "<h2>Sammanfattning</h2>",
        "<div class=\"cards\">", "<div class=\"stagechart\">", "Vanligaste blockerande anmärkningar",
        "Närmast publicering", "<section id=\"datasets\">", "<table class=\"datasets\">",
        "<section id=\"errors\" class=\"errors\">", "Kunde inte läsas (1)", "/secrecy");
    assertThat(count(html, "<section class=\"dataset\"")).isEqualTo(3);
    assertThat(count(html, "<ol class=\"stages\"")).isEqualTo(3);
    assertThat(count(html, "<tr data-verdict=")).isEqualTo(3);
    assertThat(html).contains("<a href=\"#d2\">");
    assertThat(html).contains("id=\"d2\"");
  }

  @Test
  void html_dataset_blockersComeFirst_thenOtherFindings_licence_andNextSteps() {
    String html = portfolioHtml("en");
    String blocked = html.substring(html.indexOf("id=\"d2\""), html.indexOf("id=\"d3\""));

    int stages = blocked.indexOf("<ol class=\"stages\"");
    int blockers = blocked.indexOf("sev-blocker");
    int warnings = blocked.indexOf("sev-warning");
    int licence = blocked.indexOf("class=\"licence\"");
    int steps = blocked.indexOf("class=\"steps\"");
    assertThat(stages).isPositive();
    assertThat(blockers).isGreaterThan(stages);
    assertThat(warnings).isGreaterThan(blockers);
    assertThat(licence).isGreaterThan(warnings);
    assertThat(steps).isGreaterThan(licence);
    assertThat(blocked).contains("Blockers – must be fixed (1)", "PD-003", "Recommended: CC0-1.0", "Next steps");
  }

  @Test
  void html_stageBar_fillsPassedStagesAndHighlightsTheCurrentOne() {
    String html = odis("assess", "--format", "html", "--as-of", AS_OF, BLOCKED).out();
    String bar = html.substring(html.indexOf("<ol class=\"stages\""), html.indexOf("</ol>", html.indexOf("<ol class=\"stages\"")));

    assertThat(count(bar, "<li class=\"passed")).isEqualTo(4);          // A1 A2 A3 B1
    assertThat(bar).contains("<li class=\"current blocked\" aria-current=\"step\"");
    assertThat(bar.indexOf("aria-current")).isGreaterThan(bar.indexOf(">B1<")).isLessThan(bar.indexOf(">B3<"));
    assertThat(count(bar, "<li class=\"todo")).isEqualTo(4);            // B3 C1 C2 C3
    assertThat(count(bar, "<span class=\"sid\">")).isEqualTo(9);
  }

  @Test
  void html_single_hasNoOverview() {
    String html = odis("assess", "--format", "html", "--lang", "en", "--as-of", AS_OF, READY).out();

    assertThat(html).contains("<html lang=\"en\">", "Parking spaces", "READY TO PUBLISH")
        .doesNotContain("id=\"overview\"", "id=\"datasets\"");
  }

  @Test
  void html_escapesEveryTextFromTheInput() {
    Path f = Fixtures.write(dir.resolve("x.json"), "{\"id\": \"x<y>\", \"title\": {\"sv\": \"<script>alert('x')</script> & \\\"mer\\\"\"}}");
    Path g = Fixtures.write(dir.resolve("y.json"), "{\"id\": \"<img src=x>\"}");

    String page = odis("assess", "-q", "--format", "html", f.toString(), g.toString()).out();
    String html = page.replaceAll("<script>[^<]*</script>\n</body>", "</body>"); // the table's own script

    assertThat(html).doesNotContain("<script>", "<img", "x<y>")
        // Escaped by jte for where each is: in text < > & (a quote ends nothing there); EscapingTest has attributes.
        .contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; \"mer\"", "x&lt;y&gt;", "&lt;img src=x&gt;");
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
    return n;
  }
}
