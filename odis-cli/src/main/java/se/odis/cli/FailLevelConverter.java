package se.odis.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import se.odis.model.Severity;

/** Converts {@code --fail-level}: blocker, warning or recommendation, in any case. */
final class FailLevelConverter implements ITypeConverter<Severity> {
  private static final List<String> NAMES = List.of("blocker", "warning", "recommendation");

  @Override
  public Severity convert(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (!NAMES.contains(v)) {
      throw new TypeConversionException("'" + value + "' is not a fail level; expected one of " + String.join(", ", NAMES));
    }
    return Severity.valueOf(v.toUpperCase(Locale.ROOT));
  }

  /** The values shown in help as {@code ${COMPLETION-CANDIDATES}}. */
  static final class Candidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return NAMES.iterator();
    }
  }
}
