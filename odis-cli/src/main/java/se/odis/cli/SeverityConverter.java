package se.odis.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import se.odis.model.Severity;

/** Converts severity option values, in any case; the message lists what is allowed. */
final class SeverityConverter implements ITypeConverter<Severity> {
  @Override
  public Severity convert(String value) {
    try {
      return Severity.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException("'" + value + "' is not a severity; expected one of " + names());
    }
  }

  static String names() {
    return Arrays.stream(Severity.values()).map(Enum::name).collect(Collectors.joining(", "));
  }

  /** The values shown in help as {@code ${COMPLETION-CANDIDATES}}. */
  static final class Candidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Severity.values()).map(Enum::name).iterator();
    }
  }
}
