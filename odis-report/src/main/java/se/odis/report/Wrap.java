package se.odis.report;

import java.util.ArrayList;
import java.util.List;
import se.odis.model.TextCheck;

/** Word wrapping for the text report. */
final class Wrap {
  private Wrap() {}

  /**
   * Breaks a text into lines of at most {@code width} characters, at spaces. A word longer than
   * the width (a URI, say) gets a line of its own and is not broken. Line breaks in the text are
   * kept; runs of spaces collapse to one. The text is mostly from input: other control characters
   * are shown {@linkplain TextCheck#printable printable}.
   *
   * @param text the text
   * @param width the most characters a line may have, at least 1
   * @return the lines; one empty line for a blank text
   */
  static List<String> lines(String text, int width) {
    List<String> out = new ArrayList<>();
    for (String paragraph : text.split("\\R", -1)) {
      StringBuilder line = new StringBuilder();
      for (String raw : paragraph.strip().split("\\s+")) {
        if (raw.isEmpty()) continue;
        String word = TextCheck.printable(raw);
        if (line.length() > 0 && line.length() + 1 + word.length() > width) {
          out.add(line.toString());
          line.setLength(0);
        }
        if (line.length() > 0) line.append(' ');
        line.append(word);
      }
      out.add(line.toString());
    }
    return out;
  }
}
