package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.cli.Cli.BLOCKED;
import static se.odis.cli.Cli.PHASE_A;
import static se.odis.cli.Cli.READY;
import static se.odis.cli.Cli.odis;
import static se.odis.cli.Fixtures.AS_OF;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.odis.cli.Cli.Result;

/**
 * {@code odis assess} on several datasets: files, directories, NDJSON and JSON arrays, with bad
 * entries mixed in. A bad input is reported with its file and line and does not stop the others;
 * the exit code says whether any input was bad (2) or any blocker found (1).
 */
class PortfolioTest {
  @TempDir Path dir;

  private static JsonNode json(Result r) {
    return Fixtures.json(r.out());
  }

  private static List<String> ids(JsonNode portfolio) {
    List<String> ids = new ArrayList<>();
    portfolio.get("assessments").forEach(a -> ids.add(a.get("datasetId").asText()));
    return ids;
  }

  @Test
  void severalFiles_allValid_assessesEachInOrderAndExitsOneForTheBlocker() {
    Result r = odis("assess", "-q", "--format", "json", "--as-of", AS_OF, READY, BLOCKED, PHASE_A);

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BLOCKERS);
    assertThat(r.err()).isEmpty();
    JsonNode root = json(r);
    assertThat(root.get("format").asText()).isEqualTo("odis-portfolio/1");
    assertThat(ids(root)).containsExactly(
        "exempelkommun-parkering-01", "exempelkommun-bygglov-02", "exempelkommun-lekplatser-03");
    assertThat(root.get("errors")).isEmpty();
    assertThat(root.get("summary").get("assessed").asInt()).isEqualTo(3);
    assertThat(root.get("summary").get("withBlockers").asInt()).isEqualTo(2);
  }

  @Test
  void severalFiles_noBlocker_exitsZero() {
    Path other = Fixtures.write(dir.resolve("other.json"), Fixtures.renamed(READY, "other", "Annan"));

    Result r = odis("assess", "-q", "--format", "csv", "--as-of", AS_OF, READY, other.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(r.out().lines()).hasSize(3);
  }

  @Test
  void ndjson_badLineInTheMiddle_reportsThatLineAndAssessesTheOthers() {
    List<String> lines = new ArrayList<>(Fixtures.exampleLines());
    lines.add(1, "{\"id\": \"bad-secrecy\", \"secrecy\": \"MAYBE\"}");   // line 2
    lines.add(3, "");                                                    // line 4: blank, skipped
    lines.add(4, "{\"id\": \"cut-off\", ");                              // line 5: malformed
    Path file = Fixtures.ndjson(dir.resolve("portfolio.ndjson"), lines);

    Result r = odis("assess", "-q", "--format", "json", "--as-of", AS_OF, file.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err().lines()).containsExactly(
        "odis: error: " + file + ":2:34: /secrecy: \"MAYBE\" is not allowed; expected one of NONE, PARTIAL, FULL, UNKNOWN",
        "odis: error: " + file + ":5:19: malformed JSON: the input ends too early; expected well-formed JSON");
    JsonNode root = json(r);
    assertThat(ids(root)).containsExactly(
        "exempelkommun-parkering-01", "exempelkommun-bygglov-02", "exempelkommun-lekplatser-03");
    List<Integer> sourceLines = new ArrayList<>();
    root.get("assessments").forEach(a -> sourceLines.add(a.get("sourceLine").asInt()));
    assertThat(sourceLines).containsExactly(1, 3, 6);
    JsonNode error = root.get("errors").get(0);
    assertThat(error.get("source").asText()).isEqualTo(file.toString());
    assertThat(error.get("line").asInt()).isEqualTo(2);
    assertThat(error.get("column").asInt()).isEqualTo(34);
    assertThat(error.get("pointer").asText()).isEqualTo("/secrecy");
    assertThat(error.get("problem").asText()).contains("MAYBE");
    assertThat(error.get("expected").asText()).contains("UNKNOWN");
    assertThat(root.get("errors").get(1).get("line").asInt()).isEqualTo(5);
    assertThat(root.get("summary").get("badInputs").asInt()).isEqualTo(2);
  }

  @Test
  void ndjson_manyChunks_badLinesAnywhere_keepInputOrderAndLines() {
    // More datasets than one chunk of assessment holds, on several threads, with bad lines at a
    // chunk's start, in its middle and at its end.
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 100; i++) {
      boolean bad = i == 1 || i == 32 || i == 33 || i == 50 || i == 100;
      lines.add(bad ? "{\"id\": \"bad-" + i + "\", \"secrecy\": \"MAYBE\"}"
          : Fixtures.exampleLines().get(i % 3).replaceFirst("\"id\"\\s*:\\s*\"[^\"]*\"", "\"id\": \"d-" + i + "\""));
    }
    Path file = Fixtures.ndjson(dir.resolve("many.ndjson"), lines);

    Result r = odis("assess", "-q", "--threads", "3", "--format", "json", "--as-of", AS_OF, file.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err().lines()).extracting(l -> l.replaceAll("^odis: error: .*?:(\\d+):.*$", "$1"))
        .containsExactly("1", "32", "33", "50", "100");
    JsonNode root = json(r);
    List<String> expectedIds = new ArrayList<>();
    List<Integer> expectedLines = new ArrayList<>();
    for (int i = 1; i <= 100; i++) {
      if (i == 1 || i == 32 || i == 33 || i == 50 || i == 100) continue;
      expectedIds.add("d-" + i);
      expectedLines.add(i);
    }
    assertThat(ids(root)).containsExactlyElementsOf(expectedIds);
    List<Integer> sourceLines = new ArrayList<>();
    root.get("assessments").forEach(a -> sourceLines.add(a.get("sourceLine").asInt()));
    assertThat(sourceLines).containsExactlyElementsOf(expectedLines);
    assertThat(root.get("summary").get("badInputs").asInt()).isEqualTo(5);
  }

  @Test
  void ndjson_toldByContentInAJsonFile() {
    Path file = Fixtures.ndjson(dir.resolve("portfolio.json"), Fixtures.exampleLines());

    Result r = odis("assess", "-q", "--format", "ndjson", "--as-of", AS_OF, file.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BLOCKERS);
    assertThat(r.out().lines()).hasSize(3).allSatisfy(line ->
        assertThat(Fixtures.json(line).get("format").asText()).isEqualTo("odis-assessment/1"));
  }

  @Test
  void ndjson_crlfAndByteOrderMark_areRead() {
    Path file = Fixtures.write(dir.resolve("windows.jsonl"), "\uFEFF" + String.join("\r\n", Fixtures.exampleLines()) + "\r\n");

    Result r = odis("assess", "-q", "--format", "csv", "--as-of", AS_OF, file.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BLOCKERS);
    assertThat(r.err()).isEmpty();
    assertThat(r.out().lines()).hasSize(4);
  }

  @Test
  void ndjson_lineNotUtf8_isReportedAndTheRestRead() throws Exception {
    Path file = dir.resolve("latin1.ndjson");
    byte[] bad = "{\"id\": \"x\", \"title\": {\"sv\": \"G\u00e4vle\"}}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    try (var out = Files.newOutputStream(file)) {
      out.write((Fixtures.line(READY) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      out.write(bad);
      out.write(("\n" + Fixtures.line(READY) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    Result r = odis("assess", "-q", "--format", "csv", "--as-of", AS_OF, file.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).startsWith("odis: error: " + file + ":2:").contains("not valid UTF-8");
    assertThat(r.out().lines()).hasSize(3);
  }

  @Test
  void jsonArray_invalidElement_isReportedWithItsIndexAndTheOthersAssessed() {
    String array = "[\n" + Fixtures.line(READY) + ",\n{\"id\": \"typo\", \"licnce\": \"CC0-1.0\"},\n"
        + Fixtures.line(BLOCKED) + "\n]\n";
    Path file = Fixtures.write(dir.resolve("array.json"), array);

    Result r = odis("assess", "-q", "--format", "json", "--as-of", AS_OF, file.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).startsWith("odis: error: " + file + ":3:").contains("/1/licnce", "did you mean 'licence'");
    JsonNode root = json(r);
    assertThat(ids(root)).containsExactly("exempelkommun-parkering-01", "exempelkommun-bygglov-02");
    assertThat(root.get("assessments").get(1).get("sourceLine").asInt()).isEqualTo(4);
    assertThat(root.get("errors").get(0).get("pointer").asText()).isEqualTo("/1/licnce");
  }

  @Test
  void jsonArray_malformed_stopsThatFileButNotTheNext() {
    Path broken = Fixtures.write(dir.resolve("a-broken.json"), "[\n" + Fixtures.line(READY) + ",\n{\"id\": \"x\" \"title\": 1}\n]\n");

    Result r = odis("assess", "-q", "--format", "json", "--as-of", AS_OF, broken.toString(), BLOCKED);

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).contains(broken + ":3:").contains("the rest of the file was not read");
    assertThat(ids(json(r))).containsExactly("exempelkommun-parkering-01", "exempelkommun-bygglov-02");
  }

  @Test
  void directory_withOneMalformedFile_reportsItAndAssessesTheRestRecursivelyInNameOrder() throws Exception {
    Path d = dir.resolve("datasets");
    Fixtures.write(d.resolve("b/ready.json"), Files.readString(Path.of(READY)));
    Fixtures.write(d.resolve("a-blocked.json"), Files.readString(Path.of(BLOCKED)));
    Fixtures.write(d.resolve("b/c/phase-a.JSON"), Files.readString(Path.of(PHASE_A)));
    Path malformed = Fixtures.write(d.resolve("b/broken.json"), "{\n  \"id\": \"t\",\n  \"title\": {\"sv\": \"x\"\n}\n");
    Fixtures.write(d.resolve("notes.txt"), "not a dataset");
    Fixtures.write(d.resolve(".hidden/x.json"), "{");

    Result r = odis("assess", "-q", "--format", "json", "--as-of", AS_OF, d.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err().lines()).singleElement().asString().startsWith("odis: error: " + malformed + ":");
    JsonNode root = json(r);
    // a-blocked.json, then b/: broken.json, c/phase-a.JSON, ready.json
    assertThat(ids(root)).containsExactly(
        "exempelkommun-bygglov-02", "exempelkommun-lekplatser-03", "exempelkommun-parkering-01");
    assertThat(root.get("assessments").get(0).get("sourceFile").asText()).isEqualTo(d.resolve("a-blocked.json").toString());
    assertThat(root.get("errors")).hasSize(1);
    assertThat(root.get("errors").get(0).get("source").asText()).isEqualTo(malformed.toString());
  }

  @Test
  void directory_empty_isABadInput() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));

    Result r = odis("assess", "-q", "--format", "json", empty.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains(empty.toString(), "no dataset");
  }

  @Test
  void missingFileAmongOthers_isReportedAndTheOthersAssessed() {
    Path missing = dir.resolve("nowhere.json");

    Result r = odis("assess", "-q", "--format", "csv", "--as-of", AS_OF, READY, missing.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).isEqualTo("odis: error: " + missing + ": no such file or directory; expected a JSON file, "
        + "an NDJSON file or a directory of them" + System.lineSeparator());
    assertThat(r.out().lines()).hasSize(2);
  }

  @Test
  void summary_countsByVerdictAndStage_andRanksTheClosestToPublication() {
    Path file = Fixtures.ndjson(dir.resolve("p.ndjson"), List.of(
        Fixtures.line(PHASE_A), Fixtures.line(BLOCKED), Fixtures.line(READY), Fixtures.line(BLOCKED)));

    JsonNode s = json(odis("assess", "-q", "--format", "json", "--as-of", AS_OF, file.toString())).get("summary");

    assertThat(s.get("byVerdict").get("BLOCKED").asInt()).isEqualTo(2);
    assertThat(s.get("byVerdict").get("READY_TO_PUBLISH").asInt()).isEqualTo(1);
    assertThat(s.get("byVerdict").get("IN_PROGRESS").asInt()).isEqualTo(1);
    assertThat(s.get("byVerdict").get("PUBLISHED").asInt()).isZero();
    assertThat(s.get("byStage").size()).isEqualTo(9);
    assertThat(s.get("byStage").get("B2").asInt()).isEqualTo(2);
    assertThat(s.get("topBlockers").get(0).get("ruleId").asText()).isEqualTo("PD-003");
    assertThat(s.get("topBlockers").get(0).get("datasets").asInt()).isEqualTo(2);
    List<Integer> order = new ArrayList<>();
    s.get("closestToPublication").forEach(c -> order.add(c.get("sourceLine").asInt()));
    // fewest blockers first (the two blocked at B2 with one blocker, in input order), then phase A
    assertThat(order).containsExactly(2, 4, 1);
  }

  @Test
  void output_isTheSameForAnyNumberOfThreads() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      lines.add(i % 7 == 3 ? "{\"id\": \"bad-" + i + "\", \"secrecy\": 1}" : Fixtures.renamed(
          i % 3 == 0 ? READY : i % 3 == 1 ? BLOCKED : PHASE_A, "ds-" + i, "Datamängd " + i));
    }
    Path file = Fixtures.ndjson(dir.resolve("p.ndjson"), lines);

    Result one = odis("assess", "-q", "--threads", "1", "--format", "json", "--as-of", AS_OF, file.toString());
    Result three = odis("assess", "-q", "--threads", "3", "--format", "json", "--as-of", AS_OF, file.toString());

    assertThat(three.exitCode()).isEqualTo(one.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(three.out()).isEqualTo(one.out());
    assertThat(three.err()).isEqualTo(one.err());
  }

  @Test
  void singleFile_keepsTheSingleObjectContract() {
    Result r = odis("assess", "--format", "json", "--as-of", AS_OF, READY);

    assertThat(json(r).get("format").asText()).isEqualTo("odis-assessment/1");
    assertThat(json(r).get("sourceFile").asText()).isEqualTo(READY);
  }

  @Test
  void quiet_false_printsTheClosingLineOnStderr() {
    Result r = odis("assess", "--format", "csv", "--lang", "en", "--as-of", AS_OF, READY, BLOCKED);

    assertThat(r.err()).startsWith("odis: 2 datasets assessed in ").contains("/s)");
  }

  @Test
  void stdin_ndjson_isReadAsAPortfolio() {
    java.io.InputStream saved = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream(
          (String.join("\n", Fixtures.exampleLines()) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      Result r = odis("assess", "-q", "--format", "json", "--as-of", AS_OF, "-");

      assertThat(r.exitCode()).isEqualTo(ExitCodes.BLOCKERS);
      JsonNode root = json(r);
      assertThat(ids(root)).hasSize(3);
      assertThat(root.get("assessments").get(2).get("sourceFile").asText()).isEqualTo("<stdin>");
      assertThat(root.get("assessments").get(2).get("sourceLine").asInt()).isEqualTo(3);
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void threads_zero_isAUsageError() {
    Result r = odis("assess", "--threads", "0", READY, BLOCKED);

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("--threads");
  }
}
