package se.odis.dcat;

import se.odis.model.TextCheck;

/**
 * Text from a catalogue as ODIS can keep it. What is not text ({@link TextCheck}) ODIS's own reader
 * refuses; a third party's catalogue cannot be fixed by its reader, so each such character is
 * replaced with U+FFFD, visibly, and the import says so in a note.
 */
final class TextCleaning {
  /** What replaces a character that is not text. */
  static final char REPLACEMENT = '\uFFFD';

  private TextCleaning() {}

  /**
   * @param s a text, or null
   * @return the text with every character that is not text ({@link TextCheck#flawAt}) replaced
   *     with U+FFFD; the same instance when there is none
   */
  static String clean(String s) {
    if (s == null) return null;
    int at = TextCheck.flawAt(s, 0);
    if (at < 0) return s;
    StringBuilder out = new StringBuilder(s);
    for (; at >= 0; at = TextCheck.flawAt(out, at + 1)) out.setCharAt(at, REPLACEMENT);
    return out.toString();
  }

  /** The note for texts that were cleaned. */
  static SourceNote note(String source, int texts) {
    return SourceNote.of(source, SourceNote.BROKEN_TEXT,
        texts + (texts == 1 ? " text" : " texter") + " innehöll styrtecken eller trasiga tecken; vart och ett ersattes med \uFFFD.",
        texts + (texts == 1 ? " text" : " texts") + " held control characters or broken characters; each was replaced with \uFFFD.");
  }
}
