/**
 * The {@code odis} command line: {@code odis assess FILE [--format text|json] [--lang sv|en]}.
 *
 * <p>{@link se.odis.cli.Main} is the only public type. It runs the command for the launcher and
 * the runnable jar, and {@link se.odis.cli.Main#commandLine()} gives tests and other programs the
 * configured picocli {@code CommandLine} to {@code execute(...)}.
 *
 * <p>Exit codes (the one list is kept in {@code ExitCodes}): 0 assessed with no blocker, 1
 * assessed with at least one blocker, 2 bad input, usage error or broken rule set, 3 internal
 * error. Errors go to standard error as {@code odis: error: <message>}, without a stack trace
 * unless {@code --debug} is given.
 *
 * <p>Reports are written by renderers behind one small interface (text for people, JSON for
 * programs; the JSON contract is documented in {@code docs/json-output.md}).
 */
package se.odis.cli;
