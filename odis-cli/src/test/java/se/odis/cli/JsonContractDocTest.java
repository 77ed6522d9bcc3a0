package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/json-output.md documents every key, and its example has exactly the contract's keys. */
class JsonContractDocTest {
  private static final Path DOC = Path.of("..", "docs", "json-output.md");

  private static String doc() throws Exception {
    return Files.readString(DOC, StandardCharsets.UTF_8);
  }

  @Test
  void doc_documentsEveryKeyOfTheContract() throws Exception {
    String doc = doc();
    List<String> all = new ArrayList<>(JsonOutputTest.TOP_KEYS);
    all.addAll(JsonOutputTest.GATE_KEYS);
    all.addAll(JsonOutputTest.FINDING_KEYS);
    all.addAll(JsonOutputTest.NEXT_STEP_KEYS);
    all.addAll(JsonOutputTest.LICENCE_KEYS);

    for (String key : all) {
      assertThat(doc).as(key).contains("| `" + key + "` |");
    }
    assertThat(doc).contains("odis-assessment/1");
  }

  @Test
  void doc_exampleHasExactlyTheContractKeys() throws Exception {
    Matcher m = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(doc());
    assertThat(m.find()).as("a ```json example").isTrue();
    JsonNode root = new ObjectMapper().readTree(m.group(1));

    assertThat(names(root)).containsExactlyInAnyOrderElementsOf(JsonOutputTest.TOP_KEYS);
    assertThat(root.get("gates")).allSatisfy(g -> assertThat(names(g)).containsExactlyInAnyOrderElementsOf(JsonOutputTest.GATE_KEYS));
    assertThat(root.get("findings")).allSatisfy(f -> assertThat(names(f)).containsExactlyInAnyOrderElementsOf(JsonOutputTest.FINDING_KEYS));
    assertThat(root.get("nextSteps")).allSatisfy(s -> assertThat(names(s)).containsExactlyInAnyOrderElementsOf(JsonOutputTest.NEXT_STEP_KEYS));
    assertThat(names(root.get("licenceRecommendation"))).containsExactlyInAnyOrderElementsOf(JsonOutputTest.LICENCE_KEYS);
  }

  @Test
  void doc_listsTheExitCodes() throws Exception {
    String doc = doc();
    for (int code : new int[] {ExitCodes.OK, ExitCodes.BLOCKERS, ExitCodes.BAD_INPUT, ExitCodes.INTERNAL}) {
      assertThat(doc).contains("| " + code + " |");
    }
  }

  private static List<String> names(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
