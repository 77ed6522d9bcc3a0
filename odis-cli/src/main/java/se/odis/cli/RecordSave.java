package se.odis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import se.odis.model.TextCheck;
import se.odis.record.RecordFile;

/** Writes an edited record file for the commands that edit one, and says what was done. */
final class RecordSave {
  private RecordSave() {}

  /**
   * Writes the file (atomically) if the edit changed it, and prints a line saying so.
   *
   * @param l the labels of the output language
   * @param done the line for a changed file
   * @return the exit code: 0, or 2 if the file cannot be written (it is then as it was)
   */
  static int save(CommandSpec spec, Labels l, RecordFile edited, Path file, String done) {
    PrintWriter out = spec.commandLine().getOut();
    if (!edited.isChanged()) {
      out.println(TextCheck.printable(l.format("record.unchanged", file)));
      out.flush();
      return ExitCodes.OK;
    }
    try {
      edited.write(file);
    } catch (IOException e) {
      PrintWriter err = spec.commandLine().getErr();
      ErrorHandler.error(err, file + ": cannot write the file: " + Output.reason(e));
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    out.println(TextCheck.printable(done));
    out.flush();
    return ExitCodes.OK;
  }
}
