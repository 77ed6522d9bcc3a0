package se.odis.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * Layout of the plain-text output of the reference commands ({@code steps}, {@code rules},
 * {@code explain}): lines of at most {@value #WIDTH} characters, as in the assessment report.
 */
final class PlainText {
  /** The widest a wrapped line may be. */
  static final int WIDTH = 100;

  private PlainText() {}

  /** @return the text padded with spaces to the width, or followed by one space if it is as wide */
  static String pad(String s, int width) {
    return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
  }

  /**
   * Prints a text after a lead (a label or an indent), wrapped at {@value #WIDTH} characters, with
   * continuation lines starting under the text.
   */
  static void wrapped(PrintWriter out, String lead, String text) {
    List<String> lines = Wrap.lines(text, Math.max(WIDTH - lead.length(), 40));
    out.println((lead + lines.get(0)).stripTrailing());
    for (String more : lines.subList(1, lines.size())) out.println(" ".repeat(lead.length()) + more);
  }
}
