/**
 * The {@code odis} command line: {@code odis assess FILE… [--format text|json|ndjson|markdown|csv|html]
 * [--lang sv|en] [--rules DIR] [--profile FILE] [--from odis|dcat|ckan]} and the commands around it.
 *
 * <p>{@link se.odis.cli.Main} is the only public type. It runs the command for the launcher and
 * the runnable jar, and {@link se.odis.cli.Main#commandLine()} gives tests and other programs the
 * configured picocli {@code CommandLine} to {@code execute(...)}.
 *
 * <p>Exit codes (the one list is kept in {@code ExitCodes}): 0 assessed with no blocker, 1
 * assessed with at least one blocker, 2 a bad input (the others are still assessed), usage error
 * or broken rule set, 3 internal error. Errors go to standard error as {@code odis: error: <message>}, without a stack trace
 * unless {@code --debug} is given.
 *
 * <p>Reports are written by the odis-report library ({@code se.odis.report.Reports}; the JSON
 * contract is documented in {@code docs/json-output.md}). Several datasets — a portfolio — are read
 * by {@code Inputs} one at a time, assessed in parallel in input order by {@code Pipeline}, and
 * streamed to a {@code PortfolioReport}, so that memory does not grow with the portfolio.
 */
package se.odis.cli;
