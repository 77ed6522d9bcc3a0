package se.odis.model;

import static se.odis.model.ProblemText.escape;
import static se.odis.model.ProblemText.sanitize;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Describes malformed JSON: Jackson's parser messages (a missing comma, a stray character, a
 * repeated field, an input that ends early, a read limit) turned into a problem that says what
 * was wrong and what was expected there, at the place the parser stood.
 */
final class SyntaxProblems {
  private SyntaxProblems() {}

  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");
  private static final Pattern UNEXPECTED_CHAR = Pattern.compile("Unexpected character \\('(.+?)' \\(code (\\d+)\\)\\)");
  private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("Unrecognized token '(.*?)'");
  private static final Pattern CTRL_CHAR = Pattern.compile("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
  private static final Pattern START_MARKER =
      Pattern.compile("(?:start marker|starting) at ?\\[Source: .*?; line: (\\d+), column: (\\d+)\\]", Pattern.DOTALL);
  private static final Pattern CLOSE_MARKER = Pattern.compile(
      "Unexpected close marker '(.)': expected '(.)'");
  /** Jackson's StreamReadConstraints: "Number value length (5001) exceeds the maximum allowed (1000, from …". */
  private static final Pattern LIMIT = Pattern.compile(
      "(Document nesting depth|Number value length|String value length|Name length|Document length) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
  private static final Pattern BAD_ESCAPE = Pattern.compile("Unrecognized character escape .*\\(code (\\d+)\\)");

  private static final String VALUE = "a value: a string in double quotes, a number, true, false, null, an object or an array";

  /**
   * Describes malformed JSON at the place Jackson gives; the pointer is {@code knownPointer} when
   * the mapping already knows it, else that of the object or array the parser was in.
   */
  static InputProblem syntax(
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
}
