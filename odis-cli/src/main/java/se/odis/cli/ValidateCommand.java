package se.odis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.odis.model.DatasetReader;
import se.odis.model.InvalidInputException;

/**
 * {@code odis validate FILE…}: reads each dataset file strictly, as {@code odis assess} would, and
 * says whether it is valid — without assessing it. Directories are searched for {@code *.json}
 * files, recursively.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Checks dataset files without assessing them.",
      "Each file is read as strictly as 'odis assess' reads it; for each, prints OK or the problem "
          + "(file:line:column: JSON pointer: what is wrong; what was expected). Exit code 0 if every "
          + "file is valid, 2 if any is not.",
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "1..*",
      paramLabel = "FILE",
      description = "Dataset files (JSON), or directories: every *.json file in them and below.")
  List<Path> paths = new ArrayList<>();

  @Mixin LanguageOption lang;

  @Mixin DebugOption debug;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int valid = 0;
    int invalid = 0;
    boolean emptyDirectory = false;
    for (Path path : paths) {
      List<Path> files;
      if (Files.isDirectory(path)) {
        files = jsonFiles(path);
        if (files.isEmpty()) {
          err.println(ErrorHandler.PREFIX + path + ": no *.json files in this directory or below");
          emptyDirectory = true;
          continue;
        }
      } else {
        files = List.of(path);
      }
      for (Path f : files) {
        try {
          DatasetReader.strict().read(f);
          out.println("OK       " + f);
          valid++;
        } catch (InvalidInputException e) {
          out.println("INVALID  " + e.getMessage());
          invalid++;
        }
      }
    }
    out.println();
    out.println(lang.labels().format("validate.summary", valid + invalid, valid, invalid));
    out.flush();
    err.flush();
    return invalid == 0 && !emptyDirectory ? ExitCodes.OK : ExitCodes.BAD_INPUT;
  }

  /** The {@code *.json} files in a directory and below, in a stable order. */
  private static List<Path> jsonFiles(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json"))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
