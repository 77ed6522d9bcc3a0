package se.odis.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import se.odis.model.InvalidInputException;
import se.odis.model.TextCheck;
import se.odis.rules.RuleSetException;

/**
 * Turns every failure into one line on standard error and an exit code (see {@link ExitCodes}):
 * {@code odis: error: <message>} for bad input, usage and rule set errors (2; a rule set error is
 * one such line per problem, {@code odis: error: <file>:<line>: …}), {@code odis:
 * internal error: …} for bugs (3). A stack trace is printed only with {@code --debug}. What a
 * message quotes from input (a file name, a value, an argument) is shown {@linkplain
 * TextCheck#printable printable}.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
  static final String PREFIX = "odis: error: ";

  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
    PrintWriter err = cl.getErr();
    boolean debug = debug(parseResult);
    int code;
    if (ex instanceof RuleSetException) {
      // One line per problem, each "file:line: what is wrong", as compilers print them.
      for (String problem : ((RuleSetException) ex).getProblems()) error(err, problem);
      code = ExitCodes.BAD_INPUT;
    } else if (ex instanceof InvalidInputException || ex instanceof OutputFailure) {
      error(err, ex.getMessage());
      code = ExitCodes.BAD_INPUT;
    } else {
      internal(err, ex, debug);
      code = ExitCodes.INTERNAL;
    }
    if (debug) ex.printStackTrace(err);
    err.flush();
    return code;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    error(err, ex.getMessage());
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.print(cl.getHelp().fullSynopsis());
    err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitCodes.BAD_INPUT;
  }

  /**
   * Prints one error line, {@code odis: error: <message>}, the message made printable: it quotes
   * input, which may hold control characters.
   */
  static void error(PrintWriter err, String message) {
    err.println(PREFIX + TextCheck.printable(message));
  }

  /** Prints {@code odis: note: <where>: <note>}, made printable: {@code where} is from input. */
  static void note(PrintWriter err, String where, String note) {
    err.println("odis: note: " + TextCheck.printable(where + ": " + note));
    err.flush();
  }

  /** Reports a bug: one line, and how to get the details. */
  static void internal(PrintWriter err, Throwable t, boolean debug) {
    err.println("odis: internal error: " + TextCheck.printable(String.valueOf(t)));
    if (!debug) {
      err.println("odis: this is a bug in odis; run again with " + DebugOption.NAME
          + " and report the output");
    }
  }

  private static boolean debug(ParseResult parseResult) {
    for (ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
      if (pr.hasMatchedOption(DebugOption.NAME)) return true;
    }
    return false;
  }
}
