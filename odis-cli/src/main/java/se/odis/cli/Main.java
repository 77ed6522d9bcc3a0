package se.odis.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import se.odis.model.DatasetReader;
import picocli.CommandLine.HelpCommand;

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
    // Loading the rules is the longest part of starting up: begin at once, beside building the
    // command line and reading the input, when the command will want the built-in rules as they are.
    if (usesBuiltInRulesOnly(args) || servesRecord(args)) Assessors.prefetch();
    // And a catalogue (assess --from dcat|ckan FILE) is imported beside both.
    ReadAhead.early(args);
    // Likewise Jackson's deserializers of the dataset model, for the commands that read datasets.
    if (readsDatasetFiles(args)) {
      Thread t = new Thread(DatasetReader::prepare, "odis-json-loader");
      t.setDaemon(true);
      t.start();
    }
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
    // Reports are written to the descriptor itself, not through System.out, whose PrintStream
    // swallows a failure to write (a full disk would be reported as success).
    System.exit(run(new java.io.FileOutputStream(java.io.FileDescriptor.out), out, err, args));
  }

  /**
   * Runs {@code odis} with the given writers and returns the exit code; never throws.
   *
   * @param out where reports and help go
   * @param err where errors go
   * @param args the command line arguments
   * @return the exit code
   */
  /** @return true for {@code odis assess …} without {@code --rules} or {@code --profile} */
  static boolean usesBuiltInRulesOnly(String... args) {
    if (args.length == 0 || !args[0].equals("assess")) return false;
    for (String a : args) {
      if (a.equals("--")) break;
      if (a.startsWith("--rules") || a.startsWith("--profile")) return false;
    }
    return true;
  }

  /**
   * @return true for {@code odis serve …} that starts the service ({@code --record}, {@code --check}),
   *     whose assessments need the built-in rules, unlike {@code --add-user} and the help; the
   *     service binds and answers its health while they load
   */
  static boolean servesRecord(String... args) {
    if (args.length == 0 || !args[0].equals("serve")) return false;
    for (String a : args) {
      if (a.equals("--")) break;
      if (a.startsWith("--add-user") || a.equals("--help") || a.equals("-h") || a.equals("--version") || a.equals("-V")) {
        return false;
      }
    }
    return true;
  }

  /**
   * @return true for the commands that read ODIS dataset files: {@code validate}, {@code import}
   *     (the record) and {@code assess}, unless it reads a catalogue ({@code --from dcat|ckan}),
   *     when preparing the dataset reader would only take a core from the catalogue and the rules
   */
  static boolean readsDatasetFiles(String... args) {
    if (args.length == 0) return false;
    if (args[0].equals("validate") || args[0].equals("import")) return true;
    if (!args[0].equals("assess")) return false;
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--")) break;
      String from = a.startsWith("--from=") ? a.substring(7) : a.equals("--from") && i + 1 < args.length ? args[i + 1] : null;
      if (from != null) return from.strip().equalsIgnoreCase("odis");
    }
    return true;
  }

  static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(null, out, err, args);
  }

  /**
   * Runs {@code odis}, reports going to {@code stdout} as bytes (help and listings to {@code out}).
   *
   * @param stdout the process's standard output, or null to write reports to {@code out} too
   * @param out where help goes
   * @param err where errors go
   * @param args the command line arguments
   * @return the exit code
   */
  static int run(java.io.OutputStream stdout, PrintWriter out, PrintWriter err, String... args) {
    try {
      CommandLine cl = commandLine(args);
      ((OdisCommand) cl.getCommand()).stdout = stdout;
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
  /** The subcommands by name, in the order {@code odis --help} lists them. */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> m = new LinkedHashMap<>();
    m.put("assess", AssessCommand::new);
    m.put("validate", ValidateCommand::new);
    m.put("steps", StepsCommand::new);
    m.put("rules", RulesCommand::new);
    m.put("explain", ExplainCommand::new);
    m.put("init", InitCommand::new);
    m.put("import", ImportCommand::new);
    m.put("set", SetCommand::new);
    m.put("progress", ProgressCommand::new);
    m.put("checklist", ChecklistCommand::new);
    m.put("serve", ServeCommand::new);
    m.put("schema", SchemaCommand::new);
    m.put("export", ExportCommand::new);
    m.put("completion", CompletionCommand::new);
    m.put("help", HelpCommand::new);
    return Collections.unmodifiableMap(m);
  }

  /**
   * The {@code odis} command line with every subcommand.
   *
   * @return the command line, with ODIS's error handlers and documented exit codes
   */
  public static CommandLine commandLine() {
    return commandLine(new String[0]);
  }

  /**
   * The {@code odis} command line for these arguments. Building picocli's model of a command costs
   * start-up time, so when the first argument names a subcommand (the common {@code odis assess
   * FILE}) only that one is built; anything else (no command, an option, a misspelt command) gets
   * them all, for help and suggestions.
   *
   * @param args the arguments the command line will execute
   * @return the command line, with ODIS's error handlers and documented exit codes
   */
  public static CommandLine commandLine(String... args) {
    CommandLine cl = new CommandLine(new OdisCommand());
    // "help COMMAND" needs the command it explains.
    String only = args.length == 0 || args[0].equals("help") || !SUBCOMMANDS.containsKey(args[0]) ? null : args[0];
    SUBCOMMANDS.forEach((name, command) -> {
      if (only == null || name.equals(only)) cl.addSubcommand(name, command.get());
    });
    ErrorHandler handler = new ErrorHandler();
    cl.setExecutionExceptionHandler(handler);
    cl.setParameterExceptionHandler(handler);
    ExitCodes.document(cl);
    return cl;
  }

}
