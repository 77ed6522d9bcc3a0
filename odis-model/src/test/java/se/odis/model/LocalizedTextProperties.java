package se.odis.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Texts by language: valid tags are kept as given, invalid ones refused, and the best text found. */
class LocalizedTextProperties {

  @Provide
  Arbitrary<String> tags() {
    Arbitrary<String> primary = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(3);
    Arbitrary<String> subtag = Arbitraries.strings().alpha().numeric().ofMinLength(2).ofMaxLength(8);
    return Combinators.combine(primary, subtag.list().ofMaxSize(2))
        .as((p, subs) -> p + subs.stream().map(s -> "-" + s).reduce("", String::concat));
  }

  @Provide
  Arbitrary<Map<String, String>> texts() {
    return Arbitraries.maps(
        Arbitraries.oneOf(tags(), Arbitraries.of("sv", "en", "en-GB")), DatasetArbitraries.texts()).ofMaxSize(4);
  }

  @Property(tries = 300)
  void of_validTags_keepsEveryTextSortedByTag(@ForAll("texts") Map<String, String> texts) {
    LocalizedText t = LocalizedText.of(texts);
    assertThat(t.getTexts()).isEqualTo(texts);
    List<String> tags = new ArrayList<>(t.getTexts().keySet());
    assertThat(tags).isSorted();
    texts.forEach((tag, text) -> assertThat(t.get(tag)).isEqualTo(text));
  }

  @Property(tries = 300)
  void json_anyText_roundTrips(@ForAll("texts") Map<String, String> texts) throws JsonProcessingException {
    LocalizedText t = LocalizedText.of(texts);
    String json = OdisJson.mapper().writeValueAsString(t);
    assertThat(OdisJson.mapper().readValue(json, LocalizedText.class)).isEqualTo(t);
  }

  @Property(tries = 300)
  void best_languagePresent_isThatLanguagesText(@ForAll("texts") Map<String, String> texts) {
    LocalizedText t = LocalizedText.of(texts);
    // A blank text counts as no text (best falls back instead of returning blanks).
    texts.forEach((tag, text) -> {
      if (!text.isBlank()) assertThat(t.best(tag)).as("best(%s) of %s", tag, texts).isEqualTo(text);
    });
  }

  @Example
  void best_regionalTagWithCapitals_findsThatText() {
    LocalizedText t = LocalizedText.of(Map.of("sv", "Lekplatser", "en-GB", "Playgrounds"));
    assertThat(t.best("en-GB")).isEqualTo("Playgrounds");
    assertThat(t.best("SV")).isEqualTo("Lekplatser");
    assertThat(t.best("fi")).isEqualTo("Lekplatser");
  }

  @Property(tries = 300)
  void best_languageAbsent_fallsBackToSwedishThenEnglishThenAny(
      @ForAll("texts") Map<String, String> texts, @ForAll("tags") String wanted) {
    Map<String, String> without = new HashMap<>(texts);
    without.remove(wanted);
    without.remove(wanted.toLowerCase(java.util.Locale.ROOT));
    LocalizedText t = LocalizedText.of(without);
    without.values().removeIf(String::isBlank);
    String best = t.best(wanted);
    if (without.containsKey("sv")) {
      assertThat(best).isEqualTo(without.get("sv"));
    } else if (without.containsKey("en")) {
      assertThat(best).isEqualTo(without.get("en"));
    } else if (without.isEmpty()) {
      assertThat(best).isEmpty();
    } else {
      assertThat(without).containsValue(best);
    }
  }

  @Property(tries = 300)
  void of_invalidTag_isRefusedNamingTheTag(
      @ForAll("invalidTags") String tag, @ForAll("texts") Map<String, String> others) {
    Map<String, String> texts = new HashMap<>(others);
    texts.put(tag, "text");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LocalizedText.of(texts))
        .withMessageContaining("'" + tag + "'")
        .withMessageContaining("; expected ");
  }

  @Provide
  Arbitrary<String> invalidTags() {
    return Arbitraries.oneOf(
            Arbitraries.of("", "s", "SV", "Swedish", "sv_SE", "sv-", "-sv", "sv-x", "svenska", "sv-SE-", " sv",
                "sv-toolongsubtag"),
            Arbitraries.strings().ofMaxLength(12))
        .filter(s -> !s.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*"));
  }
}
