package se.odis.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/** The exit codes of {@code odis}: the one place they are defined and described. */
final class ExitCodes {
  /** Assessed; no finding is a blocker. */
  static final int OK = 0;
  /** Assessed; at least one finding is a blocker. */
  static final int BLOCKERS = 1;
  /** Bad input, a usage error, or a rule set that cannot be built. */
  static final int BAD_INPUT = 2;
  /** A bug in odis. */
  static final int INTERNAL = 3;

  private static final Map<String, String> DESCRIPTIONS = descriptions();

  private ExitCodes() {}

  private static Map<String, String> descriptions() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(Integer.toString(OK), "Assessed: no blocker (warnings may remain).");
    m.put(Integer.toString(BLOCKERS), "Assessed: at least one blocker.");
    m.put(Integer.toString(BAD_INPUT), "Bad input, usage error or rule set error.");
    m.put(Integer.toString(INTERNAL), "Internal error (a bug: rerun with --debug, report it).");
    return m;
  }

  /**
   * Puts the exit code list in the usage help of a command and all its subcommands, and makes
   * picocli's own exit codes agree with ours.
   */
  static void document(CommandLine cl) {
    cl.getCommandSpec().usageMessage()
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(DESCRIPTIONS);
    cl.getCommandSpec().exitCodeOnInvalidInput(BAD_INPUT);
    cl.getCommandSpec().exitCodeOnExecutionException(INTERNAL);
    cl.getSubcommands().values().forEach(ExitCodes::document);
  }
}
