package se.odis.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The output formats of the commands that list reference material ({@code steps}, {@code rules}). */
enum ListingFormat {
  TEXT("text"),
  JSON("json"),
  MARKDOWN("markdown");

  private final String name;

  ListingFormat(String name) {
    this.name = name;
  }

  static String names() {
    return Arrays.stream(values()).map(f -> f.name).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return name;
  }

  /** Converts {@code --format} values; accepts any case, and {@code md} for markdown. */
  static final class Converter implements ITypeConverter<ListingFormat> {
    @Override
    public ListingFormat convert(String value) {
      String v = value.strip();
      if (v.equalsIgnoreCase("md")) return MARKDOWN;
      for (ListingFormat f : values()) {
        if (f.name.equalsIgnoreCase(v)) return f;
      }
      throw new TypeConversionException("'" + value + "' is not an output format; expected one of " + names());
    }
  }

  /** The values shown in help as {@code ${COMPLETION-CANDIDATES}}. */
  static final class Candidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(values()).map(f -> f.name).iterator();
    }
  }
}
