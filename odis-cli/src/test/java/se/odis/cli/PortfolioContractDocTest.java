package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.cli.Cli.BLOCKED;
import static se.odis.cli.Cli.READY;
import static se.odis.cli.Cli.odis;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/json-output.md documents every key of odis-portfolio/1, and the output has exactly those keys. */
class PortfolioContractDocTest {
  static final List<String> TOP = List.of("format", "assessments", "errors", "sources", "summary");
  static final List<String> SOURCE = List.of("source", "syntax", "datasets", "notes");
  static final List<String> ERROR = List.of("source", "line", "column", "pointer", "problem", "expected");
  static final List<String> SUMMARY = List.of("asOf", "language", "profile", "assessed", "badInputs", "withBlockers",
      "byVerdict", "byStage", "topBlockers", "closestToPublication");
  static final List<String> BLOCKER = List.of("ruleId", "title", "datasets");
  static final List<String> CANDIDATE = List.of("datasetId", "title", "verdict", "stage", "blockers", "sourceFile",
      "sourceLine", "sourceUri");

  @TempDir Path dir;

  @Test
  void output_hasExactlyTheDocumentedKeys_inOrderAtTheTop() {
    Path bad = Fixtures.write(dir.resolve("bad.json"), "{\"id\": 1, \"secrecy\": \"MAYBE\"}");
    JsonNode root = Fixtures.json(odis("assess", "-q", "--format", "json", READY, BLOCKED, bad.toString()).out());

    assertThat(names(root)).containsExactlyElementsOf(TOP);
    assertThat(root.get("assessments")).allSatisfy(a -> assertThat(names(a))
        .containsExactlyInAnyOrderElementsOf(JsonOutputTest.TOP_KEYS));
    assertThat(names(root.get("errors").get(0))).containsExactlyInAnyOrderElementsOf(ERROR);
    assertThat(names(root.get("summary"))).containsExactlyInAnyOrderElementsOf(SUMMARY);
    assertThat(names(root.get("summary").get("topBlockers").get(0))).containsExactlyInAnyOrderElementsOf(BLOCKER);
    assertThat(names(root.get("summary").get("closestToPublication").get(0))).containsExactlyInAnyOrderElementsOf(CANDIDATE);
  }

  @Test
  void doc_documentsEveryPortfolioKey() throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "json-output.md"), StandardCharsets.UTF_8);

    for (List<String> keys : List.of(TOP, ERROR, SOURCE, SUMMARY, BLOCKER, JsonOutputTest.SOURCE_NOTE_KEYS)) {
      for (String key : keys) assertThat(doc).as(key).contains("| `" + key + "` |");
    }
    assertThat(doc).contains("| `sourceFile`, `sourceLine`, `sourceUri` |", "odis-portfolio/1");
  }

  @Test
  void exitCodes_inHelpDocsAndCode_agree() throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "json-output.md"), StandardCharsets.UTF_8);
    String help = odis("assess", "--help").out().replaceAll("\\s+", " ");

    for (var e : ExitCodes.descriptions().entrySet()) {
      assertThat(help).contains(e.getValue());
      assertThat(doc).contains("| " + e.getKey() + " |");
    }
    assertThat(ExitCodes.of(true, true)).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(ExitCodes.of(false, true)).isEqualTo(ExitCodes.BLOCKERS);
    assertThat(ExitCodes.of(false, false)).isEqualTo(ExitCodes.OK);
  }

  private static List<String> names(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
