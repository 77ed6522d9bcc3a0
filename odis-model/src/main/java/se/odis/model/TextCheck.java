package se.odis.model;

/**
 * What ODIS takes as text, and how text from input is printed. A control character (C0 other than
 * tab, line feed and carriage return; DEL; C1, U+0080–U+009F) or half a surrogate pair is not
 * text: kept, the first reaches terminals, reports and catalogues as is (ESC and the C1 CSI start
 * terminal commands), and the second is written out as "?". ODIS's reader refuses such text;
 * importers of other catalogues replace it visibly. Both ask this class, so that they agree on
 * what it is.
 *
 * <p>What ODIS prints that came from input — a file name, a refused value quoted in an error, a
 * catalogue's note, a title in the text report — goes through {@link #printable}, so that no
 * input can move the cursor, retitle a terminal or forge a line of output.
 */
public final class TextCheck {
  private TextCheck() {}

  /**
   * @param s a text
   * @param from where to start looking
   * @return the index of the first character at or after {@code from} that is not text, or -1
   */
  public static int flawAt(CharSequence s, int from) {
    for (int i = Math.max(from, 0); i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F) return i;
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * @param c a character {@link #flawAt} found
   * @return what it is, for a message, e.g. {@code the control character U+0007}
   */
  public static String describe(char c) {
    return Character.isSurrogate(c)
        ? String.format("half a surrogate pair (\\u%04x)", (int) c)
        : String.format("the control character U+%04X", (int) c);
  }

  /**
   * Text from input as it may be printed on one line of a terminal or a report: every control
   * character (C0 including tab and line breaks, DEL, C1), half a surrogate pair, the Unicode line
   * and paragraph separators and the bidirectional formatting characters (which reorder what a
   * reader sees, U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) is written as a visible
   * escape, <code>&#92;u001B</code>; everything else is kept. Printing text from input any other way lets
   * a file named <code>e&#92;u001B]0;PWNED&#92;u0007.json</code> retitle the terminal that reads the error.
   * The escape is for display only: reports meant for programs (JSON, CSV) keep the value as given.
   *
   * @param s text from input, or null
   * @return the text, escaped where needed (the same instance when nothing is); "null" for null
   */
  public static String printable(CharSequence s) {
    if (s == null) return "null";
    int i = 0;
    while (i < s.length() && !unprintable(s, i)) i++;
    if (i == s.length()) return s.toString();
    StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (unprintable(s, i)) {
        out.append(String.format("\\u%04X", (int) c)); // as JSON and Java write it
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean unprintable(CharSequence s, int i) {
    char c = s.charAt(i);
    if (c < 0x20 || c >= 0x7F && c <= 0x9F) return true;
    if (Character.isHighSurrogate(c)) return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    if (Character.isLowSurrogate(c)) return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    return c == 0x061C || c == 0x200E || c == 0x200F || c == 0x2028 || c == 0x2029
        || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
  }
}
