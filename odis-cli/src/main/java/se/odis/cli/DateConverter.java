package se.odis.cli;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts a date option ({@code --as-of}, {@code --date}): ISO 8601, {@code YYYY-MM-DD}, a day
 * that exists. Anything else is a usage error (exit 2) that quotes the value, says what is wrong
 * with a date written the right way (no day 30 in February) and what is expected.
 */
final class DateConverter implements ITypeConverter<LocalDate> {
  private static final Pattern SHAPE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  @Override
  public LocalDate convert(String value) {
    String v = value.strip();
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + value + "' is not a date" + why(v)
          + "; expected a date written YYYY-MM-DD, e.g. 2026-01-31");
    }
  }

  /** @return why a value written YYYY-MM-DD is no day, or nothing for a value written otherwise */
  private static String why(String v) {
    Matcher m = SHAPE.matcher(v);
    if (!m.matches()) return "";
    int year = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    int day = Integer.parseInt(m.group(3));
    if (month < 1 || month > 12) return ": there is no month " + month;
    String name = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return ": " + name + " " + year + " has " + YearMonth.of(year, month).lengthOfMonth() + " days, not " + day;
  }
}
