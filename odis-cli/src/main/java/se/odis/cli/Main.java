package se.odis.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * The {@code odis} command line.
 *
 * <pre>{@code
 * odis assess FILE [--format text|json] [--lang sv|en] [--as-of YYYY-MM-DD] [--debug]
 * }</pre>
 *
 * <p>Exit codes: 0 assessed with no blocker; 1 assessed with at least one blocker; 2 bad input,
 * usage error or rule set error; 3 internal error. Output is UTF-8.
 *
 * <p>To run the command in-process (as tests do), take {@link #commandLine()}, set its output and
 * error writers and call {@code execute(args)}; it returns the exit code instead of exiting.
 */
public final class Main {
  private Main() {}

  /**
   * Runs {@code odis} and exits the JVM with its exit code.
   *
   * @param args the command line arguments
   */
  public static void main(String... args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
    System.exit(run(out, err, args));
  }

  /**
   * Runs {@code odis} with the given writers and returns the exit code; never throws.
   *
   * @param out where reports and help go
   * @param err where errors go
   * @param args the command line arguments
   * @return the exit code
   */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    try {
      CommandLine cl = commandLine();
      cl.setOut(out);
      cl.setErr(err);
      return cl.execute(args);
    } catch (Throwable t) { // an Error escaping picocli (e.g. a broken class path) is still our bug
      boolean debug = Arrays.asList(args).contains(DebugOption.NAME);
      ErrorHandler.internal(err, t, debug);
      if (debug) t.printStackTrace(err);
      return ExitCodes.INTERNAL;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * Builds the {@code odis} command, with its subcommands, error handling and exit codes. Each call
   * returns a new, independent instance; the rules are loaded once per process, on first use.
   *
   * @return the command line, ready for {@code setOut}, {@code setErr} and {@code execute}
   */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new OdisCommand());
    ErrorHandler handler = new ErrorHandler();
    cl.setExecutionExceptionHandler(handler);
    cl.setParameterExceptionHandler(handler);
    ExitCodes.document(cl);
    return cl;
  }
}
