package se.odis.cli;

import se.odis.model.InputProblem;
import se.odis.report.DatasetReport;

/**
 * What came of one dataset of a portfolio: its report, or the problem that kept it from being read.
 * Exactly one of the two is set.
 *
 * @param report the report, or null
 * @param problem the problem, or null
 */
record Outcome(DatasetReport report, InputProblem problem) {
  static Outcome of(DatasetReport report) {
    return new Outcome(report, null);
  }

  static Outcome failed(InputProblem problem) {
    return new Outcome(null, problem);
  }
}
