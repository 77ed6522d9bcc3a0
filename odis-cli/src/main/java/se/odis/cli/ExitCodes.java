package se.odis.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * The exit codes of {@code odis}: the one place they are defined and described. The same table is
 * in the usage help of every command, in README.md and in docs/json-output.md.
 *
 * <table>
 *   <caption>Exit codes</caption>
 *   <tr><th>code</th><th>meaning</th></tr>
 *   <tr><td>0</td><td>every input was read and assessed; no dataset has a blocker</td></tr>
 *   <tr><td>1</td><td>every input was read and assessed; at least one dataset has a blocker</td></tr>
 *   <tr><td>2</td><td>a usage or rule set error (nothing is assessed), or at least one bad input
 *       (the valid inputs are still assessed and reported)</td></tr>
 *   <tr><td>3</td><td>an internal error: a bug in odis</td></tr>
 * </table>
 *
 * <p>A bad input outranks a blocker: a portfolio with both exits with 2.
 */
final class ExitCodes {
  /** Every input assessed; no finding is a blocker. */
  static final int OK = 0;
  /** Every input assessed; at least one finding is a blocker. */
  static final int BLOCKERS = 1;
  /** A usage error, a rule set that cannot be built, or at least one input that cannot be read. */
  static final int BAD_INPUT = 2;
  /** A bug in odis. */
  static final int INTERNAL = 3;

  private static final Map<String, String> DESCRIPTIONS = build();

  private ExitCodes() {}

  private static Map<String, String> build() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(Integer.toString(OK), "Assessed: every input read, no blocker (no finding at --fail-level or above).");
    m.put(Integer.toString(BLOCKERS), "Assessed: every input read, at least one blocker (finding at --fail-level or above).");
    m.put(Integer.toString(BAD_INPUT), "Bad input (the valid inputs are still assessed and reported), "
        + "usage error, rule set error, or the output could not be written.");
    m.put(Integer.toString(INTERNAL), "Internal error (a bug: rerun with --debug, report it).");
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * The exit code of an assessment run.
   *
   * @param badInput whether any input could not be read (or there was nothing to assess)
   * @param blockers whether any assessed dataset has a blocker
   * @return {@link #BAD_INPUT}, else {@link #BLOCKERS}, else {@link #OK}
   */
  static int of(boolean badInput, boolean blockers) {
    return badInput ? BAD_INPUT : blockers ? BLOCKERS : OK;
  }

  /** @return the codes and their descriptions, in order: the table shown in help */
  static Map<String, String> descriptions() {
    return DESCRIPTIONS;
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
