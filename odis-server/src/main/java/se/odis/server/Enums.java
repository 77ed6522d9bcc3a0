package se.odis.server;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import se.odis.model.EditDistance;

/** Enum values from requests, read as strictly as the dataset reader reads them. */
final class Enums {
  private Enums() {}

  static <E extends Enum<E>> E parse(Class<E> type, String what, String value) {
    return parse(type, what, value, false);
  }

  /**
   * @param anyCase true to take the name in any case, as {@code odis progress --status} does
   * @throws Problem 400 naming the values, with the nearest one
   */
  static <E extends Enum<E>> E parse(Class<E> type, String what, String value, boolean anyCase) {
    String v = anyCase ? value.strip().toUpperCase(Locale.ROOT) : value;
    for (E e : type.getEnumConstants()) if (e.name().equals(v)) return e;
    String near = EditDistance.closest(v, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    String problem = "'" + value + "' is not allowed" + (near != null ? " (did you mean '" + near + "'?)" : "");
    if (what.startsWith("/")) {
      throw Problem.badBody(what, problem, "one of " + names(type));
    }
    throw Problem.badRequest(what + ": " + problem + "; expected one of " + names(type));
  }

  static String names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
