package se.odis.cli;

/** The output could not be written: an error naming it, exit 2 (see {@link ExitCodes}). */
final class OutputFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  OutputFailure(String message) {
    super(message, null, false, false);
  }
}
