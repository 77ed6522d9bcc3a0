package se.odis.model;

import java.util.Objects;

/**
 * What is wrong with an input, and where: the source (file name), the line and column (1-based; 0
 * when not known), the JSON pointer of the value ({@code ""} for the whole document), the problem,
 * and what was expected.
 *
 * <p>{@link #toString()} gives the one-line form a terminal user reads, e.g.
 * {@code dataset.json:4:15: /secrecy: "MAYBE" is not allowed; expected one of NONE, PARTIAL, FULL, UNKNOWN}.
 * The parts keep what the input held; the one-line form shows it {@linkplain TextCheck#printable
 * printable}, since a file name or a refused value may hold control characters.
 */
public final class InputProblem {
  private final String source;
  private final int line;
  private final int column;
  private final String pointer;
  private final String problem;
  private final String expected;

  /**
   * @param source the file name or other source label
   * @param line 1-based line, 0 if unknown
   * @param column 1-based column, 0 if unknown
   * @param pointer the JSON pointer of the offending value, "" for the document
   * @param problem what is wrong
   * @param expected what was expected, or null
   */
  public InputProblem(
      String source, int line, int column, String pointer, String problem, @Nullable String expected) {
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.column = column;
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.problem = Objects.requireNonNull(problem, "problem");
    this.expected = expected;
  }

  /** @return the source label, e.g. the file path as the user gave it */
  public String getSource() {
    return source;
  }

  /** @return 1-based line, or 0 if unknown */
  public int getLine() {
    return line;
  }

  /** @return 1-based column, or 0 if unknown */
  public int getColumn() {
    return column;
  }

  /** @return the JSON pointer of the offending value; "" for the whole document */
  public String getPointer() {
    return pointer;
  }

  /** @return what is wrong */
  public String getProblem() {
    return problem;
  }

  /** @return what was expected, or null */
  public @Nullable String getExpected() {
    return expected;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(source);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) sb.append(':').append(column);
    }
    sb.append(": ");
    if (!pointer.isEmpty()) sb.append(pointer).append(": ");
    sb.append(problem);
    if (expected != null) sb.append("; expected ").append(expected);
    return TextCheck.printable(sb);
  }
}
