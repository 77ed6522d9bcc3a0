package se.odis.model;

/**
 * Thrown when an input cannot be read as a dataset. The message is the one-line form of
 * {@link #getProblem()}, fit to show a user as it is.
 */
public class InvalidInputException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient InputProblem problem;

  /**
   * @param problem what is wrong, and where
   * @param cause the underlying exception, for debugging
   */
  public InvalidInputException(InputProblem problem, Throwable cause) {
    super(problem.toString(), cause);
    this.problem = problem;
  }

  /** @return what is wrong, and where */
  public InputProblem getProblem() {
    return problem;
  }
}
