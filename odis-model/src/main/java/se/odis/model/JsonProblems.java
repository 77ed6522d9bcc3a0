package se.odis.model;

import static se.odis.model.ProblemText.closest;
import static se.odis.model.ProblemText.escape;
import static se.odis.model.ProblemText.pointer;
import static se.odis.model.ProblemText.rootCause;
import static se.odis.model.ProblemText.rootMessage;
import static se.odis.model.ProblemText.sanitize;
import static se.odis.model.ProblemText.typeName;
import static se.odis.model.ProblemText.withExpected;
import static se.odis.model.SyntaxProblems.syntax;
import static se.odis.model.ValueProblems.badValue;
import static se.odis.model.ValueProblems.nullValue;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
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
 * Turns a Jackson exception into a problem a user can act on, for {@link DatasetReader#describe}:
 * finds the place (line, column, JSON pointer) and sends the exception to the describer of its
 * kind — malformed JSON to {@link SyntaxProblems}, a refused value to {@link ValueProblems} — and
 * itself describes the rest: an unknown field, a missing or blank required field, a wrong type.
 */
final class JsonProblems {
  private static final Pattern MISSING = Pattern.compile("required attributes are not set \\[([^\\]]*)\\]");
  private static final Pattern BLANK = Pattern.compile("([A-Za-z]+) must not be blank");
  private static final Pattern ONE_LINE = Pattern.compile("([A-Za-z]+) must be one line");

  private JsonProblems() {}

  /** See {@link DatasetReader#describe}, which is the public face of this. */
  static InputProblem describe(JsonProcessingException e, String source) {
    JsonLocation loc = e.getLocation();
    if ((loc == null || loc.getLineNr() <= 0) && e.getProcessor() instanceof JsonParser) {
      // Jackson's limits (nesting depth, number length…) are reported without a place.
      loc = ((JsonParser) e.getProcessor()).currentLocation();
    }
    int line = loc == null ? 0 : Math.max(loc.getLineNr(), 0);
    int column = loc == null ? 0 : Math.max(loc.getColumnNr(), 0);
    if (line > 0 && column == 0) column = 1; // Jackson's column 0 is "before the first character"
    Throwable root = rootCause(e);
    if (!(e instanceof JsonMappingException)) {
      return syntax(e, source, line, column, null);
    }
    JsonMappingException m = (JsonMappingException) e;
    String pointer = pointer(m.getPath());
    if (root instanceof JsonProcessingException && !(root instanceof JsonMappingException)) {
      return syntax((JsonProcessingException) root, source, line, column, pointer);
    }
    if (m instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException u = (UnrecognizedPropertyException) m;
      List<String> known = knownNames(u.getKnownPropertyIds());
      String name = u.getPropertyName();
      String hint = closest(name, known);
      return new InputProblem(
          source, line, column, pointer,
          "unknown field '" + name + "'" + (hint == null ? "" : " (did you mean '" + hint + "'?)"),
          "one of " + String.join(", ", known));
    }
    if (m instanceof InvalidNullException) {
      return nullValue((InvalidNullException) m, source, line, column, pointer);
    }
    if (m instanceof InvalidFormatException) {
      return badValue((InvalidFormatException) m, source, line, column, pointer);
    }
    if (m instanceof ValueInstantiationException) {
      String why = rootMessage(m);
      Matcher missing = MISSING.matcher(why);
      if (missing.find()) {
        List<String> names = Arrays.stream(missing.group(1).split(","))
            .map(String::trim).filter(n -> !n.isEmpty()).collect(Collectors.toList());
        String quoted = names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
        return new InputProblem(source, line, column, pointer,
            "missing required field" + (names.size() > 1 ? "s " : " ") + quoted,
            "an object with " + (names.size() > 1 ? "the fields " : "the field ") + quoted);
      }
      Matcher blank = BLANK.matcher(why);
      if (blank.matches()) {
        return new InputProblem(source, line, column, pointer + "/" + escape(blank.group(1)),
            "'" + blank.group(1) + "' must not be blank", "a non-blank string");
      }
      Matcher oneLine = ONE_LINE.matcher(why);
      if (oneLine.matches()) {
        return new InputProblem(source, line, column, pointer + "/" + escape(oneLine.group(1)),
            "'" + oneLine.group(1) + "' holds a line break or tab", "one line of text");
      }
      if (why.isEmpty()) {
        return new InputProblem(source, line, column, pointer, "invalid value", null);
      }
      String hint = nullHint(why);
      return hint != null
          ? new InputProblem(source, line, column, pointer, hint, null)
          : withExpected(source, line, column, pointer, sanitize(why), null);
    }
    if (m instanceof MismatchedInputException) {
      MismatchedInputException mi = (MismatchedInputException) m;
      Class<?> target = mi.getTargetType();
      String msg = Objects.toString(mi.getOriginalMessage(), "");
      if (msg.startsWith("No content to map")) {
        return new InputProblem(source, line, column, "", "the input is empty", "a JSON object describing one dataset");
      }
      if (msg.startsWith("Trailing token")) {
        return new InputProblem(source, line, column, "", "there is more content after the dataset object", "one JSON object");
      }
      String found = found(msg);
      String problem = found == null ? "wrong type" : found + " is not allowed here";
      if (pointer.isEmpty() && isObjectType(target)) {
        return new InputProblem(source, line, column, pointer,
            found == null ? "the input is not a JSON object" : "the input is " + found + ", not an object",
            "a JSON object describing one dataset, e.g. {\"id\": \"…\"}");
      }
      Class<?> declared = declaredType(m.getPath());
      Class<?> shown = declared != null ? declared : target;
      return new InputProblem(source, line, column, pointer, problem, shown == null ? null : typeName(shown));
    }
    String hint = nullHint(rootMessage(m));
    return hint != null
        ? new InputProblem(source, line, column, pointer, hint, null)
        : withExpected(source, line, column, pointer, sanitize(rootMessage(m)), null);
  }

  private static String nullHint(String why) {
    // Immutables reports a null for a non-nullable attribute as NullPointerException("name").
    if (why.matches("[A-Za-z]+( element)?")) {
      return "null is not allowed for '" + why.replace(" element", "") + "'"
          + (why.endsWith("element") ? " elements" : "") + "; leave the field out instead";
    }
    return null;
  }

  private static final Pattern TOKEN = Pattern.compile("token `JsonToken\\.(\\w+)`");
  private static final Pattern COERCE = Pattern.compile(
      "Cannot coerce (empty String|String value|Integer value|Floating-point value|Float value|Boolean value)"
          + "(?: \\((.*?)\\))? to");

  /** What the input had where Jackson wanted something else, read from Jackson's message. */
  private static String found(String msg) {
    Matcher c = COERCE.matcher(msg);
    if (c.find()) {
      String v = c.group(2);
      switch (c.group(1)) {
        case "empty String": return "an empty string";
        case "String value": return v == null ? "a string" : "the string " + v;
        case "Boolean value": return v == null ? "a boolean" : "the boolean " + v;
        default: return v == null ? "a number" : "the number " + v;
      }
    }
    if (msg.startsWith("Cannot map `null`")) return "null";
    Matcher t = TOKEN.matcher(msg);
    if (t.find()) {
      switch (t.group(1)) {
        case "START_OBJECT": case "END_OBJECT": case "FIELD_NAME": return "an object";
        case "START_ARRAY": case "END_ARRAY": return "an array";
        case "VALUE_STRING": return "a string";
        case "VALUE_NUMBER_INT": case "VALUE_NUMBER_FLOAT": return "a number";
        case "VALUE_TRUE": case "VALUE_FALSE": return "a boolean";
        case "VALUE_NULL": return "null";
        default: return null;
      }
    }
    if (msg.contains("from String value")) return "a string";
    if (msg.contains("from Integer value") || msg.contains("from Floating-point value")) return "a number";
    if (msg.contains("from Boolean value")) return "a boolean";
    if (msg.contains("from Array value")) return "an array";
    if (msg.contains("from Object value")) return "an object";
    return null;
  }

  /**
   * The type the model declares for the value at the end of a path, when Jackson's target type is
   * only an implementation detail (a text's map for a {@link LocalizedText}); null if unknown.
   */
  private static Class<?> declaredType(List<JsonMappingException.Reference> path) {
    if (path.isEmpty()) return null;
    JsonMappingException.Reference r = path.get(path.size() - 1);
    Object from = r.getFrom();
    String name = r.getFieldName();
    if (from == null || name == null || name.isEmpty() || from instanceof Map || from instanceof Collection) {
      return null;
    }
    Class<?> c = from instanceof Class ? (Class<?>) from : from.getClass();
    String setter = "set" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    for (java.lang.reflect.Method method : c.getDeclaredMethods()) {
      if (method.getName().equals(setter) && method.getParameterCount() == 1) return method.getParameterTypes()[0];
    }
    return null;
  }

  private static boolean isObjectType(Class<?> t) {
    return t != null && !t.isPrimitive() && !t.isEnum() && t != String.class && !Number.class.isAssignableFrom(t)
        && !Collection.class.isAssignableFrom(t) && !Map.class.isAssignableFrom(t) && t != LocalizedText.class
        && !Temporal.class.isAssignableFrom(t) && t != URI.class && t != Boolean.class;
  }

  private static List<String> knownNames(Collection<Object> ids) {
    if (ids == null) return List.of();
    return ids.stream().map(String::valueOf).sorted().collect(Collectors.toList());
  }
}
