package se.odis.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The strict reader: every kind of bad input is an {@link InvalidInputException} naming the
 * source, line, column, JSON pointer, the problem and what was expected; absent facts read as
 * {@code UNKNOWN}; and nothing the user wrote is lost on a write/read round trip.
 */
class DatasetReaderTest {
  private static final DatasetReader READER = DatasetReader.strict();
  private static final String SOURCE = "dataset.json";
  static final Path EXAMPLES = Path.of("../odis-examples/datasets");

  /** Reads input that must be rejected; checks what every problem must satisfy, and returns it. */
  static InputProblem problemOf(String json) {
    try {
      Dataset d = READER.read(json, SOURCE);
      return fail("expected the input to be rejected, but it read as %s:%n%s", d, json);
    } catch (InvalidInputException e) {
      InputProblem p = e.getProblem();
      assertThat(e.getMessage()).isEqualTo(p.toString());
      assertThat(p.getSource()).isEqualTo(SOURCE);
      assertThat(p.getLine()).as("line of %s", p).isPositive();
      assertThat(p.getColumn()).as("column of %s", p).isPositive();
      assertThat(p.getProblem()).isNotBlank();
      assertNoInternals(p);
      return p;
    }
  }

  /** No Java class names, Jackson configuration advice or source excerpts reach the user. */
  static void assertNoInternals(InputProblem p) {
    assertThat(p.toString())
        .as("message shows internals: %s", p)
        .doesNotContainPattern("\\b(java|com|se|net)\\.[a-z]+\\.")
        .doesNotContain("`", "Jackson", "CoercionConfig", "[Source:", "Exception", "JsonToken", "MapperFeature",
            "DeserializationFeature", "Immutable");
  }

  private static void assertProblem(
      InputProblem p, int line, int column, String pointer, String problem, String expected) {
    assertThat(p.getLine()).as("line of %s", p).isEqualTo(line);
    assertThat(p.getColumn()).as("column of %s", p).isEqualTo(column);
    assertThat(p.getPointer()).as("pointer of %s", p).isEqualTo(pointer);
    assertThat(p.getProblem()).as("problem of %s", p).isEqualTo(problem);
    assertThat(p.getExpected()).as("expected of %s", p).isEqualTo(expected);
  }

  private static Dataset read(String json) throws InvalidInputException {
    return READER.read(json, SOURCE);
  }

  // ---------------------------------------------------------------- malformed JSON

  @Test
  void read_missingComma_namesLineColumnAndTheMissingComma() {
    InputProblem p = problemOf("""
        {
          "id": "x"
          "licence": "CC0-1.0"
        }
        """);
    assertProblem(p, 3, 3, "", "malformed JSON: a comma is missing between two fields",
        "',' between the fields of an object");
    assertThat(p).hasToString(
        "dataset.json:3:3: malformed JSON: a comma is missing between two fields;"
            + " expected ',' between the fields of an object");
  }

  @Test
  void read_nullAsTheWholeInput_isAProblemNotAMissingDataset() {
    // Jackson reads the text null as "no value" without failing; it must not pass for a dataset.
    assertProblem(problemOf("null"), 1, 1, "", "the input is null, not a dataset",
        "a JSON object describing one dataset, e.g. {\"id\": \"…\"}");
    assertThat(problemOf("\n  null\n").getLine()).isEqualTo(2);
    assertThat(problemOf("\n  null\n").getColumn()).isEqualTo(3);
  }

  @Test
  void read_bareWordInsteadOfJson_saysItIsNotAJsonValue_notThatSomethingFollows() {
    assertProblem(problemOf("hello"), 1, 1, "", "malformed JSON: hello is not a JSON value",
        "a value: a string in double quotes, a number, true, false, null, an object or an array");
    assertProblem(problemOf("{\"id\": \"x\"} hello"), 1, 13, "", "there is more content after the dataset object",
        "one JSON object");
  }

  @Test
  void read_textWithControlCharacterOrHalfASurrogatePair_isRefused_notKeptOrRewritten() {
    String expected = "text without control characters (tabs and line breaks are allowed) and without half surrogate pairs";
    assertProblem(problemOf("{\"id\": \"a\\u0000b\"}"), 1, 8, "/id", "the text holds the control character U+0000", expected);
    assertProblem(problemOf("{\"id\": \"x\", \"title\": {\"sv\": \"\\ud800\"}}"), 1, 29, "/title/sv",
        "the text holds half a surrogate pair (\\ud800)", expected);
    assertThat(problemOf("{\"id\": \"x\", \"keywords\": [\"ok\", \"\\u001b[31m\"]}").getPointer()).isEqualTo("/keywords/1");
    assertThat(problemOf("{\"id\": \"x\", \"title\": {\"sv\": \"\\udc00\\ud800\"}}").getProblem())
        .isEqualTo("the text holds half a surrogate pair (\\udc00)");
  }

  @Test
  void read_textWithLineBreaksTabsAndWholeSurrogatePairs_isKeptAsGiven() throws InvalidInputException {
    Dataset d = read("{\"id\": \"x\", \"title\": {\"sv\": \"rad 1\\nrad 2\\t\\ud83d\\ude00\"}}");
    assertThat(d.getTitle().get("sv")).isEqualTo("rad 1\nrad 2\t\uD83D\uDE00");
  }

  @Test
  void read_idOverSeveralLines_isRefused() {
    assertProblem(problemOf("{\"id\": \"a\\nb\"}"), 1, 14, "/id", "'id' holds a line break or tab", "one line of text");
  }

  @Test
  void read_unknownEscape_namesTheCharacterWithoutJacksonsQuoting() {
    InputProblem backtick = problemOf("{\"id\": \"a\\`b\"}");
    assertThat(backtick.getProblem()).isEqualTo("malformed JSON: a backslash before a backtick (U+0060) is not an escape JSON knows");
    assertThat(backtick.getExpected()).isEqualTo("one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX, or a backslash written as \\\\");
    assertThat(problemOf("{\"id\": \"a\\qb\"}").getProblem())
        .isEqualTo("malformed JSON: a backslash before 'q' (U+0071) is not an escape JSON knows");
  }

  @Test
  void read_inputBeyondJacksonsLimits_isDescribedWithoutJacksonsWords() {
    // Jackson gives these no place in the input; what they are is still said plainly.
    InputProblem number = unplacedProblemOf("{\"id\": 1" + "0".repeat(5000) + "}");
    assertThat(number.getProblem()).isEqualTo("a number longer than 1000 digits");
    assertThat(number.getExpected()).isEqualTo("a number such as 12 or 1.5");
  }

  private static InputProblem unplacedProblemOf(String json) {
    InvalidInputException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> READER.read(json, SOURCE), InvalidInputException.class);
    assertThat(e).isNotNull();
    assertNoInternals(e.getProblem());
    return e.getProblem();
  }

  @Test
  void read_endlessInput_stopsAtTheLimit_insteadOfExhaustingMemory() {
    java.io.InputStream zeros = new java.io.InputStream() {
      private long left = 4L << 30; // 4 GB, never held

      @Override
      public int read() {
        return left-- > 0 ? 0 : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) return -1;
        int n = (int) Math.min(len, left);
        java.util.Arrays.fill(b, off, off + n, (byte) 0);
        left -= n;
        return n;
      }
    };
    InvalidInputException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> READER.read(zeros, "zeros"), InvalidInputException.class);
    assertThat(e.getProblem().getProblem()).isEqualTo("the input is larger than 32 MB");
  }

  @Test
  void read_missingCommaInNestedObject_pointsAtTheObjectBeingRead() {
    InputProblem p = problemOf("""
        {
          "id": "x",
          "distributions": [
            {"format": "CSV" "api": true}
          ]
        }
        """);
    assertProblem(p, 4, 22, "/distributions/0", "malformed JSON: a comma is missing between two fields",
        "',' between the fields of an object");
  }

  @Test
  void read_missingCommaInArray_pointsAtTheElement() {
    InputProblem p = problemOf("""
        {"id": "x", "keywords": ["a" "b"]}""");
    assertProblem(p, 1, 30, "/keywords/1", "malformed JSON: a comma is missing between two elements",
        "',' between the elements of an array");
  }

  @Test
  void read_trailingGarbage_isMoreContentAfterTheDataset() {
    InputProblem p = problemOf("{\"id\": \"x\"} xyz");
    assertProblem(p, 1, 13, "", "there is more content after the dataset object", "one JSON object");
    assertThat(p).hasToString("dataset.json:1:13: there is more content after the dataset object; expected one JSON object");
  }

  @Test
  void read_secondObject_isMoreContentAfterTheDataset() {
    InputProblem p = problemOf("{\"id\": \"x\"}\n{\"id\": \"y\"}");
    assertProblem(p, 2, 1, "", "there is more content after the dataset object", "one JSON object");
  }

  @Test
  void read_singleQuotedName_saysToUseDoubleQuotes() {
    InputProblem p = problemOf("{'id': 'x'}");
    assertProblem(p, 1, 2, "", "malformed JSON: single quotes (') are not JSON quotes",
        "double quotes around field names and strings, e.g. \"id\": \"parkering\"");
  }

  @Test
  void read_singleQuotedValue_saysToUseDoubleQuotes() {
    InputProblem p = problemOf("{\"id\": 'x'}");
    assertProblem(p, 1, 8, "", "malformed JSON: single quotes (') are not JSON quotes",
        "double quotes around field names and strings, e.g. \"id\": \"parkering\"");
  }

  @Test
  void read_comment_isRejected() {
    InputProblem p = problemOf("{\"id\": \"x\" /* note */}");
    assertProblem(p, 1, 12, "", "malformed JSON: comments are not allowed", "JSON without comments");
  }

  @Test
  void read_trailingCommaInObject_saysNoCommaBeforeTheBrace() {
    InputProblem p = problemOf("{\"id\": \"x\",}");
    assertThat(p.getProblem()).isEqualTo("malformed JSON: unexpected character '}'");
    assertThat(p.getExpected()).isEqualTo("a field name in double quotes (no comma may come before '}')");
  }

  @Test
  void read_unclosedObject_saysWhereTheObjectStarts() {
    InputProblem p = problemOf("{\n  \"id\": \"x\",\n  \"publisher\": {\"name\": \"Exempelkommun\"\n");
    assertThat(p.getProblem()).isEqualTo(
        "malformed JSON: the input ends before the object that starts at line 3, column 16 is closed");
    assertThat(p.getExpected()).isEqualTo("a closing '}'");
    assertThat(p.getPointer()).isEqualTo("/publisher");
  }

  @Test
  void read_wrongClosingBracket_saysWhichObjectIsLeftOpen() {
    InputProblem p = problemOf("""
        {
          "id": "x",
          "publisher": {"name": "Exempelkommun", "type": "LocalAuthority"]
        }""");
    assertProblem(p, 3, 66, "/publisher",
        "malformed JSON: ']' cannot close the object that starts at line 3, column 16", "'}'");
  }

  @Test
  void read_wrongClosingBracketAfterLongInput_showsNoExcerptOfTheInput() {
    String keywords = "\"a]b\", ".repeat(200);
    InputProblem p = problemOf("{\"id\": \"x\", \"keywords\": [" + keywords + "\"c\"}");
    assertThat(p.getProblem()).isEqualTo("malformed JSON: '}' cannot close the array that starts at line 1, column 25");
    assertThat(p.toString()).doesNotContain("a]b");
  }

  @Test
  void read_bareWord_isNotAJsonValue() {
    InputProblem p = problemOf("{\"id\": \"x\", \"secrecy\": NONE}");
    assertProblem(p, 1, 24, "", "malformed JSON: NONE is not a JSON value",
        "a value: a string in double quotes, a number, true, false, null, an object or an array");
  }

  @Test
  void read_unescapedControlCharacter_saysToEscapeIt() {
    InputProblem p = problemOf("{\"id\": \"x\u0001\"}");
    assertThat(p.getPointer()).isEqualTo("/id");
    assertThat(p.getProblem()).isEqualTo("malformed JSON: a string holds an unescaped control character (code 1)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\n\n"})
  void read_emptyInput_saysItIsEmpty(String json) {
    InputProblem p = problemOf(json);
    assertThat(p.getLine()).isPositive();
    assertThat(p.getColumn()).isEqualTo(1);
    assertThat(p.getPointer()).isEmpty();
    assertThat(p.getProblem()).isEqualTo("the input is empty");
    assertThat(p.getExpected()).isEqualTo("a JSON object describing one dataset");
  }

  @Test
  void read_emptyString_isLineOneColumnOne() {
    assertThat(problemOf(""))
        .hasToString("dataset.json:1:1: the input is empty; expected a JSON object describing one dataset");
  }

  @Test
  void read_topLevelArray_saysAnObjectIsExpected() {
    InputProblem p = problemOf("[{\"id\": \"x\"}]");
    assertProblem(p, 1, 1, "", "the input is an array, not an object",
        "a JSON object describing one dataset, e.g. {\"id\": \"…\"}");
  }

  @Test
  void read_topLevelString_saysAnObjectIsExpected() {
    InputProblem p = problemOf("\"x\"");
    assertThat(p.getProblem()).isEqualTo("the input is a string, not an object");
  }

  // ---------------------------------------------------------------- unknown fields

  @Test
  void read_unknownTopLevelField_suggestsTheNearestAndListsAll() {
    InputProblem p = problemOf("""
        {
          "id": "x",
          "titel": {"sv": "Lekplatser"}
        }
        """);
    assertThat(p.getLine()).isEqualTo(3);
    assertThat(p.getPointer()).isEqualTo("/titel");
    assertThat(p.getProblem()).isEqualTo("unknown field 'titel' (did you mean 'title'?)");
    assertThat(p.getExpected()).startsWith("one of $schema, accessRights, ").contains(", title");
    assertThat(p.toString()).startsWith("dataset.json:3:").contains(": /titel: unknown field 'titel' (did you mean 'title'?); expected one of $schema, ");
  }

  @Test
  void read_unknownFieldInDistribution_pointsIntoTheDistributionAndSuggests() {
    InputProblem p = problemOf("""
        {
          "id": "x",
          "distributions": [
            {"format": "CSV", "acessUrl": "https://example.se/data.csv"}
          ]
        }
        """);
    assertThat(p.getLine()).isEqualTo(4);
    assertThat(p.getPointer()).isEqualTo("/distributions/0/acessUrl");
    assertThat(p.getProblem()).isEqualTo("unknown field 'acessUrl' (did you mean 'accessUrl'?)");
    assertThat(p.getExpected()).startsWith("one of accessUrl, api, ").contains("downloadUrl", "format", "mediaType");
  }

  @Test
  void read_unknownFieldInProgress_listsTheProgressFields() {
    InputProblem p = problemOf("{\"id\": \"x\", \"progress\": {\"A.1.1.1\": {\"status\": \"DONE\", \"who\": \"Anna\"}}}");
    assertThat(p.getPointer()).isEqualTo("/progress/A.1.1.1/who");
    assertThat(p.getProblem()).isEqualTo("unknown field 'who'");
    assertThat(p.getExpected()).isEqualTo("one of by, date, note, status, title");
  }

  // ---------------------------------------------------------------- wrong types

  @Test
  void read_stringForBoolean_saysTrueOrFalseWithoutQuotes() {
    InputProblem p = problemOf("{\"id\": \"x\", \"distributions\": [{\"api\": \"true\"}]}");
    assertProblem(p, 1, 39, "/distributions/0/api", "the string \"true\" is not allowed here",
        "true or false (without quotes)");
    assertThat(p).hasToString("dataset.json:1:39: /distributions/0/api: the string \"true\" is not allowed here;"
        + " expected true or false (without quotes)");
  }

  @Test
  void read_numberForString_namesTheNumberAndNoJavaType() {
    InputProblem p = problemOf("{\"id\": \"x\", \"licence\": 4}");
    assertProblem(p, 1, 24, "/licence", "the number 4 is not allowed here", "a string");
  }

  @Test
  void read_booleanForString_namesTheBoolean() {
    InputProblem p = problemOf("{\"id\": true}");
    assertProblem(p, 1, 8, "/id", "the boolean true is not allowed here", "a string");
  }

  @Test
  void read_objectForArray_saysAnArrayIsExpected() {
    InputProblem p = problemOf("{\"id\": \"x\", \"keywords\": {\"a\": \"b\"}}");
    assertProblem(p, 1, 25, "/keywords", "an object is not allowed here", "an array");
  }

  @Test
  void read_stringForArray_isNotWrappedIntoAnArray() {
    InputProblem p = problemOf("{\"id\": \"x\", \"keywords\": \"parkering\"}");
    assertProblem(p, 1, 25, "/keywords", "a string is not allowed here", "an array");
  }

  @Test
  void read_stringForLocalizedText_showsTheExpectedShape() {
    InputProblem p = problemOf("{\"id\": \"x\", \"title\": \"Lekplatser\"}");
    assertProblem(p, 1, 22, "/title", "a string is not allowed here",
        "an object of texts by language, e.g. {\"sv\": \"…\", \"en\": \"…\"}");
  }

  @Test
  void read_arrayForObject_saysAnObjectIsExpected() {
    InputProblem p = problemOf("{\"id\": \"x\", \"publisher\": []}");
    assertProblem(p, 1, 26, "/publisher", "an array is not allowed here", "an object");
  }

  @Test
  void read_stringForNullableBoolean_isRejected() {
    InputProblem p = problemOf("{\"id\": \"x\", \"effort\": {\"proportionate\": \"yes\"}}");
    assertProblem(p, 1, 41, "/effort/proportionate", "the string \"yes\" is not allowed here",
        "true or false (without quotes)");
  }

  @Test
  void read_fractionForByteSize_saysAWholeNumber() {
    InputProblem p = problemOf("{\"id\": \"x\", \"distributions\": [{\"byteSize\": 1.5}]}");
    assertThat(p.getPointer()).isEqualTo("/distributions/0/byteSize");
    assertThat(p.getProblem()).isEqualTo("the number 1.5 is not allowed here");
    assertThat(p.getExpected()).isEqualTo("a whole number");
  }

  // ---------------------------------------------------------------- enums

  @Test
  void read_badSecrecy_listsTheFourValues() {
    InputProblem p = problemOf("""
        {
          "id": "x",
          "licence": "CC0-1.0",
          "secrecy": "MAYBE"
        }
        """);
    assertProblem(p, 4, 14, "/secrecy", "\"MAYBE\" is not allowed", "one of NONE, PARTIAL, FULL, UNKNOWN");
    assertThat(p).hasToString(
        "dataset.json:4:14: /secrecy: \"MAYBE\" is not allowed; expected one of NONE, PARTIAL, FULL, UNKNOWN");
  }

  @Test
  void read_lowerCaseEnum_suggestsTheRightCase() {
    InputProblem p = problemOf("{\"id\": \"x\", \"secrecy\": \"none\"}");
    assertProblem(p, 1, 24, "/secrecy", "\"none\" is not allowed (did you mean 'NONE'?)",
        "one of NONE, PARTIAL, FULL, UNKNOWN");
  }

  @Test
  void read_numberForEnum_isRejected() {
    InputProblem p = problemOf("{\"id\": \"x\", \"secrecy\": 1}");
    assertProblem(p, 1, 24, "/secrecy", "the number 1 is not allowed", "one of NONE, PARTIAL, FULL, UNKNOWN");
  }

  @Test
  void read_javaNameForPublisherType_suggestsTheJsonName() {
    InputProblem p = problemOf("{\"id\": \"x\", \"publisher\": {\"type\": \"LOCAL_AUTHORITY\"}}");
    assertThat(p.getPointer()).isEqualTo("/publisher/type");
    assertThat(p.getProblem()).isEqualTo("\"LOCAL_AUTHORITY\" is not allowed (did you mean 'LocalAuthority'?)");
    assertThat(p.getExpected()).isEqualTo("one of Academia-ScientificOrganisation, Company, IndustryConsortium,"
        + " LocalAuthority, NationalAuthority, NonGovernmentalOrganisation, NonProfitOrganisation,"
        + " PrivateIndividual, RegionalAuthority, StandardisationBody, SupraNationalAuthority");
  }

  @Test
  void read_badTaskStatus_listsTheStatuses() {
    InputProblem p = problemOf("{\"id\": \"x\", \"progress\": {\"A.1.1.1\": {\"status\": \"FINISHED\"}}}");
    assertThat(p.getPointer()).isEqualTo("/progress/A.1.1.1/status");
    assertThat(p.getExpected()).isEqualTo("one of NOT_STARTED, IN_PROGRESS, DONE, NOT_APPLICABLE");
  }

  // ---------------------------------------------------------------- dates and URIs

  @Test
  void read_monthThirteen_isNotADayOfTheCalendar() {
    InputProblem p = problemOf("{\"id\": \"x\", \"issued\": \"2026-13-01\"}");
    assertProblem(p, 1, 23, "/issued", "\"2026-13-01\" is not a day of the calendar",
        "a date written YYYY-MM-DD, e.g. \"2026-01-31\"");
  }

  @Test
  void read_unpaddedDate_isNotInTheForm() {
    InputProblem p = problemOf("{\"id\": \"x\", \"progress\": {\"A.1.1.1\": {\"status\": \"DONE\", \"date\": \"2026-1-5\"}}}");
    assertProblem(p, 1, 64, "/progress/A.1.1.1/date", "\"2026-1-5\" is not in the form YYYY-MM-DD",
        "a date written YYYY-MM-DD, e.g. \"2026-01-31\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"2026-01-05T10:00:00\"", "\"2026-01-05T10:00:00Z\"", "\" 2026-01-05\"", "\"+2026-01-05\"",
      "\"20260105\"", "\"\"", "\"2026-02-30\"", "\"2026-02-29\"", "\"٢٠٢٦-٠١-٠٥\"", "\"2026-0a-05\"", "\"2026/01/05\""})
  void read_dateNotExactlyYYYYMMDD_isRejectedRatherThanTruncated(String value) {
    InputProblem p = problemOf("{\"id\": \"x\", \"modified\": " + value + "}");
    assertThat(p.getPointer()).isEqualTo("/modified");
    assertThat(p.getExpected()).isEqualTo("a date written YYYY-MM-DD, e.g. \"2026-01-31\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-02-29", "0001-01-01", "9999-12-31", "2026-11-27"})
  void read_everyDayOfTheCalendar_isReadAsThatDay(String day) throws Exception {
    Dataset d = DatasetReader.strict().read("{\"id\": \"x\", \"modified\": \"" + day + "\"}", "t");
    assertThat(d.getModified()).isEqualTo(java.time.LocalDate.parse(day));
  }

  @Test
  void prepare_thenRead_readsAsBefore() throws Exception {
    DatasetReader.prepare();
    assertThat(DatasetReader.strict().read("{\"id\": \"x\"}", "t").getId()).isEqualTo("x");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[2026, 1, 5]", "20260105"})
  void read_dateAsArrayOrNumber_isRejected(String value) {
    InputProblem p = problemOf("{\"id\": \"x\", \"modified\": " + value + "}");
    assertThat(p.getPointer()).isEqualTo("/modified");
    assertThat(p.getProblem()).endsWith("is not allowed here");
    assertThat(p.getExpected()).isEqualTo("a date written YYYY-MM-DD, e.g. \"2026-01-31\"");
  }

  @Test
  void read_uriWithSpace_saysWhereAndHowToEncode() {
    InputProblem p = problemOf("{\"id\": \"x\", \"landingPage\": \"https://exa mple.se\"}");
    assertProblem(p, 1, 28, "/landingPage",
        "\"https://exa mple.se\" is not a valid URI (illegal character in authority at character 9)",
        "a URI, e.g. \"https://example.se/data.csv\", with spaces and other special characters percent-encoded (%20)");
  }

  @Test
  void read_emptyUri_isRejected() {
    InputProblem p = problemOf("{\"id\": \"x\", \"distributions\": [{\"accessUrl\": \"\"}]}");
    assertThat(p.getPointer()).isEqualTo("/distributions/0/accessUrl");
    assertThat(p.getProblem()).isEqualTo("an empty string is not allowed here");
    assertThat(p.getExpected()).isEqualTo("a URI, e.g. \"https://example.se/data.csv\"");
  }

  // ---------------------------------------------------------------- progress keys

  @Test
  void read_unknownTaskId_saysItIsNotATaskAndWhatIs() {
    InputProblem p = problemOf("{\"id\": \"x\", \"progress\": {\"A.9.9.9\": {\"status\": \"DONE\"}}}");
    assertProblem(p, 1, 26, "/progress/A.9.9.9", "'A.9.9.9' is not a task of the guide",
        "a task id from A.1.1.1 to C.3.1.5, e.g. \"A.3.3.1\"");
    assertThat(p).hasToString("dataset.json:1:26: /progress/A.9.9.9: 'A.9.9.9' is not a task of the guide;"
        + " expected a task id from A.1.1.1 to C.3.1.5, e.g. \"A.3.3.1\"");
  }

  @Test
  void read_activityIdAsTaskId_saysItIsAnActivity() {
    InputProblem p = problemOf("{\"id\": \"x\", \"progress\": {\"A.3.3\": {\"status\": \"DONE\"}}}");
    assertProblem(p, 1, 26, "/progress/A.3.3", "'A.3.3' is a phase, stage or activity, not a task",
        "a task id from A.1.1.1 to C.3.1.5, e.g. \"A.3.3.1\"");
  }

  @Test
  void read_sameTaskInBothIdStyles_isRejectedNotSilentlyMerged() {
    InputProblem p = problemOf("""
        {"id": "x", "progress": {
          "A.3.3.1": {"status": "DONE", "note": "Beslut KS 2026/1"},
          "A3.3.1": {"status": "IN_PROGRESS"}
        }}""");
    assertThat(p.getLine()).isEqualTo(3);
    assertThat(p.getPointer()).isEqualTo("/progress/A3.3.1");
    assertThat(p.getProblem()).isEqualTo("'A3.3.1' is task A.3.3.1 again, already given as 'A.3.3.1'");
    assertThat(p.getExpected()).isEqualTo("each task at most once");
  }

  @Test
  void read_progressWithoutStatus_saysStatusIsRequired() {
    InputProblem p = problemOf("{\"id\": \"x\", \"progress\": {\"A.1.1.1\": {\"note\": \"a\"}}}");
    assertThat(p.getPointer()).isEqualTo("/progress/A.1.1.1");
    assertThat(p.getProblem()).isEqualTo("missing required field 'status'");
    assertThat(p.getExpected()).isEqualTo("an object with the field 'status'");
  }

  // ---------------------------------------------------------------- duplicates and nulls

  @Test
  void read_duplicateKey_pointsAtTheRepeatedField() {
    InputProblem p = problemOf("""
        {
          "id": "x",
          "secrecy": "NONE",
          "secrecy": "FULL"
        }
        """);
    assertProblem(p, 4, 3, "/secrecy", "field 'secrecy' appears more than once", "each field at most once");
  }

  @Test
  void read_duplicateKeyInNestedObject_pointsIntoIt() {
    InputProblem p = problemOf("{\"id\": \"x\", \"publisher\": {\"name\": \"a\", \"name\": \"b\"}}");
    assertThat(p.getPointer()).isEqualTo("/publisher/name");
    assertThat(p.getProblem()).isEqualTo("field 'name' appears more than once");
  }

  @Test
  void read_nullSecrecy_isRejectedNotReadAsUnknown() {
    InputProblem p = problemOf("{\"id\": \"x\", \"secrecy\": null}");
    assertProblem(p, 1, 24, "/secrecy", "null is not allowed for 'secrecy'",
        "one of NONE, PARTIAL, FULL, UNKNOWN (leave the field out to mean UNKNOWN)");
  }

  @Test
  void read_nullKeyword_pointsAtTheElement() {
    InputProblem p = problemOf("{\"id\": \"x\", \"keywords\": [\"parkering\", null]}");
    assertProblem(p, 1, 39, "/keywords/1", "null is not allowed as an element of 'keywords'", "a string");
  }

  @Test
  void read_nullList_isRejected() {
    InputProblem p = problemOf("{\"id\": \"x\", \"distributions\": null}");
    assertProblem(p, 1, 30, "/distributions", "null is not allowed for 'distributions'",
        "an array (leave the field out if there is nothing to list)");
  }

  @Test
  void read_nullId_isRejected() {
    InputProblem p = problemOf("{\"id\": null}");
    assertProblem(p, 1, 8, "/id", "null is not allowed for 'id'", "a string");
  }

  @Test
  void read_nullProgressEntry_namesTheTask() {
    InputProblem p = problemOf("{\"id\": \"x\", \"progress\": {\"A.1.1.1\": null}}");
    assertThat(p.getPointer()).isEqualTo("/progress/A.1.1.1");
    assertThat(p.getProblem()).isEqualTo("null is not allowed for 'A.1.1.1'");
  }

  @Test
  void read_nullText_pointsAtTheLanguage() {
    InputProblem p = problemOf("{\"id\": \"x\", \"title\": {\"sv\": null}}");
    assertProblem(p, 1, 29, "/title/sv", "null is not allowed as the value of 'sv'", "a string");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\"title\": null", "\"roles\": null", "\"personalData\": null", "\"personalData\": {\"status\": null}",
      "\"personalData\": {\"measures\": [null]}", "\"thirdPartyRights\": null", "\"otherLegalObstacles\": null",
      "\"status\": null", "\"storage\": null", "\"fees\": null", "\"themes\": null", "\"themes\": [null]",
      "\"audiences\": [{\"kind\": null, \"name\": \"a\"}]", "\"distributions\": [{\"api\": null}]",
      "\"support\": {\"usageStatistics\": null}", "\"progress\": null", "\"progress\": {\"A.1.1.1\": {\"status\": null}}"})
  void read_nullForNonNullableField_isRejected(String field) {
    InputProblem p = problemOf("{\"id\": \"x\", " + field + "}");
    assertThat(p.getProblem()).startsWith("null is not allowed");
    assertThat(p.getPointer()).isNotEmpty();
  }

  @Test
  void read_nullForNullableFields_meansTheSameAsAbsent() throws InvalidInputException {
    Dataset withNulls = read("""
        {"id": "x", "$schema": null, "publisher": null, "licence": null, "hvdCategory": null,
         "accrualPeriodicity": null, "issued": null, "modified": null, "metadataModified": null,
         "contactPoint": null, "spatial": null, "temporal": {"start": null, "end": null},
         "accessRights": null, "conformsTo": null, "landingPage": null, "effort": {"size": null,
         "estimate": null, "proportionate": null}, "support": {"documentation": null},
         "roles": {"owner": null}, "distributions": [{"title": null, "format": null, "byteSize": null}],
         "progress": {"A.1.1.1": {"status": "DONE", "date": null, "by": null, "note": null}}}""");
    Dataset without = read("""
        {"id": "x", "temporal": {}, "effort": {}, "support": {}, "roles": {}, "distributions": [{}],
         "progress": {"A.1.1.1": {"status": "DONE"}}}""");
    assertThat(withNulls).isEqualTo(without);
  }

  // ---------------------------------------------------------------- id and language tags

  @Test
  void read_missingId_saysIdIsRequired() {
    InputProblem p = problemOf("""
        {
          "licence": "CC0-1.0"
        }""");
    assertProblem(p, 3, 1, "", "missing required field 'id'", "an object with the field 'id'");
    assertThat(p).hasToString("dataset.json:3:1: missing required field 'id'; expected an object with the field 'id'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"\"", "\"   \"", "\"\\t\""})
  void read_blankId_pointsAtId(String id) {
    InputProblem p = problemOf("{\"id\": " + id + "}");
    assertThat(p.getPointer()).isEqualTo("/id");
    assertThat(p.getProblem()).isEqualTo("'id' must not be blank");
    assertThat(p.getExpected()).isEqualTo("a non-blank string");
  }

  @Test
  void read_audienceWithoutKindAndName_namesBoth() {
    InputProblem p = problemOf("{\"id\": \"x\", \"audiences\": [{\"needs\": \"a\"}]}");
    assertThat(p.getPointer()).isEqualTo("/audiences/0");
    assertThat(p.getProblem()).isEqualTo("missing required fields 'kind', 'name'");
    assertThat(p.getExpected()).isEqualTo("an object with the fields 'kind', 'name'");
  }

  @Test
  void read_badLanguageTag_namesTheTagAndAGoodOne() {
    InputProblem p = problemOf("{\"id\": \"x\", \"title\": {\"Swedish\": \"Lekplatser\"}}");
    assertThat(p.getPointer()).isEqualTo("/title");
    assertThat(p.getProblem()).isEqualTo("language tag 'Swedish' is not a language code");
    assertThat(p.getExpected()).isEqualTo("a tag such as \"sv\", \"en\" or \"en-GB\"");
  }

  @Test
  void read_temporalEndBeforeStart_saysSo() {
    InputProblem p = problemOf("{\"id\": \"x\", \"temporal\": {\"start\": \"2026-01-02\", \"end\": \"2025-01-01\"}}");
    assertThat(p.getPointer()).isEqualTo("/temporal");
    assertThat(p.getProblem()).isEqualTo("temporal end 2025-01-01 is before its start 2026-01-02");
  }

  // ---------------------------------------------------------------- other entry points

  @Test
  void readPath_missingFile_namesThePath() {
    Path missing = Path.of("target", "no-such-dataset.json");
    try {
      READER.read(missing);
      fail("expected an InvalidInputException");
    } catch (InvalidInputException e) {
      assertThat(e.getProblem().getSource()).isEqualTo(missing.toString());
      assertThat(e.getProblem().getProblem()).isEqualTo("no such file");
    }
  }

  @Test
  void readPath_badFile_usesThePathAsSource() throws IOException {
    Path file = Files.createTempFile("odis-bad", ".json");
    try {
      Files.writeString(file, "{\n  \"id\": \"x\",\n  \"secrecy\": \"MAYBE\"\n}\n");
      try {
        READER.read(file);
        fail("expected an InvalidInputException");
      } catch (InvalidInputException e) {
        assertThat(e.getProblem()).hasToString(file + ":3:14: /secrecy: \"MAYBE\" is not allowed;"
            + " expected one of NONE, PARTIAL, FULL, UNKNOWN");
      }
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void readStream_invalidUtf8_saysSo() {
    byte[] bytes = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    try {
      READER.read(new ByteArrayInputStream(bytes), SOURCE);
      fail("expected an InvalidInputException");
    } catch (InvalidInputException e) {
      assertThat(e.getProblem().getProblem()).isEqualTo("the input is not valid UTF-8 (byte 0xC3)");
      assertThat(e.getProblem().getLine()).isEqualTo(1);
      assertThat(e.getProblem().getColumn()).isEqualTo(8);
      assertNoInternals(e.getProblem());
    }
  }

  @Test
  void decodeUtf8_aReplacementCharacterTheInputHolds_isText_andAMalformedByteAfterItStillAnError() throws InvalidInputException {
    // Decoding takes the JDK's fast path unless the text has U+FFFD, which a malformed byte turns into.
    String withFffd = "{\"id\": \"x\", \"title\": {\"sv\": \"tecknet \uFFFD och åäö\"}}";
    Dataset d = READER.read(withFffd.getBytes(StandardCharsets.UTF_8), SOURCE);
    assertThat(d.getTitle().best("sv")).isEqualTo("tecknet \uFFFD och åäö");
    byte[] good = "{\"id\": \"x\",\n  \"title\": {\"sv\": \"\uFFFD å ".getBytes(StandardCharsets.UTF_8);
    byte[] bad = java.util.Arrays.copyOf(good, good.length + 3);
    bad[good.length] = (byte) 0xE5;
    bad[good.length + 1] = '"';
    bad[good.length + 2] = '}';
    try {
      READER.read(bad, SOURCE);
      fail("expected an InvalidInputException");
    } catch (InvalidInputException e) {
      assertThat(e.getProblem()).hasToString("dataset.json:2:24: the input is not valid UTF-8 (byte 0xE5);"
          + " expected UTF-8 encoded JSON (the file may be saved as Latin-1 or Windows-1252; save it as UTF-8)");
    }
  }

  @Test
  void readBytes_asFromAStream() throws InvalidInputException {
    byte[] json = "{\"id\": \"exempel-åäö\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(READER.read(json, SOURCE)).isEqualTo(READER.read(new ByteArrayInputStream(json), SOURCE));
  }

  @Test
  void readStream_latin1File_pointsAtTheFirstBadByte() {
    byte[] latin1 = "{\"id\": \"x\",\n  \"title\": {\"sv\": \"Lekplatser på gården\"}}"
        .getBytes(StandardCharsets.ISO_8859_1);
    try {
      READER.read(new ByteArrayInputStream(latin1), SOURCE);
      fail("expected an InvalidInputException");
    } catch (InvalidInputException e) {
      assertThat(e.getProblem()).hasToString("dataset.json:2:32: the input is not valid UTF-8 (byte 0xE5);"
          + " expected UTF-8 encoded JSON (the file may be saved as Latin-1 or Windows-1252; save it as UTF-8)");
    }
  }

  @Test
  void readStream_swedishLettersBeforeTheMistake_columnCountsCharactersNotBytes() {
    String json = "{\"id\": \"x\", \"title\": {\"sv\": \"Lekplatser på gården\", \"en\": 5}}";
    try {
      READER.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), SOURCE);
      fail("expected an InvalidInputException");
    } catch (InvalidInputException e) {
      assertThat(e.getProblem().getColumn()).isEqualTo(json.indexOf('5') + 1);
      assertThat(e.getProblem().getPointer()).isEqualTo("/title/en");
    }
  }

  @Test
  void readStream_byteOrderMark_isNotContent() throws InvalidInputException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] json = "{\"id\": \"x\"}".getBytes(StandardCharsets.UTF_8);
    byte[] both = new byte[bom.length + json.length];
    System.arraycopy(bom, 0, both, 0, bom.length);
    System.arraycopy(json, 0, both, bom.length, json.length);
    assertThat(READER.read(new ByteArrayInputStream(both), SOURCE).getId()).isEqualTo("x");
  }

  @Test
  void readReader_badEnum_isReportedLikeText() {
    try {
      READER.read(new StringReader("{\"id\": \"x\", \"storage\": \"CLOUD\"}"), SOURCE);
      fail("expected an InvalidInputException");
    } catch (InvalidInputException e) {
      assertThat(e.getProblem()).hasToString(
          "dataset.json:1:24: /storage: \"CLOUD\" is not allowed; expected one of PORTAL, LINKED, UNKNOWN");
    }
  }

  @Test
  void readStream_validDataset_reads() throws InvalidInputException {
    Dataset d = READER.read(
        new ByteArrayInputStream("{\"id\": \"exempel-åäö\"}".getBytes(StandardCharsets.UTF_8)), SOURCE);
    assertThat(d.getId()).isEqualTo("exempel-åäö");
  }

  // ---------------------------------------------------------------- fail-closed defaults

  @Test
  void read_onlyId_everyDecisiveFactIsUnknown() throws InvalidInputException {
    Dataset d = read("{\"id\": \"exempelkommun-lekplatser\"}");
    assertThat(d.getId()).isEqualTo("exempelkommun-lekplatser");
    assertThat(d.getPersonalData().getStatus()).isEqualTo(PersonalDataStatus.UNKNOWN);
    assertThat(d.getPersonalData().getMeasures()).isEmpty();
    assertThat(d.getSecrecy()).isEqualTo(Secrecy.UNKNOWN);
    assertThat(d.getThirdPartyRights()).isEqualTo(ThirdPartyRights.UNKNOWN);
    assertThat(d.getOtherLegalObstacles()).isEqualTo(LegalObstacles.UNKNOWN);
    assertThat(d.getFees()).isEqualTo(Fees.UNKNOWN);
    assertThat(d.getLicence()).isNull();
    assertThat(d.getRoles().getOwner()).isNull();
    assertThat(d.getStorage()).isEqualTo(Storage.UNKNOWN);
    assertThat(d.getStatus()).isEqualTo(Lifecycle.PLANNED);
    assertThat(d.getProgress()).isEmpty();
    assertThat(d.statusOf("A.3.3.1")).isEqualTo(TaskStatus.NOT_STARTED);
  }

  @Test
  void read_emptyNestedObjects_areUnknownToo() throws InvalidInputException {
    Dataset d = read("{\"id\": \"x\", \"personalData\": {}, \"roles\": {}}");
    assertThat(d.getPersonalData().getStatus()).isEqualTo(PersonalDataStatus.UNKNOWN);
    assertThat(d.getRoles().getOwner()).isNull();
  }

  @Test
  void read_schemaReference_isKeptAndNotAFact() throws InvalidInputException {
    Dataset d = read("{\"$schema\": \"https://odis.se/schema/dataset.schema.json\", \"id\": \"x\"}");
    assertThat(d.getSchema()).isEqualTo("https://odis.se/schema/dataset.schema.json");
  }

  // ---------------------------------------------------------------- task id styles

  @Test
  void read_progressKeysInBothStyles_normaliseToTheCanonicalId() throws InvalidInputException {
    Dataset compact = read("{\"id\": \"x\", \"progress\": {\"A3.3.1\": {\"status\": \"DONE\"}}}");
    Dataset dotted = read("{\"id\": \"x\", \"progress\": {\"A.3.3.1\": {\"status\": \"DONE\"}}}");
    assertThat(compact).isEqualTo(dotted);
    assertThat(compact.getProgress().keySet()).extracting(TaskId::getId).containsExactly("A.3.3.1");
    assertThat(compact.isDone("A.3.3.1")).isTrue();
    assertThat(compact.isDone("A3.3.1")).isTrue();
  }

  @Test
  void read_progressInAnyOrder_isKeptInTheGuidesOrder() throws InvalidInputException {
    Dataset d = read("""
        {"id": "x", "progress": {
          "C3.1.5": {"status": "NOT_APPLICABLE"},
          "A.1.1.1": {"status": "DONE"},
          "B2.2.1": {"status": "IN_PROGRESS"}
        }}""");
    assertThat(d.getProgress().keySet()).extracting(TaskId::getId).containsExactly("A.1.1.1", "B.2.2.1", "C.3.1.5");
  }

  @Test
  void write_progress_usesTheCanonicalIds() throws Exception {
    Dataset d = read("{\"id\": \"x\", \"progress\": {\"B2.2.1\": {\"status\": \"DONE\", \"date\": \"2026-03-01\"}}}");
    assertThat(OdisJson.mapper().writeValueAsString(d))
        .contains("\"progress\":{\"B.2.2.1\":{\"date\":\"2026-03-01\",\"status\":\"DONE\"}}");
  }

  // ---------------------------------------------------------------- nothing is lost

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      List<Path> json = files.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList());
      assertThat(json).as("example datasets in %s", EXAMPLES.toAbsolutePath()).isNotEmpty();
      return json.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void roundTrip_example_readsBackEqual(Path example) throws Exception {
    Dataset first = READER.read(example);
    String written = OdisJson.mapper().writeValueAsString(first);
    Dataset second = READER.read(written, example + " (written)");
    assertThat(second).isEqualTo(first);
    assertThat(OdisJson.mapper().writeValueAsString(second)).isEqualTo(written);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void roundTrip_example_keepsEveryValueTheUserGave(Path example) throws Exception {
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    var given = mapper.readTree(example.toFile());
    var written = mapper.readTree(OdisJson.mapper().writeValueAsString(READER.read(example)));
    // What the user wrote is all still there (written output may add nothing but defaults).
    assertContains(written, given, "");
  }

  private static void assertContains(
      com.fasterxml.jackson.databind.JsonNode actual, com.fasterxml.jackson.databind.JsonNode expected, String at) {
    if (expected.isObject()) {
      assertThat(actual.isObject()).as("object at %s", at).isTrue();
      expected.properties().forEach(e -> {
        String key = e.getKey();
        com.fasterxml.jackson.databind.JsonNode value = e.getValue();
        if (value.isNull() || (value.isArray() && value.isEmpty())) return; // same as absent
        String canonical = at.equals("/progress") ? TaskId.of(key).getId() : key;
        assertThat(actual.has(canonical)).as("%s/%s is kept", at, key).isTrue();
        assertContains(actual.get(canonical), value, at + "/" + key);
      });
    } else if (expected.isArray()) {
      assertThat(actual.isArray()).as("array at %s", at).isTrue();
      assertThat(actual.size()).as("size of %s", at).isEqualTo(expected.size());
      for (int i = 0; i < expected.size(); i++) assertContains(actual.get(i), expected.get(i), at + "/" + i);
    } else {
      assertThat(actual).as("value at %s", at).isEqualTo(expected);
    }
  }
}
