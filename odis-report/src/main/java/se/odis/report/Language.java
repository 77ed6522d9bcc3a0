package se.odis.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages a report is written in. Its fixed words come from the report's own labels; the
 * texts of findings and guide tasks are taken in this language from the assessment, falling back to
 * Swedish where a rule has no text in it.
 */
public enum Language {
  /** Swedish, the default. */
  SV("sv"),
  /** English. */
  EN("en");

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  /** @return the language tag, e.g. {@code sv}, as {@code LocalizedText.best(...)} takes it */
  public String tag() {
    return tag;
  }

  /** @return the locale of the language (numbers and dates in messages) */
  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  /**
   * Finds a language by its tag, in any case.
   *
   * @param tag {@code sv} or {@code en}
   * @return the language, or empty if reports are not written in it
   */
  public static Optional<Language> byTag(String tag) {
    return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag.strip())).findFirst();
  }

  /** @return {@link #tag()} */
  @Override
  public String toString() {
    return tag;
  }
}
