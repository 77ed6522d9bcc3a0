package se.odis.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code -o, --output FILE} option, mixed into the commands that write a report or a listing. */
final class OutputOption {
  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output. FILE is written whole or not at all: "
          + "to a temporary file beside it (.FILE.PID-….odis-tmp), renamed over it when everything is "
          + "written; on any failure FILE is untouched and the temporary file removed. One left by a "
          + "run that was killed is removed by the next run writing to the same directory, once its "
          + "process is gone and it is an hour old.")
  Path file;

  /**
   * Opens the output; for a file, first removes the temporary files killed runs left beside it
   * ({@link OutputTemporaries}), each noted on standard error.
   *
   * @return the output: the file, or standard output
   */
  Output open() {
    if (file != null && !Files.isDirectory(file)) {
      PrintWriter err = mixee.commandLine().getErr();
      // Named beside FILE as the user wrote it.
      Path shown = file.getParent() == null ? Path.of("") : file.getParent();
      for (OutputTemporaries.Removed r : OutputTemporaries.removeStale(file.toAbsolutePath().getParent(), Instant.now())) {
        ErrorHandler.note(err, shown.resolve(r.file().getFileName()).toString(), "removed: the temporary file of an odis run that was stopped (process "
            + r.pid() + ", last written " + r.lastWritten().truncatedTo(ChronoUnit.SECONDS) + ")");
      }
    }
    return Output.open(file, stdout(mixee), mixee.commandLine().getOut());
  }

  /**
   * Writes a whole text to the output.
   *
   * @param text the text
   * @throws OutputFailure if it cannot be written (not when the reader of standard output went away)
   */
  void write(String text) {
    try (Output o = open()) {
      try {
        o.writer().write(text);
      } catch (IOException e) {
        if (o.closedByReader(e)) return;
        throw o.failure(e);
      }
      o.finish();
    }
  }

  /**
   * @param spec a subcommand of {@code odis}
   * @return the process's standard output as bytes, or null when run in-process
   */
  static OutputStream stdout(CommandSpec spec) {
    for (CommandSpec s = spec; s != null; s = s.parent()) {
      if (s.userObject() instanceof OdisCommand) return ((OdisCommand) s.userObject()).stdout;
    }
    return null;
  }
}
