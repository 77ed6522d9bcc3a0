package se.odis.model;

/**
 * What ODIS takes as text. A control character (other than tab, line feed and carriage return) or
 * half a surrogate pair is not text: kept, the first reaches terminals, reports and catalogues as
 * is, and the second is written out as "?". ODIS's reader refuses such text; importers of other
 * catalogues replace it visibly. Both ask this class, so that they agree on what it is.
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
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) return i;
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
}
