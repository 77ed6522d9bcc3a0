package se.odis.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs {@code odis} in-process, as picocli recommends, and captures what it prints. */
final class Cli {
  /** The example datasets, relative to the module directory Maven runs tests in. */
  static final Path EXAMPLES = Path.of("..", "odis-examples", "datasets");
  static final String READY = example("ready-to-publish.json");
  static final String BLOCKED = example("blocked-personal-data.json");
  static final String PHASE_A = example("phase-a-identify.json");

  private Cli() {}

  /** What one run gave. */
  record Result(int exitCode, String out, String err) {}

  static Result odis(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  /** Runs odis with {@code stdin} as standard input (for the argument {@code -}). */
  static Result odisWithStdin(String stdin, String... args) {
    java.io.InputStream saved = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      return odis(args);
    } finally {
      System.setIn(saved);
    }
  }

  static String example(String name) {
    Path p = EXAMPLES.resolve(name);
    if (!Files.isRegularFile(p)) {
      throw new IllegalStateException(p.toAbsolutePath() + " is missing: tests expect odis-examples beside odis-cli");
    }
    return p.toString();
  }
}
