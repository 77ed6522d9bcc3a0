package se.odis.rules;

import java.util.List;

/**
 * Thrown when a rule set cannot be built: a DRL or decision table does not compile, a rule lacks
 * its id or has a bad severity, step or gate, two rules share an id, a message is missing, or a
 * profile names a rule that does not exist. Each problem is one line, ideally
 * {@code file:line: what is wrong}. A rule set with problems is never used. A rule of a pack that
 * fails while it assesses a dataset is a {@link RuleFailureException}.
 */
public class RuleSetException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  /**
   * @param problems one line per problem
   */
  public RuleSetException(List<String> problems) {
    super("the rule set has " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
        + ":\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  /** @return the problems, one line each */
  public List<String> getProblems() {
    return problems;
  }
}
