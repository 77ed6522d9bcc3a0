package se.odis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import se.odis.model.InputProblem;
import se.odis.model.InvalidInputException;
import se.odis.model.TextCheck;
import se.odis.record.RecordFile;

/**
 * {@code odis init}: writes a starter dataset file for a coordinator to fill in. Every fact that
 * decides publishability is present and {@code UNKNOWN}; every other field is present as an empty
 * slot ({@code null}, {@code ""}, {@code []}); every task of the guide is listed with its text, not
 * started, so the file reads as the checklist. The file reads back strictly and assesses as in
 * progress. The shape is the record's ({@link RecordFile#starter}), the same as {@code odis import}
 * writes.
 */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Writes a starter dataset file to fill in.",
      "Every fact that decides publishability is present and UNKNOWN, every other field is an empty "
          + "slot, and every task of the guide is listed with its text as NOT_STARTED. Fill it in "
          + "(odis set, odis progress, or an editor), then run "
          + "'odis assess' on it.",
    })
final class InitCommand implements Callable<Integer> {
  /** The id used when neither {@code --id} nor {@code -o} gives one. */
  static final String DEFAULT_ID = "new-dataset";

  @Spec CommandSpec spec;

  @Option(names = "--id", paramLabel = "ID",
      description = "The dataset's id, unique within the municipality (default: the output file's name "
          + "without .json, else " + DEFAULT_ID + ").")
  String id;

  @Option(names = "--title", paramLabel = "TEXT", description = "The dataset's title in Swedish.")
  String title;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to this file instead of standard output.")
  Path output;

  @Option(names = "--force", description = "Overwrite the output file if it exists.")
  boolean force;

  @Mixin LanguageOption lang;

  @Mixin DebugOption debug;

  @Override
  public Integer call() throws IOException {
    String datasetId = datasetId();
    String json;
    // The starter file must be one that odis reads: an id or title it would refuse is refused here.
    try {
      json = RecordFile.starter(datasetId, title, "odis init").text();
    } catch (InvalidInputException e) {
      InputProblem p = e.getProblem();
      String option = p.getPointer().startsWith("/title") ? "--title" : "--id";
      throw new ParameterException(spec.commandLine(), option + ": " + p.getProblem()
          + (p.getExpected() == null ? "" : "; expected " + p.getExpected()));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (output == null) {
      out.print(json);
      out.flush();
      return ExitCodes.OK;
    }
    PrintWriter err = spec.commandLine().getErr();
    try {
      if (force) {
        Files.writeString(output, json, StandardCharsets.UTF_8);
      } else {
        Files.writeString(output, json, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      }
    } catch (FileAlreadyExistsException e) {
      ErrorHandler.error(err, output + " already exists; give --force to overwrite it");
      err.flush();
      return ExitCodes.BAD_INPUT;
    } catch (NoSuchFileException e) {
      ErrorHandler.error(err, output + ": cannot write the file: its directory does not exist");
      err.flush();
      return ExitCodes.BAD_INPUT;
    } catch (IOException e) {
      ErrorHandler.error(err, output + ": cannot write the file: " + e.getMessage());
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    out.println(TextCheck.printable(lang.labels().format("init.wrote", output, datasetId)));
    out.flush();
    return ExitCodes.OK;
  }

  private String datasetId() {
    String given = id;
    if (given == null && output != null) {
      String name = output.getFileName().toString();
      given = name.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }
    if (given == null) given = DEFAULT_ID;
    if (given.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--id must not be blank; expected the dataset's id, e.g. parkering-01");
    }
    return given.strip();
  }
}
