package se.odis.record;

import java.util.List;
import se.odis.model.InputProblem;
import se.odis.model.InvalidInputException;

/**
 * A checklist workbook that cannot be read back: every problem in it, each naming its sheet and
 * cell, e.g. {@code Checklista!G14: "klart" is not a status; expected one of ej påbörjad,
 * påbörjad, klar, ej aktuell}. Nothing of the workbook is taken while any cell is wrong.
 */
public final class InvalidWorkbookException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final transient List<InputProblem> problems;

  InvalidWorkbookException(List<InputProblem> problems) {
    super(problems.get(0), null);
    this.problems = List.copyOf(problems);
  }

  /** @return every problem, in the order of the sheets, rows and columns; the first is {@link #getProblem()} */
  public List<InputProblem> getProblems() {
    return problems;
  }
}
