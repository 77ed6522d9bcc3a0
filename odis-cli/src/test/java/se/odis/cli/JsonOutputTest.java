package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.cli.Cli.BLOCKED;
import static se.odis.cli.Cli.PHASE_A;
import static se.odis.cli.Cli.READY;
import static se.odis.cli.Cli.odis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.odis.cli.Cli.Result;

/** The JSON contract {@code odis-assessment/1}, as documented in docs/json-output.md. */
class JsonOutputTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String AS_OF = "2026-11-26";

  static final List<String> TOP_KEYS = List.of(
      "format", "language", "datasetId", "title", "asOf", "verdict", "stage", "stageTitle", "nextGate",
      "gates", "findings", "nextSteps", "licenceRecommendation", "scores", "rulesInForce", "profile",
      "sourceFile", "sourceLine", "sourceUri", "sourceNotes");
  static final List<String> GATE_KEYS = List.of("gate", "task", "state", "blockers", "decidedOn", "decidedBy");
  static final List<String> FINDING_KEYS = List.of(
      "ruleId", "severity", "step", "gate", "title", "message", "remedy", "source", "subject");
  static final List<String> NEXT_STEP_KEYS = List.of("taskId", "title", "status", "ruleIds", "blocking", "date", "by", "note");
  static final List<String> LICENCE_KEYS = List.of("licence", "uri", "reason", "alreadyChosen");
  static final List<String> SOURCE_NOTE_KEYS = List.of("code", "subject", "message");

  private static JsonNode json(String... args) throws Exception {
    Result r = odis(args);
    assertThat(r.err()).isEmpty();
    return MAPPER.readTree(r.out());
  }

  @Test
  void json_blockedExample_hasEveryContractKeyAndThePd003Finding() throws Exception {
    Result r = odis("assess", "--format", "json", "--as-of", AS_OF, BLOCKED);
    assertThat(r.exitCode()).isEqualTo(ExitCodes.BLOCKERS);
    JsonNode root = MAPPER.readTree(r.out());

    assertThat(names(root)).containsExactlyInAnyOrderElementsOf(TOP_KEYS);
    assertThat(root.get("format").asText()).isEqualTo("odis-assessment/1");
    assertThat(root.get("language").asText()).isEqualTo("sv");
    assertThat(root.get("datasetId").asText()).isEqualTo("exempelkommun-bygglov-02");
    assertThat(root.get("title").asText()).isEqualTo("Bygglovsansökningar");
    assertThat(root.get("verdict").asText()).isEqualTo("BLOCKED");
    assertThat(root.get("stage").asText()).isEqualTo("B2");
    assertThat(root.get("nextGate").asText()).isEqualTo("PROTECTION");

    assertThat(root.get("gates")).hasSize(4).allSatisfy(g -> assertThat(names(g)).containsExactlyInAnyOrderElementsOf(GATE_KEYS));
    assertThat(root.get("findings")).isNotEmpty().allSatisfy(f -> assertThat(names(f)).containsExactlyInAnyOrderElementsOf(FINDING_KEYS));
    assertThat(root.get("nextSteps")).isNotEmpty().allSatisfy(s -> assertThat(names(s)).containsExactlyInAnyOrderElementsOf(NEXT_STEP_KEYS));
    assertThat(names(root.get("licenceRecommendation"))).containsExactlyInAnyOrderElementsOf(LICENCE_KEYS);
    assertThat(root.get("scores").isObject()).isTrue();
    assertThat(root.get("rulesInForce").isArray()).isTrue();
    assertThat(root.get("rulesInForce")).isNotEmpty();

    JsonNode pd003 = findFinding(root, "PD-003");
    assertThat(pd003.get("severity").asText()).isEqualTo("BLOCKER");
    assertThat(pd003.get("step").asText()).isEqualTo("B.2.2.1");
    assertThat(pd003.get("gate").asText()).isEqualTo("PROTECTION");
    assertThat(pd003.get("message").isTextual()).isTrue();
    assertThat(pd003.get("remedy").asText()).isNotBlank();
  }

  @Test
  void json_english_givesTextsAsEnglishStrings() throws Exception {
    JsonNode root = json("assess", "--format", "json", "--lang", "en", "--as-of", AS_OF, BLOCKED);

    assertThat(root.get("language").asText()).isEqualTo("en");
    assertThat(root.get("title").asText()).isEqualTo("Building permit applications");
    assertThat(root.get("stageTitle").asText()).isEqualTo("Plan the publication in detail");
    JsonNode pd003 = findFinding(root, "PD-003");
    assertThat(pd003.get("title").isTextual()).isTrue();
    assertThat(pd003.get("title").asText()).isNotEqualTo(
        findFinding(json("assess", "--format", "json", "--as-of", AS_OF, BLOCKED), "PD-003").get("title").asText());
  }

  @Test
  void json_readyExample_hasNullNextGateAndEmptyFindingsButAllKeys() throws Exception {
    Result r = odis("assess", "--format", "json", "--as-of", AS_OF, READY);
    JsonNode root = MAPPER.readTree(r.out());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(names(root)).containsExactlyInAnyOrderElementsOf(TOP_KEYS);
    assertThat(root.get("verdict").asText()).isEqualTo("READY_TO_PUBLISH");
    assertThat(root.get("nextGate").isNull()).isTrue();
    assertThat(root.get("findings").isArray()).isTrue();
    assertThat(root.get("licenceRecommendation").get("alreadyChosen").asBoolean()).isTrue();
  }

  @Test
  void json_phaseA_isInProgressAtA1WithBlockingNextSteps() throws Exception {
    Result r = odis("assess", "--format", "json", "--as-of", AS_OF, PHASE_A);
    JsonNode root = MAPPER.readTree(r.out());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BLOCKERS);
    assertThat(root.get("verdict").asText()).isEqualTo("IN_PROGRESS");
    assertThat(root.get("stage").asText()).isEqualTo("A1");
    assertThat(root.get("nextSteps")).anySatisfy(s -> {
      assertThat(s.get("blocking").asBoolean()).isTrue();
      assertThat(s.get("ruleIds")).isNotEmpty();
    });
    // A finding without a source still has the key, with null.
    assertThat(root.get("findings")).allSatisfy(f -> assertThat(f.has("source")).isTrue());
  }

  @Test
  void json_asOf_isTheGivenDay() throws Exception {
    JsonNode root = json("assess", "--format", "json", "--as-of", "2027-02-28", READY);

    assertThat(root.get("asOf").asText()).isEqualTo("2027-02-28");
  }

  @Test
  void json_output_isPrettySortedAndEndsWithOneNewline() {
    String out = odis("assess", "--format", "json", "--as-of", AS_OF, BLOCKED).out();

    assertThat(out).startsWith("{\n  \"asOf\": ").endsWith("}\n").doesNotContain("\r");
  }

  private static JsonNode findFinding(JsonNode root, String ruleId) {
    for (JsonNode f : root.get("findings")) {
      if (f.get("ruleId").asText().equals(ruleId)) return f;
    }
    throw new AssertionError("no finding " + ruleId + " in " + root.get("findings"));
  }

  private static List<String> names(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
