package se.odis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import se.odis.model.Assessment;
import se.odis.model.Dataset;
import se.odis.model.DatasetReader;

/** {@code odis assess FILE}: reads one dataset, assesses it, reports in the chosen format and language. */
@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Assesses a dataset (a JSON file) against the ÖDIS guide: the verdict, the stage it is in, "
          + "the next gate, what blocks it, and the next steps.",
    })
final class AssessCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The dataset: a JSON file, UTF-8 (examples in odis-examples/datasets/).")
  Path file;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = Format.Converter.class,
      completionCandidates = Format.Candidates.class,
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
          + "json is a stable contract, see docs/json-output.md.")
  Format format;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "sv",
      converter = Language.Converter.class,
      completionCandidates = Language.Candidates.class,
      description = "Report language: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Language language;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      converter = DateConverter.class,
      description = "The day to assess for (default: today). Dates in the dataset are judged "
          + "against it, so a fixed day gives a reproducible report.")
  LocalDate asOf;

  @Mixin DebugOption debug;

  @Override
  public Integer call() throws Exception {
    Dataset dataset = DatasetReader.strict().read(file);
    LocalDate day = asOf != null ? asOf : LocalDate.now();
    Assessment assessment = Assessors.shared().assess(dataset, day);
    PrintWriter out = spec.commandLine().getOut();
    format.renderer().render(new Report(dataset, assessment), Labels.of(language), out);
    out.flush();
    return assessment.hasBlockers() ? ExitCodes.BLOCKERS : ExitCodes.OK;
  }

  /** Converts {@code --as-of}; the message says what is expected. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a date; expected a date written YYYY-MM-DD, e.g. 2026-01-31");
      }
    }
  }
}
