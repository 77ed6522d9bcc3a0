package se.odis.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
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
          + "to a temporary file beside it, renamed over it when everything is written; on any "
          + "failure FILE is untouched and the temporary file removed.")
  Path file;

  /** @return the output: the file, or standard output */
  Output open() {
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
