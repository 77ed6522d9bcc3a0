package se.odis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.odis.model.Dataset;
import se.odis.model.DatasetReader;
import se.odis.model.InputProblem;
import se.odis.rules.Assessor;

/** What comes from the input shows as written in Markdown and HTML. */
class EscapingTest {
  /** What a red team put in every text of a dataset and of a file that could not be read. */
  private static final String HOSTILE = "<script>alert('x')</script> \"><img src=x onerror=alert(1)> javascript:alert(1) & \u2028 ' end";
  /** Every element the templates write: anything else in the page came from the input. */
  private static final Set<String> OURS = Set.of("!DOCTYPE", "html", "head", "meta", "title", "style", "body", "header", "h1",
      "h2", "h3", "p", "main", "section", "div", "span", "table", "thead", "tbody", "tr", "th", "td", "code", "a", "ol",
      "ul", "li", "strong", "br", "label", "select", "option", "dl", "dt", "dd", "b", "details", "summary", "footer",
      "script");
  /** A tag: its name, and its attributes, whose quoted values may hold a {@code >}. */
  private static final Pattern TAG = Pattern.compile("<(/?)([!A-Za-z][^\\s>/]*)((?:[^>\"]|\"[^\"]*\")*)>");

  @Test
  void markdownCodeSpan_fencesLongerThanAnyBacktickRun() {
    assertThat(Markdown.code("PD-003")).isEqualTo("`PD-003`");
    assertThat(Markdown.code("a``b")).isEqualTo("```a``b```");
    assertThat(Markdown.code("`")).isEqualTo("`` ` ``");
    assertThat(Markdown.cellCode("a|b")).isEqualTo("`a\\|b`");
    assertThat(Markdown.code("rad\nrad")).isEqualTo("`rad rad`");
  }

  @Test
  void html_hostileTextsInEveryPlace_areTextAndAttributeValues_neverMarkup() throws Exception {
    String json = "{\"id\": \"evil-1\", \"title\": {\"sv\": " + quote(HOSTILE) + "}, \"roles\": {\"owner\": " + quote(HOSTILE)
        + "}, \"licence\": " + quote(HOSTILE) + "}";
    Dataset d = DatasetReader.strict().read(json, "evil.json");
    DatasetReport report = DatasetReport.of(d, Assessor.create().assess(d, Examples.AS_OF)).withOrigin(Origin.of(HOSTILE + ".json"));
    for (boolean grouped : new boolean[] {false, true}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (PortfolioReport r = Reports.writer(Format.HTML, ReportOptions.builder().groupByOwner(grouped).build()).open(out)) {
        r.add(report);
        r.failed(new InputProblem(HOSTILE + ".json", 3, 14, "/" + HOSTILE, HOSTILE, HOSTILE));
        r.finish();
      }
      String html = out.toString(StandardCharsets.UTF_8);

      // As text (title, owner cell, headings, the error), escaped for text: < & > only.
      assertThat(html).contains("<h2>&lt;script&gt;alert('x')&lt;/script&gt; \"&gt;&lt;img src=x onerror=alert(1)&gt; "
          + "javascript:alert(1) &amp; \u2028 ' end <span class=\"id\">evil-1</span></h2>");
      // In attributes (the owner the filter matches, its option), escaped for attributes: no quote ends the value.
      assertThat(html).contains(" data-owner=\"&lt;script>alert(&#39;x&#39;)&lt;/script> &#34;>&lt;img src=x "
          + "onerror=alert(1)> javascript:alert(1) &amp; \u2028 &#39; end\"");
      Set<String> elements = new TreeSet<>();
      Matcher m = TAG.matcher(html.replace(HtmlWriter.SCRIPT, ""));
      while (m.find()) {
        elements.add(m.group(2));
        // Every attribute is a name and a double-quoted value (or none): nothing from the input opened another.
        assertThat(m.group(3)).as(m.group()).matches("(\\s+[a-z-]+(=\"[^\"]*\")?)*\\s*");
        // and no event handler among the names (the values are text, whatever they say).
        assertThat(m.group(3).replaceAll("\"[^\"]*\"", "\"\"")).as(m.group()).doesNotContainPattern("\\son[a-z]+=");
      }
      assertThat(OURS).containsAll(elements);
      assertThat(html.split("<script>", -1)).as("only the table's script").hasSize(2);
    }
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
