package se.odis.cli;

import se.odis.model.InvalidInputException;

/**
 * One dataset of a portfolio, found but not yet read. Reading is deferred so that it can run on a
 * worker thread (parsing is much of the cost); the order in which {@link Inputs} hands them out is
 * the order of the report. A problem the input reader finds itself (an unreadable directory, a
 * malformed array) is a {@code Pending} that fails, so that it is reported in its place.
 */
@FunctionalInterface
interface Pending {
  /**
   * Reads the dataset.
   *
   * @return the dataset and where it came from
   * @throws InvalidInputException if it cannot be read or is not a valid dataset
   */
  DatasetInput load() throws InvalidInputException;

  /** @return a pending dataset that fails with the problem */
  static Pending failing(se.odis.model.InputProblem problem) {
    return () -> {
      throw new InvalidInputException(problem, null);
    };
  }
}
