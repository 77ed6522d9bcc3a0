package se.odis.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.odis.cli.InputFormat.From;
import se.odis.model.InvalidInputException;
import se.odis.model.TextCheck;
import se.odis.report.Origin;

/**
 * {@code odis validate FILE…}: reads every dataset strictly, as {@code odis assess} would, and
 * says whether it is valid, without assessing it. It takes the inputs {@code odis assess} takes:
 * dataset files, JSON arrays, NDJSON files, directories (recursively) and standard input.
 *
 * <p>A dataset in a file of its own gets a line: OK or the problem. In a file of several datasets
 * (a portfolio), each invalid one gets its problem line and the file gets one line for the rest,
 * so that ten thousand valid datasets do not bury the two that are not.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Checks datasets without assessing them.",
      "Each dataset is read as strictly as 'odis assess' reads it. A file of one dataset gets OK or "
          + "its problem (file:line:column: JSON pointer: what is wrong; what was expected); a file "
          + "of several (NDJSON, JSON array) gets a line per invalid dataset and one for the file. "
          + "Exit code 0 if every dataset is valid, 2 if any is not.",
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "1..*",
      paramLabel = "FILE",
      description = "A dataset JSON file, an NDJSON file (one dataset per line), a JSON array of "
          + "datasets, a directory (all its JSON and NDJSON files, recursively), or - for standard input.")
  List<String> paths = new ArrayList<>();

  @Mixin LanguageOption lang;

  @Mixin DebugOption debug;

  /** What reading one dataset gave: where it came from, and its problem if it is invalid. */
  private record Checked(String file, boolean ofSeveral, InvalidInputException problem) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Labels labels = lang.labels();
    FileTally tally = new FileTally(out, labels);
    int threads = AssessCommand.defaultThreads();
    try (Inputs inputs = new Inputs(paths, From.ODIS, null, System.in, (file, syntax, count, notes) -> { },
        (file, note) -> ErrorHandler.note(err, file, note))) {
      Progress progress = new Progress(err, labels, Terminal.stderrIsTerminal(), inputs::bytesDone, inputs.bytesTotal());
      Pipeline.run(AssessCommand.chunks(inputs, AssessCommand.CHUNK), threads, ValidateCommand::check, checked -> {
        for (Checked c : checked) {
          progress.clear();
          tally.add(c);
          progress.tick();
        }
      });
      progress.clear();
    }
    tally.endFile();
    if (tally.valid + tally.invalid == 0) {
      // An empty NDJSON file or array holds nothing to check: that is not "all valid".
      ErrorHandler.error(err, String.join(" ", paths) + ": no datasets to validate");
    }
    out.println();
    out.println(labels.format("validate.summary", tally.valid + tally.invalid, tally.valid, tally.invalid));
    out.flush();
    err.flush();
    return tally.invalid == 0 && tally.valid > 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
  }

  private static List<Checked> check(List<Pending> chunk) {
    List<Checked> checked = new ArrayList<>(chunk.size());
    for (Pending p : chunk) {
      try {
        Origin o = p.load().origin();
        checked.add(new Checked(o.file(), o.line() != null, null));
      } catch (InvalidInputException e) {
        checked.add(new Checked(e.getProblem().getSource(), false, e));
      }
    }
    return checked;
  }

  /** Prints each dataset's line and, for a file of several datasets, the file's line. */
  private static final class FileTally {
    private final PrintWriter out;
    private final Labels labels;
    int valid;
    int invalid;
    private String file;
    private int fileValid;
    private int fileInvalid;
    private boolean ofSeveral;

    FileTally(PrintWriter out, Labels labels) {
      this.out = out;
      this.labels = labels;
    }

    void add(Checked c) {
      if (!c.file().equals(file)) endFile();
      file = c.file();
      ofSeveral |= c.ofSeveral();
      if (c.problem() == null) {
        valid++;
        fileValid++;
        if (!c.ofSeveral()) out.println("OK       " + TextCheck.printable(c.file()));
      } else {
        invalid++;
        fileInvalid++;
        out.println("INVALID  " + c.problem().getMessage());
      }
    }

    void endFile() {
      int n = fileValid + fileInvalid;
      if (file != null && (ofSeveral || n > 1)) {
        out.println(fileInvalid == 0
            ? "OK       " + TextCheck.printable(file) + " " + labels.format("validate.file.valid", n)
            : "INVALID  " + TextCheck.printable(file) + " " + labels.format("validate.file.invalid", n, fileInvalid));
      }
      file = null;
      fileValid = 0;
      fileInvalid = 0;
      ofSeveral = false;
    }
  }
}
