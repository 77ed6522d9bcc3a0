package se.odis.dcat;

/**
 * Text from a catalogue as ODIS can keep it. A control character (other than tab and line breaks)
 * or half a surrogate pair is not text: kept, the first reaches terminals, reports and catalogues
 * as is (an escape sequence can repaint a terminal), and the second is written out as "?". ODIS's
 * own reader refuses such text; a third party's catalogue cannot be fixed by its reader, so each
 * such character is replaced with U+FFFD, visibly, and the import says so in a note.
 */
final class TextCleaning {
  /** What replaces a character that is not text. */
  static final char REPLACEMENT = '\uFFFD';

  private TextCleaning() {}

  /**
   * @param s a text, or null
   * @return the text with every control character (but tab, line feed, carriage return) and every
   *     unpaired surrogate replaced with U+FFFD; the same instance when there is none
   */
  static String clean(String s) {
    if (s == null) return null;
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
      boolean bad = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F || !pair && Character.isSurrogate(c);
      if (bad && out == null) out = new StringBuilder(s.length()).append(s, 0, i);
      if (out != null) {
        if (bad) {
          out.append(REPLACEMENT);
        } else {
          out.append(c);
          if (pair) out.append(s.charAt(i + 1));
        }
      }
      if (pair) i++;
    }
    return out == null ? s : out.toString();
  }

  /** The note for texts that were cleaned. */
  static SourceNote note(String source, int texts) {
    return SourceNote.of(source, SourceNote.BROKEN_TEXT,
        texts + (texts == 1 ? " text" : " texter") + " innehöll styrtecken eller trasiga tecken; vart och ett ersattes med \uFFFD.",
        texts + (texts == 1 ? " text" : " texts") + " held control characters or broken characters; each was replaced with \uFFFD.");
  }
}
