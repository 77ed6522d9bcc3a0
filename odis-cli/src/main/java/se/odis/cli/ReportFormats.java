package se.odis.cli;

import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import se.odis.report.Format;

/** The report formats of {@code odis assess --format} on the command line: converter and completion. */
final class ReportFormats {
  private ReportFormats() {}

  /** Converts {@code --format} values; accepts any case, and {@code md} for markdown. */
  static final class Converter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return Format.byName(value).orElseThrow(() -> new TypeConversionException(
          "'" + value + "' is not a report format; expected one of " + Format.names()));
    }
  }

  /** The values shown in help as {@code ${COMPLETION-CANDIDATES}}. */
  static final class Candidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Format.values()).map(Format::id).iterator();
    }
  }
}
