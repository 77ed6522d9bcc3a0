package se.odis.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
 * Reads datasets from JSON, strictly. Any problem — malformed JSON, an unknown field, a wrong
 * type, a bad enum value, a malformed date or URI, an unknown task id, a missing id — is an
 * {@link InvalidInputException} whose {@link InputProblem} names the source, the line and column,
 * the JSON pointer and what was expected. Nothing is guessed or silently dropped.
 *
 * <p>Thread-safe; one instance can serve any number of threads.
 */
public final class DatasetReader {
  private static final DatasetReader STRICT = new DatasetReader();
  private static final Pattern MISSING = Pattern.compile("required attributes are not set \\[([^\\]]*)\\]");

  private final ObjectReader reader;

  private DatasetReader() {
    this.reader = OdisJson.mapper().readerFor(Dataset.class);
  }

  /** @return the strict reader */
  public static DatasetReader strict() {
    return STRICT;
  }

  /**
   * Reads one dataset from a JSON file (UTF-8).
   *
   * @param file the file
   * @return the dataset
   * @throws InvalidInputException if the file cannot be read or is not a valid dataset; the
   *     problem's source is the path as given
   */
  public Dataset read(Path file) throws InvalidInputException {
    String source = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, source);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(
          new InputProblem(source, 0, 0, "", "no such file", "a readable JSON file"), e);
    } catch (IOException e) {
      throw new InvalidInputException(
          new InputProblem(source, 0, 0, "", "cannot read the file: " + e.getMessage(), null), e);
    }
  }

  /**
   * Reads one dataset from a JSON byte stream (UTF-8). The stream is not closed.
   *
   * @param in the stream
   * @param source a label for error messages, such as the file name
   * @return the dataset
   * @throws InvalidInputException if the input is not a valid dataset
   */
  public Dataset read(InputStream in, String source) throws InvalidInputException {
    try {
      return reader.readValue(in);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(describe(e, source), e);
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(
          new InputProblem(source, 0, 0, "", "the file is not valid UTF-8", "UTF-8 encoded JSON"), e);
    } catch (IOException e) {
      throw new InvalidInputException(
          new InputProblem(source, 0, 0, "", "cannot read: " + e.getMessage(), null), e);
    }
  }

  /**
   * Reads one dataset from JSON text.
   *
   * @param json the JSON text
   * @param source a label for error messages
   * @return the dataset
   * @throws InvalidInputException if the text is not a valid dataset
   */
  public Dataset read(String json, String source) throws InvalidInputException {
    try {
      return reader.readValue(json);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(describe(e, source), e);
    }
  }

  /**
   * Reads one dataset from a character stream. The reader is not closed.
   *
   * @param in the reader
   * @param source a label for error messages
   * @return the dataset
   * @throws InvalidInputException if the input is not a valid dataset
   */
  public Dataset read(Reader in, String source) throws InvalidInputException {
    try {
      return reader.readValue(in);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(describe(e, source), e);
    } catch (IOException e) {
      throw new InvalidInputException(
          new InputProblem(source, 0, 0, "", "cannot read: " + e.getMessage(), null), e);
    }
  }

  /**
   * Turns a Jackson exception into a problem a user can act on. Public so that other readers of
   * ODIS input (profiles, portfolios) report the same way.
   *
   * @param e the exception
   * @param source the source label
   * @return the problem
   */
  public static InputProblem describe(JsonProcessingException e, String source) {
    JsonLocation loc = e.getLocation();
    int line = loc == null ? 0 : Math.max(loc.getLineNr(), 0);
    int column = loc == null ? 0 : Math.max(loc.getColumnNr(), 0);
    if (!(e instanceof JsonMappingException)) {
      return new InputProblem(source, line, column, "", "malformed JSON: " + e.getOriginalMessage(), "well-formed JSON");
    }
    JsonMappingException m = (JsonMappingException) e;
    String pointer = pointer(m.getPath());
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
    if (m instanceof InvalidFormatException) {
      InvalidFormatException f = (InvalidFormatException) m;
      Class<?> target = f.getTargetType();
      String value = String.valueOf(f.getValue());
      if (f.getMessage() != null && f.getMessage().contains("Map key")) {
        String why = rootMessage(f);
        return new InputProblem(source, line, column, pointer + "/" + escape(value),
            "progress key " + why, null);
      }
      return new InputProblem(source, line, column, pointer,
          quote(f.getValue()) + " is not allowed", expectation(target, value, f));
    }
    if (m instanceof ValueInstantiationException) {
      String why = rootMessage(m);
      Matcher missing = MISSING.matcher(why);
      if (missing.find()) {
        String names = missing.group(1).trim();
        return new InputProblem(source, line, column, pointer,
            "missing required field" + (names.contains(",") ? "s " : " ") + quoteNames(names),
            null);
      }
      if (why.startsWith("Cannot build") || why.isEmpty()) {
        return new InputProblem(source, line, column, pointer, "invalid value: " + why, null);
      }
      return new InputProblem(source, line, column, pointer, nullHint(why), null);
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
      String found = found(mi.getProcessor());
      return new InputProblem(source, line, column, pointer,
          (found == null ? "wrong type" : found + " is not allowed here"),
          target == null ? null : typeName(target));
    }
    String why = rootMessage(m);
    return new InputProblem(source, line, column, pointer, nullHint(why), null);
  }

  private static String nullHint(String why) {
    // Immutables reports a null for a non-nullable attribute as NullPointerException("name").
    if (why.matches("[A-Za-z]+( element)?")) {
      return "null is not allowed for '" + why.replace(" element", "") + "'"
          + (why.endsWith("element") ? " elements" : "") + "; leave the field out instead";
    }
    return why;
  }

  private static String quoteNames(String names) {
    return Arrays.stream(names.split(",")).map(String::trim).map(n -> "'" + n + "'")
        .collect(Collectors.joining(", "));
  }

  private static String found(Object processor) {
    if (!(processor instanceof JsonParser)) return null;
    JsonToken t = ((JsonParser) processor).currentToken();
    if (t == null) return null;
    switch (t) {
      case START_OBJECT: case END_OBJECT: case FIELD_NAME: return "an object";
      case START_ARRAY: case END_ARRAY: return "an array";
      case VALUE_STRING: return "a string";
      case VALUE_NUMBER_INT: case VALUE_NUMBER_FLOAT: return "a number";
      case VALUE_TRUE: case VALUE_FALSE: return "a boolean";
      case VALUE_NULL: return "null";
      default: return null;
    }
  }

  private static String expectation(Class<?> target, String value, InvalidFormatException f) {
    if (target != null && target.isEnum()) {
      Object[] constants = target.getEnumConstants();
      String names = Arrays.stream(constants).map(c -> enumJsonName((Enum<?>) c)).collect(Collectors.joining(", "));
      return "one of " + names;
    }
    if (target != null && Temporal.class.isAssignableFrom(target)) {
      return "a date written YYYY-MM-DD, e.g. \"2026-01-31\"";
    }
    if (target == URI.class) {
      return "a URI, e.g. \"https://example.se/data.csv\"";
    }
    String why = rootMessage(f);
    return target == null ? why : typeName(target) + (why.isEmpty() ? "" : " (" + why + ")");
  }

  private static String enumJsonName(Enum<?> c) {
    try {
      com.fasterxml.jackson.annotation.JsonProperty p =
          c.getDeclaringClass().getField(c.name()).getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
      return p != null && !p.value().isEmpty() ? p.value() : c.name();
    } catch (NoSuchFieldException ex) {
      return c.name();
    }
  }

  private static String typeName(Class<?> t) {
    if (t == String.class) return "a string";
    if (t == boolean.class || t == Boolean.class) return "true or false";
    if (Number.class.isAssignableFrom(t) || t.isPrimitive()) return "a number";
    if (Collection.class.isAssignableFrom(t) || t.isArray()) return "an array";
    if (Map.class.isAssignableFrom(t)) return "an object";
    if (t == LocalizedText.class) return "an object of texts by language, e.g. {\"sv\": \"…\", \"en\": \"…\"}";
    if (t.isEnum()) return "a string";
    if (Temporal.class.isAssignableFrom(t)) return "a date written YYYY-MM-DD";
    if (t == URI.class) return "a URI string";
    return "an object";
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    String msg = t instanceof JsonProcessingException
        ? ((JsonProcessingException) t).getOriginalMessage()
        : t.getMessage();
    return msg == null ? "" : msg;
  }

  private static String quote(Object v) {
    return v instanceof String ? "\"" + v + "\"" : String.valueOf(v);
  }

  private static List<String> knownNames(Collection<Object> ids) {
    if (ids == null) return List.of();
    return ids.stream().map(String::valueOf).sorted().collect(Collectors.toList());
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

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** The known name nearest to a misspelt one, if it is near enough to be a likely typo. */
  static String closest(String name, List<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(name.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    return best != null && bestDistance <= Math.max(2, name.length() / 3) ? best : null;
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev; prev = cur; cur = t;
    }
    return prev[b.length()];
  }
}
