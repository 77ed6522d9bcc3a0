package se.odis.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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

  /**
   * The largest dataset read: 32 MB. A dataset is a few kilobytes; the limit keeps a wrong file
   * (a disk image, {@code /dev/zero}) from exhausting memory before it is found to be wrong.
   */
  public static final int MAX_BYTES = 32 << 20;

  /**
   * Readies the strict reader: Jackson builds its deserializers of the whole dataset model on
   * first use, which costs a good part of a command's start-up. A command line tool can call this
   * on a spare thread at once, while it does other things, so that the first real read is fast.
   * Calling it is never needed for correctness.
   */
  public static void prepare() {
    try {
      STRICT.read(new java.io.ByteArrayInputStream("{\"id\": \"prepare\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)), "prepare");
    } catch (InvalidInputException e) {
      // Only readiness was wanted; a real read reports its own problems.
    }
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
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new InvalidInputException(
          new InputProblem(source, 0, 0, "", "cannot read: " + e.getMessage(), null), e);
    }
    if (bytes.length > MAX_BYTES) {
      throw new InvalidInputException(new InputProblem(source, 0, 0, "", "the input is larger than 32 MB",
          "one dataset of at most 32 MB (a dataset is a few kilobytes; a portfolio goes in NDJSON, one dataset per line)"),
          null);
    }
    // Decode here rather than let Jackson parse bytes: Jackson counts columns in bytes, and a
    // line with "å" or "ö" before the mistake would then point past it.
    return read(decodeUtf8(bytes, source, 1, "the input"), source);
  }

  /**
   * Decodes strict UTF-8: a malformed byte is bad input at its line and column (in characters),
   * never a replacement character. Shared by every reader of dataset text, so that they all say
   * the same of a file saved in Latin-1 or Windows-1252.
   *
   * @param bytes the text's bytes
   * @param source a label for error messages, such as the file name
   * @param firstLine the line number of the first byte (1 for a file; N for line N of an NDJSON file)
   * @param subject what the bytes are, for the message ("the input", "the line")
   * @return the text
   * @throws InvalidInputException naming the first malformed byte and its place
   */
  public static String decodeUtf8(byte[] bytes, String source, int firstLine, String subject) throws InvalidInputException {
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

  /**
   * Reads one dataset from JSON text.
   *
   * @param json the JSON text
   * @param source a label for error messages
   * @return the dataset
   * @throws InvalidInputException if the text is not a valid dataset
   */
  public Dataset read(String json, String source) throws InvalidInputException {
    // A byte order mark is not content; leaving it in would shift every column of line 1.
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    try {
      return nonNull(reader.readValue(text), text, source);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(describe(e, source), e);
    }
  }

  /**
   * Jackson reads the JSON text {@code null} as no dataset at all rather than failing; it is not a
   * dataset, and must not pass for one.
   */
  private static Dataset nonNull(Dataset d, String text, String source) throws InvalidInputException {
    if (d != null) return d;
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length() && Character.isWhitespace(text.charAt(i)); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    throw new InvalidInputException(new InputProblem(source, line, column, "", "the input is null, not a dataset",
        "a JSON object describing one dataset, e.g. {\"id\": \"…\"}"), null);
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
      return nonNull(reader.readValue(in), "", source);
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
   * <p>The problem never shows Java class names or Jackson internals. Its line and column are
   * 1-based whenever Jackson knows the location; its pointer is the offending value (for a syntax
   * error, the object or array being read).
   *
   * @param e the exception
   * @param source the source label
   * @return the problem
   */
  public static InputProblem describe(JsonProcessingException e, String source) {
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

  // ------------------------------------------------------------------ syntax errors

  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");
  private static final Pattern UNEXPECTED_CHAR = Pattern.compile("Unexpected character \\('(.+?)' \\(code (\\d+)\\)\\)");
  private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("Unrecognized token '(.*?)'");
  private static final Pattern CTRL_CHAR = Pattern.compile("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
  private static final Pattern START_MARKER =
      Pattern.compile("(?:start marker|starting) at ?\\[Source: .*?; line: (\\d+), column: (\\d+)\\]", Pattern.DOTALL);
  private static final Pattern CLOSE_MARKER = Pattern.compile(
      "Unexpected close marker '(.)': expected '(.)'");
  private static final Pattern BLANK = Pattern.compile("([A-Za-z]+) must not be blank");
  /** Jackson's StreamReadConstraints: "Number value length (5001) exceeds the maximum allowed (1000, from …". */
  private static final Pattern LIMIT = Pattern.compile(
      "(Document nesting depth|Number value length|String value length|Name length|Document length) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
  private static final Pattern BAD_ESCAPE = Pattern.compile("Unrecognized character escape .*\\(code (\\d+)\\)");
  private static final Pattern ONE_LINE = Pattern.compile("([A-Za-z]+) must be one line");

  private static final String VALUE = "a value: a string in double quotes, a number, true, false, null, an object or an array";

  private static InputProblem syntax(
      JsonProcessingException e, String source, int line, int column, String knownPointer) {
    String msg = Objects.toString(e.getOriginalMessage(), "");
    JsonStreamContext ctx = e.getProcessor() instanceof JsonParser
        ? ((JsonParser) e.getProcessor()).getParsingContext() : null;
    String container = knownPointer != null ? knownPointer : containerPointer(ctx);
    Matcher m;
    if ((m = DUPLICATE.matcher(msg)).find()) {
      // Jackson stands just after the repeated name; point at its opening quote instead.
      String name = m.group(1);
      if (name.chars().allMatch(c -> c >= 0x20 && c < 0x7F && c != '"' && c != '\\')
          && column - name.length() - 2 >= 1) {
        column -= name.length() + 2;
      }
      return new InputProblem(source, line, column, container + "/" + escape(m.group(1)),
          "field '" + m.group(1) + "' appears more than once", "each field at most once");
    }
    if (msg.contains("was expecting comma to separate Object entries")) {
      return new InputProblem(source, line, column, container,
          "malformed JSON: a comma is missing between two fields", "',' between the fields of an object");
    }
    if (msg.contains("was expecting comma to separate Array entries")) {
      return new InputProblem(source, line, column, container,
          "malformed JSON: a comma is missing between two elements", "',' between the elements of an array");
    }
    if (msg.contains("(NaN)") || msg.contains("Non-standard token")) {
      return new InputProblem(source, line, column, container, "malformed JSON: not a JSON number", "a number such as 12 or 1.5");
    }
    if ((m = CLOSE_MARKER.matcher(msg)).find()) {
      Matcher start = START_MARKER.matcher(msg);
      String what = m.group(2).equals("}") ? "object" : "array";
      String where = start.find() ? " that starts at line " + start.group(1) + ", column " + start.group(2) : "";
      return new InputProblem(source, line, column, container,
          "malformed JSON: '" + m.group(1) + "' cannot close the " + what + where,
          "'" + m.group(2) + "'");
    }
    if ((m = UNEXPECTED_CHAR.matcher(msg)).find()) {
      String ch = m.group(1);
      if (ch.equals("'")) {
        return new InputProblem(source, line, column, container,
            "malformed JSON: single quotes (') are not JSON quotes",
            "double quotes around field names and strings, e.g. \"id\": \"parkering\"");
      }
      if (msg.contains("comment")) {
        return new InputProblem(source, line, column, container,
            "malformed JSON: comments are not allowed", "JSON without comments");
      }
      String expected;
      if (msg.contains("double-quote to start field name")) {
        expected = "a field name in double quotes" + (ch.equals("}") ? " (no comma may come before '}')" : "");
      } else if (msg.contains("colon to separate field name and value")) {
        expected = "':' between a field name and its value";
      } else if (msg.contains("expected a valid value")) {
        expected = VALUE + (ch.equals("]") ? " (no comma may come before ']')" : "");
      } else if (msg.contains("close marker for Array")) {
        expected = "',' or ']'";
      } else if (msg.contains("close marker for Object")) {
        expected = "',' or '}'";
      } else {
        expected = "well-formed JSON";
      }
      return new InputProblem(source, line, column, container,
          "malformed JSON: unexpected character " + printable(ch, m.group(2)), expected);
    }
    if ((m = UNRECOGNIZED_TOKEN.matcher(msg)).find()) {
      // The root context counts a value as soon as its first character is read: a second value
      // is content after the dataset, a first one is simply not JSON.
      if (ctx != null && ctx.inRoot() && ctx.getEntryCount() > 1) {
        return new InputProblem(source, line, column, "", "there is more content after the dataset object", "one JSON object");
      }
      return new InputProblem(source, line, column, container,
          "malformed JSON: " + m.group(1) + " is not a JSON value", VALUE);
    }
    if ((m = BAD_ESCAPE.matcher(msg)).find()) {
      int c = Integer.parseInt(m.group(1));
      return new InputProblem(source, line, column, container,
          String.format("malformed JSON: a backslash before %s (U+%04X) is not an escape JSON knows", c == '`' ? "a backtick" : printable(String.valueOf((char) c), m.group(1)), c),
          "one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX, or a backslash written as \\\\");
    }
    if ((m = LIMIT.matcher(msg)).find()) {
      String limit = m.group(3);
      switch (m.group(1)) {
        case "Document nesting depth":
          return new InputProblem(source, line, column, container,
              "malformed JSON: arrays and objects nested more than " + limit + " deep", "a dataset nested a few levels deep");
        case "Number value length":
          return new InputProblem(source, line, column, container,
              "a number longer than " + limit + " digits", "a number such as 12 or 1.5");
        case "String value length":
          return new InputProblem(source, line, column, container,
              "a text longer than " + limit + " characters", "shorter text");
        case "Name length":
          return new InputProblem(source, line, column, container,
              "a field name longer than " + limit + " characters", "a field name of the dataset format");
        default:
          return new InputProblem(source, line, column, container,
              "the input is larger than " + limit + " characters", "a smaller file");
      }
    }
    if ((m = CTRL_CHAR.matcher(msg)).find()) {
      return new InputProblem(source, line, column, container,
          "malformed JSON: a string holds an unescaped control character (code " + m.group(1) + ")",
          "control characters written as escapes, e.g. \\n or \\t");
    }
    if (msg.startsWith("Unexpected end-of-input")) {
      if (msg.contains("close marker for Object") || msg.contains("close marker for Array")) {
        boolean object = msg.contains("close marker for Object");
        Matcher start = START_MARKER.matcher(msg);
        String where = start.find() ? " that starts at line " + start.group(1) + ", column " + start.group(2) : "";
        return new InputProblem(source, line, column, container,
            "malformed JSON: the input ends before the " + (object ? "object" : "array") + where + " is closed",
            object ? "a closing '}'" : "a closing ']'");
      }
      if (msg.contains("VALUE_STRING") || msg.contains("String value") || msg.contains("field name")) {
        return new InputProblem(source, line, column, container,
            "malformed JSON: the input ends inside a string", "a closing '\"'");
      }
      return new InputProblem(source, line, column, container, "malformed JSON: the input ends too early", "well-formed JSON");
    }
    if (msg.contains("Invalid UTF-8")) {
      return new InputProblem(source, line, column, container, "the input is not valid UTF-8", "UTF-8 encoded JSON");
    }
    return new InputProblem(source, line, column, container, "malformed JSON: " + sanitize(msg), "well-formed JSON");
  }

  /** The pointer of the object or array the parser was reading. */
  private static String containerPointer(JsonStreamContext ctx) {
    if (ctx == null || ctx.getParent() == null) return "";
    return ctx.getParent().pathAsPointer().toString();
  }

  private static String printable(String ch, String code) {
    int c = Integer.parseInt(code);
    boolean invisible = c < 32 || c == 127 || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    return invisible ? String.format("U+%04X", c) : "'" + ch + "'";
  }

  // ------------------------------------------------------------------ mapping errors

  private static InputProblem nullValue(InvalidNullException n, String source, int line, int column, String pointer) {
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

  private static InputProblem badValue(InvalidFormatException f, String source, int line, int column, String pointer) {
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
    if (target == String.class && msg.startsWith(OdisJson.TEXT_FLAW)) {
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
    if (target == URI.class && msg.startsWith(OdisJson.NOT_WEB_LINK)) {
      return withExpected(source, line, column, pointer, msg.substring(OdisJson.NOT_WEB_LINK.length()), null);
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

  /**
   * Splits a model's message of the form "problem; expected …" into problem and expectation, so
   * that factories such as {@link TaskId#of} and {@link LocalizedText#of} can say both.
   */
  private static InputProblem withExpected(
      String source, int line, int column, String pointer, String message, String fallbackExpected) {
    int i = message.indexOf("; expected ");
    if (i < 0) return new InputProblem(source, line, column, pointer, message, fallbackExpected);
    return new InputProblem(source, line, column, pointer, message.substring(0, i),
        message.substring(i + "; expected ".length()));
  }

  /** A value as a user wrote it, with its JSON type where that helps. */
  private static String describeValue(Object v) {
    if (v == null) return "null";
    if (v instanceof String) return "\"" + v + "\"";
    if (v instanceof Boolean) return "the boolean " + v;
    if (v instanceof Number) return "the number " + v;
    return String.valueOf(v);
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

  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    return t;
  }

  private static String rootMessage(Throwable e) {
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
    return EditDistance.closest(name, known);
  }


}
