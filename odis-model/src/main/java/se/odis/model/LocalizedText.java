package se.odis.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A text in one or more languages, keyed by language tag ({@code sv}, {@code en}, …). In JSON it
 * is an object: {@code {"sv": "Parkeringsplatser", "en": "Parking spaces"}}.
 *
 * <p>Immutable; languages are kept in sorted order so that output is deterministic.
 */
public final class LocalizedText {
  private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
  private static final LocalizedText EMPTY = new LocalizedText(Map.of());

  private final Map<String, String> texts;

  private LocalizedText(Map<String, String> texts) {
    this.texts = Collections.unmodifiableMap(new TreeMap<>(texts));
  }

  /**
   * Creates a text from a map of language tag to text.
   *
   * @param texts language tag to text; tags must look like {@code sv} or {@code en-GB}
   * @return the text
   * @throws IllegalArgumentException if a tag is malformed or a text is null
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static LocalizedText of(Map<String, String> texts) {
    Objects.requireNonNull(texts, "texts");
    for (Map.Entry<String, String> e : texts.entrySet()) {
      if (e.getKey() == null || !LANGUAGE_TAG.matcher(e.getKey()).matches()) {
        throw new IllegalArgumentException(
            "language tag '" + e.getKey() + "' is not a language code"
                + "; expected a tag such as \"sv\", \"en\" or \"en-GB\"");
      }
      if (e.getValue() == null) {
        throw new IllegalArgumentException(
            "text for language '" + e.getKey() + "' is null; expected a string");
      }
    }
    return texts.isEmpty() ? EMPTY : new LocalizedText(texts);
  }

  /**
   * Creates a Swedish and English text.
   *
   * @param sv the Swedish text
   * @param en the English text
   * @return the text
   */
  public static LocalizedText of(String sv, String en) {
    Objects.requireNonNull(sv, "sv");
    Objects.requireNonNull(en, "en");
    // The tags are known to be valid: no need to check them as of(Map) must.
    TreeMap<String, String> texts = new TreeMap<>();
    texts.put("en", en);
    texts.put("sv", sv);
    return new LocalizedText(texts);
  }

  /** @return a text with no languages */
  public static LocalizedText empty() {
    return EMPTY;
  }

  /** @return the texts by language tag, sorted by tag; unmodifiable */
  @JsonValue
  public Map<String, String> getTexts() {
    return texts;
  }

  /**
   * Returns the text in a language, or null.
   *
   * @param language a language tag such as {@code sv}
   * @return the text, or null when there is none in that language
   */
  public @Nullable String get(String language) {
    return texts.get(language);
  }

  /**
   * Returns the text in the wanted language, else Swedish, else English, else any.
   *
   * @param language the wanted language tag
   * @return the best text, or the empty string if there is none
   */
  public String best(String language) {
    String t = texts.get(language);
    if (t == null) t = texts.get(language.toLowerCase(Locale.ROOT));
    // A blank text in the wanted language is no text: fall back as if it were absent.
    if (t == null || t.isBlank()) t = texts.get("sv");
    if (t == null || t.isBlank()) t = texts.get("en");
    if (t == null || t.isBlank()) t = texts.values().stream().filter(v -> !v.isBlank()).findFirst().orElse(null);
    return t == null ? "" : t;
  }

  /**
   * Tells whether there is a non-blank text in a language.
   *
   * @param language a language tag
   * @return true if the language has a text that is not blank
   */
  public boolean has(String language) {
    String t = texts.get(language);
    return t != null && !t.isBlank();
  }

  /**
   * Tells whether there is a non-blank text in a language or one of its regional variants:
   * {@code covers("sv")} is true for a text tagged {@code sv} or {@code sv-SE}.
   *
   * @param language a primary language tag such as {@code sv}
   * @return true if such a text exists
   */
  public boolean covers(String language) {
    String prefix = language.toLowerCase(java.util.Locale.ROOT) + "-";
    for (Map.Entry<String, String> e : texts.entrySet()) {
      String tag = e.getKey().toLowerCase(java.util.Locale.ROOT);
      if ((tag.equals(prefix.substring(0, prefix.length() - 1)) || tag.startsWith(prefix)) && !e.getValue().isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** @return true if no language has a text that is not blank */
  public boolean isBlank() {
    return texts.values().stream().allMatch(String::isBlank);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LocalizedText && ((LocalizedText) o).texts.equals(texts);
  }

  @Override
  public int hashCode() {
    return texts.hashCode();
  }

  @Override
  public String toString() {
    return texts.toString();
  }
}
