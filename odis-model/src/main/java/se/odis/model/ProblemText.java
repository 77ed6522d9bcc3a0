package se.odis.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.net.URI;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words every problem of the strict reader is written with: how a type, an enum value, a JSON
 * pointer and a Jackson message are shown to a user. Shared by {@link JsonProblems},
 * {@link SyntaxProblems} and {@link ValueProblems} so that they all say a thing the same way, and
 * never with Java class names or Jackson's source excerpts.
 */
final class ProblemText {
  private ProblemText() {}

  /**
   * Splits a model's message of the form "problem; expected …" into problem and expectation, so
   * that factories such as {@link TaskId#of} and {@link LocalizedText#of} can say both.
   */
  static InputProblem withExpected(
      String source, int line, int column, String pointer, String message, String fallbackExpected) {
    int i = message.indexOf("; expected ");
    if (i < 0) return new InputProblem(source, line, column, pointer, message, fallbackExpected);
    return new InputProblem(source, line, column, pointer, message.substring(0, i),
        message.substring(i + "; expected ".length()));
  }

  /** The name an enum constant has in JSON: its {@code @JsonProperty} if it has one. */
  static String enumJsonName(Enum<?> c) {
    try {
      com.fasterxml.jackson.annotation.JsonProperty p =
          c.getDeclaringClass().getField(c.name()).getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
      return p != null && !p.value().isEmpty() ? p.value() : c.name();
    } catch (NoSuchFieldException ex) {
      return c.name();
    }
  }

  /** What a value of a type looks like in JSON, as the "expected" of a problem. */
  static String typeName(Class<?> t) {
    if (t == String.class) return "a string";
    if (t == boolean.class || t == Boolean.class) return "true or false (without quotes)";
    if (t == int.class || t == long.class || t == Integer.class || t == Long.class || t == java.math.BigInteger.class) {
      return "a whole number";
    }
    if (Number.class.isAssignableFrom(t) || t.isPrimitive()) return "a number";
    if (Collection.class.isAssignableFrom(t) || t.isArray()) return "an array";
    if (Map.class.isAssignableFrom(t)) return "an object";
    if (t == LocalizedText.class) return "an object of texts by language, e.g. {\"sv\": \"…\", \"en\": \"…\"}";
    if (t.isEnum()) {
      return "one of " + Arrays.stream(t.getEnumConstants()).map(c -> enumJsonName((Enum<?>) c))
          .collect(Collectors.joining(", "));
    }
    if (Temporal.class.isAssignableFrom(t)) return "a date written YYYY-MM-DD, e.g. \"2026-01-31\"";
    if (t == URI.class) return "a URI, e.g. \"https://example.se/data.csv\"";
    return "an object";
  }

  static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    return t;
  }

  static String rootMessage(Throwable e) {
    Throwable t = rootCause(e);
    String msg = t instanceof JsonProcessingException
        ? ((JsonProcessingException) t).getOriginalMessage()
        : t.getMessage();
    return msg == null ? "" : msg;
  }

  /** Jackson's "[Source: (String)"…"; line: 1, column: 1]", whose excerpt may hold any character. */
  private static final Pattern SOURCE_REF = Pattern.compile(
      "\\s*\\(?(?:(?:start marker|for \\w+ starting) at ?)?\\[Source: .*?; line: \\d+, column: \\d+\\]\\)?",
      Pattern.DOTALL);
  private static final Pattern CLASS_NAME = Pattern.compile("`(?:[a-z_][\\w]*\\.)+([\\w$]+)`|\\((?:[a-z_][\\w]*\\.)+[\\w$]+\\) ");

  /** A message without Jackson's source excerpts, Java class names and configuration advice. */
  static String sanitize(String msg) {
    String s = SOURCE_REF.matcher(msg).replaceAll("");
    Matcher m = CLASS_NAME.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String simple = m.group(1);
      m.appendReplacement(sb, Matcher.quoteReplacement(
          simple == null ? "" : simple.substring(simple.lastIndexOf('$') + 1)));
    }
    m.appendTail(sb);
    return sb.toString()
        .replaceAll("\\s*\\((?:but )?(?:could|might) if [^)]*\\)", "")
        .replaceAll("\\s*\\(set [^)]*to 'false' to allow\\)", "")
        .trim();
  }

  static String quote(Object v) {
    return v instanceof String ? "\"" + v + "\"" : String.valueOf(v);
  }

  /**
   * The JSON pointer (RFC 6901) of a Jackson path.
   *
   * @param path Jackson's reference path
   * @return the pointer, "" for the root
   */
  static String pointer(List<JsonMappingException.Reference> path) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : path) {
      if (r.getFieldName() != null) {
        sb.append('/').append(escape(r.getFieldName()));
      } else if (r.getIndex() >= 0) {
        sb.append('/').append(r.getIndex());
      }
    }
    return sb.toString();
  }

  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** The known name nearest to a misspelt one, if it is near enough to be a likely typo. */
  static String closest(String name, List<String> known) {
    return EditDistance.closest(name, known);
  }
}
