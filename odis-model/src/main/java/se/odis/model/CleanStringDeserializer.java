package se.odis.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;

/**
 * Reads text that can be kept as given: JSON may escape any character, but not every character
 * is text ({@link TextCheck}); such a string is refused rather than kept or rewritten.
 */
final class CleanStringDeserializer extends com.fasterxml.jackson.databind.deser.std.StringDeserializer {
  private static final long serialVersionUID = 1L;

  @Override
  public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    String s = super.deserialize(p, ctxt);
    String flaw = s == null ? null : flaw(s);
    if (flaw != null) throw InvalidFormatException.from(p, TEXT_FLAW + flaw, s, String.class);
    return s;
  }

  /** @return what is wrong with the text, or null if nothing */
  static String flaw(String s) {
    int at = TextCheck.flawAt(s, 0);
    return at < 0 ? null : TextCheck.describe(s.charAt(at));
  }

  /** How this deserializer starts its message, for {@link DatasetReader} to recognise. */
  static final String TEXT_FLAW = "text holds ";
}
