package se.odis.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What comes from the input shows as written in Markdown and HTML. */
class EscapingTest {
  @Test
  void markdownCodeSpan_fencesLongerThanAnyBacktickRun() {
    assertThat(Markdown.code("PD-003")).isEqualTo("`PD-003`");
    assertThat(Markdown.code("a``b")).isEqualTo("```a``b```");
    assertThat(Markdown.code("`")).isEqualTo("`` ` ``");
    assertThat(Markdown.cellCode("a|b")).isEqualTo("`a\\|b`");
    assertThat(Markdown.code("rad\nrad")).isEqualTo("`rad rad`");
  }

  @Test
  void htmlEsc_escapesTheFiveCharacters() {
    assertThat(HtmlWriter.esc("a<b>&\"'c")).isEqualTo("a&lt;b&gt;&amp;&quot;&#39;c");
    assertThat(HtmlWriter.esc("plain åäö")).isEqualTo("plain åäö");
  }
}
