package se.odis.model;

import static se.odis.model.ProblemText.closest;
import static se.odis.model.ProblemText.enumJsonName;
import static se.odis.model.ProblemText.escape;
import static se.odis.model.ProblemText.quote;
import static se.odis.model.ProblemText.rootMessage;
import static se.odis.model.ProblemText.sanitize;
import static se.odis.model.ProblemText.typeName;
import static se.odis.model.ProblemText.withExpected;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import java.net.URI;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Describes a well-formed value the dataset model refuses: a null where a value is required, and
 * a value of the right JSON type that is not a valid enum constant, date, URI, web link, task id
 * or text.
 */
final class ValueProblems {
  private ValueProblems() {}

  /** A null where the model wants a value: a field, an element of a list or a value of a map. */
  static InputProblem nullValue(InvalidNullException n, String source, int line, int column, String pointer) {
    List<JsonMappingException.Reference> path = n.getPath();
    JsonMappingException.Reference last = path.isEmpty() ? null : path.get(path.size() - 1);
    String property = n.getPropertyName() == null ? null : n.getPropertyName().getSimpleName();
    Class<?> target = n.getTargetType();
    String expected = target == null ? null : typeName(target);
    boolean element = last != null && (last.getIndex() >= 0 || (last.getFieldName() != null
        && property != null && !property.equals(last.getFieldName())));
    if (element && last.getIndex() >= 0) {
      String owner = path.size() >= 2 ? path.get(path.size() - 2).getFieldName() : null;
      return new InputProblem(source, line, column, pointer,
          "null is not allowed as an element" + (owner == null ? "" : " of '" + owner + "'"), expected);
    }
    if (element) {
      return new InputProblem(source, line, column, pointer,
          "null is not allowed as the value of '" + last.getFieldName() + "'", expected);
    }
    String name = last != null && last.getFieldName() != null ? last.getFieldName() : property;
    if (target != null && target.isEnum() && hasUnknown(target)) {
      expected += " (leave the field out to mean UNKNOWN)";
    } else if (target != null && (Collection.class.isAssignableFrom(target) || Map.class.isAssignableFrom(target))) {
      expected += " (leave the field out if there is nothing to list)";
    }
    return new InputProblem(source, line, column, pointer, "null is not allowed for '" + name + "'", expected);
  }

  private static boolean hasUnknown(Class<?> enumType) {
    return Arrays.stream(enumType.getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals("UNKNOWN"));
  }

  /** A value of the right JSON shape that its type refuses, with the values it would take. */
  static InputProblem badValue(InvalidFormatException f, String source, int line, int column, String pointer) {
    Class<?> target = f.getTargetType();
    Object value = f.getValue();
    String msg = Objects.toString(f.getOriginalMessage(), "");
    if (target == TaskId.class || msg.contains("Map key")) {
      String why = msg.contains("Map key") ? keyReason(msg) : msg;
      String path = pointer;
      if (msg.contains("Map key") && value != null && !pointer.endsWith("/" + escape(String.valueOf(value)))) {
        path = pointer + "/" + escape(String.valueOf(value));
      }
      return withExpected(source, line, column, path,
          why.isEmpty() ? "key " + quote(value) + " is not allowed" : why, null);
    }
    if (target == String.class && msg.startsWith(CleanStringDeserializer.TEXT_FLAW)) {
      return new InputProblem(source, line, column, pointer, "the " + msg,
          "text without control characters (tabs and line breaks are allowed) and without half surrogate pairs");
    }
    if (msg.startsWith("Cannot coerce")) {
      return new InputProblem(source, line, column, pointer,
          describeValue(value) + " is not allowed here", target == null ? null : typeName(target));
    }
    if (target != null && target.isEnum()) {
      List<String> names = Arrays.stream(target.getEnumConstants())
          .map(c -> enumJsonName((Enum<?>) c)).collect(Collectors.toList());
      String hint = value instanceof String ? closest((String) value, names) : null;
      return new InputProblem(source, line, column, pointer,
          describeValue(value) + " is not allowed" + (hint == null ? "" : " (did you mean '" + hint + "'?)"),
          "one of " + String.join(", ", names));
    }
    if (target != null && Temporal.class.isAssignableFrom(target)) {
      String problem = value instanceof String && ((String) value).matches("\\d{4}-\\d{2}-\\d{2}")
          ? describeValue(value) + " is not a day of the calendar"
          : describeValue(value) + " is not in the form YYYY-MM-DD";
      return new InputProblem(source, line, column, pointer, problem, "a date written YYYY-MM-DD, e.g. \"2026-01-31\"");
    }
    if (target == URI.class && msg.startsWith(WebLinkDeserializer.NOT_WEB_LINK)) {
      return withExpected(source, line, column, pointer, msg.substring(WebLinkDeserializer.NOT_WEB_LINK.length()), null);
    }
    if (target == URI.class) {
      String why = uriReason(f);
      return new InputProblem(source, line, column, pointer,
          describeValue(value) + " is not a valid URI" + (why.isEmpty() ? "" : " (" + why + ")"),
          "a URI, e.g. \"https://example.se/data.csv\", with spaces and other special characters percent-encoded (%20)");
    }
    String why = sanitize(rootMessage(f));
    return new InputProblem(source, line, column, pointer, describeValue(value) + " is not allowed",
        target == null ? (why.isEmpty() ? null : why) : typeName(target));
  }

  /** The reason a map key was refused, as the key type's factory said it (Jackson's wrapping removed). */
  private static String keyReason(String msg) {
    Matcher m = Pattern.compile("problem: (?:\\([\\w.$]+\\) )?(.*)", Pattern.DOTALL).matcher(msg);
    return m.find() ? m.group(1).trim() : "";
  }

  private static String uriReason(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof java.net.URISyntaxException) {
        String reason = ((java.net.URISyntaxException) t).getReason();
        int index = ((java.net.URISyntaxException) t).getIndex();
        if (reason == null) return "";
        String r = reason.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + reason.substring(1);
        return index >= 0 ? r + " at character " + (index + 1) : r;
      }
      if (t.getCause() == null) break;
    }
    return "";
  }

  /** A value as a user wrote it, with its JSON type where that helps. */
  private static String describeValue(Object v) {
    if (v == null) return "null";
    if (v instanceof String) return "\"" + v + "\"";
    if (v instanceof Boolean) return "the boolean " + v;
    if (v instanceof Number) return "the number " + v;
    return String.valueOf(v);
  }
}
