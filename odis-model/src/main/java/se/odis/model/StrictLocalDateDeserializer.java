package se.odis.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.LocalDate;

/** Reads a date only from a string written YYYY-MM-DD that names a day of the calendar. */
final class StrictLocalDateDeserializer extends StdDeserializer<LocalDate> {
  private static final long serialVersionUID = 1L;

  StrictLocalDateDeserializer() {
    super(LocalDate.class);
  }

  @Override
  public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.hasToken(JsonToken.VALUE_STRING)) {
      return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
    }
    String text = p.getText();
    if (!isIsoDateShape(text)) {
      return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not a date written YYYY-MM-DD");
    }
    // The shape is checked, so the fields are plain digits: no need for the general
    // DateTimeFormatter, which costs a good part of reading a dataset with full progress.
    try {
      return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    } catch (java.time.DateTimeException e) {
      return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not a day of the calendar");
    }
  }

  /** @return true if {@code t} is exactly four digits, '-', two digits, '-', two digits */
  static boolean isIsoDateShape(String t) {
    if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') return false;
    for (int i = 0; i < 10; i++) {
      if (i != 4 && i != 7 && (t.charAt(i) < '0' || t.charAt(i) > '9')) return false;
    }
    return true;
  }

  private static int digits(String t, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) n = n * 10 + (t.charAt(i) - '0');
    return n;
  }

  @Override
  public LogicalType logicalType() {
    return LogicalType.DateTime;
  }
}
