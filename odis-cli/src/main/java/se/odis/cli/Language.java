package se.odis.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The languages reports are written in. Texts the rules lack in a language fall back to Swedish. */
enum Language {
  SV("sv"),
  EN("en");

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  /** @return the language tag, e.g. {@code sv}, as used by {@code LocalizedText} */
  String tag() {
    return tag;
  }

  /** @return the same language as odis-report names it */
  se.odis.report.Language report() {
    return this == SV ? se.odis.report.Language.SV : se.odis.report.Language.EN;
  }

  Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  static String names() {
    return Arrays.stream(values()).map(Language::tag).collect(Collectors.joining(", "));
  }

  /** Converts {@code --lang} values; accepts any case. */
  static final class Converter implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      for (Language l : values()) {
        if (l.tag.equalsIgnoreCase(value.strip())) return l;
      }
      throw new TypeConversionException("'" + value + "' is not a language odis writes; expected one of " + names());
    }
  }

  /** The values shown in help as {@code ${COMPLETION-CANDIDATES}}. */
  static final class Candidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(values()).map(Language::tag).iterator();
    }
  }

  @Override
  public String toString() {
    return tag;
  }
}
