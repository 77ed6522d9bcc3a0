package se.odis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.odis.model.InputProblem;
import se.odis.model.TextCheck;
import se.odis.record.ChecklistWorkbook;
import se.odis.record.InvalidWorkbookException;
import se.odis.record.RecordFile;

/**
 * {@code odis checklist FILE -o FILE.xlsx}: the guide's checklist for a dataset as a workbook to
 * fill in; {@code odis checklist FILE --read FILE.xlsx}: the filled-in workbook back into the
 * dataset file, strictly ({@link ChecklistWorkbook}).
 */
@Command(
    name = "checklist",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Writes the guide's checklist for a dataset as a workbook (.xlsx), the guide's own working form: "
          + "the 56 tasks with status, date, who and note to fill in, the facts that decide publishability "
          + "with drop-down lists, and the assessment (read-only). With --read, takes a filled-in workbook "
          + "back into the dataset file.",
      "Reading is strict: every cell that is not a valid value is named (sheet and cell), and nothing is "
          + "written unless the whole workbook is valid. A workbook read back unedited changes nothing.",
    })
final class ChecklistCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The dataset file.")
  Path file;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Mode mode;

  /** Write a workbook, or read one. */
  static final class Mode {
    @Option(names = {"-o", "--output"}, paramLabel = "WORKBOOK", description = "Write the workbook to this .xlsx file.")
    Path output;

    @Option(names = "--read", paramLabel = "WORKBOOK", description = "Read this filled-in workbook into FILE.")
    Path read;
  }

  @Option(names = "--force", description = "Overwrite the workbook if it exists (edits in it are lost).")
  boolean force;

  /** The day of the workbook's assessment sheet. */
  @Mixin AsOfOption asOf;

  @Mixin LanguageOption lang;

  @Mixin DebugOption debug;

  @Override
  public Integer call() throws Exception {
    Labels l = lang.labels();
    if (mode.read != null) {
      if (force || asOf.given()) {
        throw new ParameterException(spec.commandLine(), "--force and --as-of apply to writing a workbook (-o), not to --read");
      }
      return read(l);
    }
    Path out = mode.output;
    if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      throw new ParameterException(spec.commandLine(), "-o: '" + out + "' does not end in .xlsx; expected a workbook file name such as "
          + "parkering.xlsx");
    }
    RecordFile f = RecordFile.read(file);
    PrintWriter err = spec.commandLine().getErr();
    if (Files.exists(out) && !force) {
      ErrorHandler.error(err, out + " already exists; give --force to overwrite it (edits in it are lost)");
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    var assessment = Assessors.shared().assess(f.dataset(), asOf.dayOrToday());
    try {
      ChecklistWorkbook.write(f, assessment, lang.tag(), out);
    } catch (IOException e) {
      ErrorHandler.error(err, out + ": cannot write the workbook: " + Output.reason(e));
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    PrintWriter o = spec.commandLine().getOut();
    o.println(TextCheck.printable(l.format("checklist.wrote", out, file)));
    o.flush();
    return ExitCodes.OK;
  }

  private int read(Labels l) throws Exception {
    RecordFile f = RecordFile.read(file);
    RecordFile edited;
    try {
      edited = ChecklistWorkbook.read(f, mode.read);
    } catch (InvalidWorkbookException e) {
      PrintWriter err = spec.commandLine().getErr();
      for (InputProblem p : e.getProblems()) ErrorHandler.error(err, p.toString());
      ErrorHandler.error(err, mode.read + ": nothing was read (" + e.getProblems().size()
          + (e.getProblems().size() == 1 ? " problem" : " problems") + "); " + file + " is as it was");
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    return RecordSave.save(spec, l, edited, file, l.format("checklist.read", mode.read, file));
  }
}
