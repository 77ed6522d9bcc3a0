package se.odis.model;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding of dataset text, for {@link DatasetReader#decodeUtf8}: a malformed byte is
 * bad input at its line and column in characters, never a replacement character that would pass
 * for content.
 */
final class StrictUtf8 {
  private StrictUtf8() {}

  /** See {@link DatasetReader#decodeUtf8}, which is the public face of this. */
  static String decode(byte[] bytes, String source, int firstLine, String subject) throws InvalidInputException {
    // The JDK's own decoding is several times faster than a decoder's, but replaces a malformed
    // byte with U+FFFD: text without U+FFFD is the exact decoding; text with it (a malformed byte,
    // or a U+FFFD the input really holds) is decoded again, strictly.
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) return fast;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes);
    CharBuffer text = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(input, text, true);
    if (!result.isError()) result = decoder.flush(text);
    text.flip();
    if (result.isError()) {
      int line = firstLine;
      int column = 1;
      for (int i = 0; i < text.limit(); i++) {
        if (text.get(i) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      String bad = String.format("0x%02X", bytes[input.position()] & 0xFF);
      throw new InvalidInputException(
          new InputProblem(source, line, column, "", subject + " is not valid UTF-8 (byte " + bad + ")",
              "UTF-8 encoded JSON (the file may be saved as Latin-1 or Windows-1252; save it as UTF-8)"),
          null);
    }
    return text.toString();
  }
}
