package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.cli.Cli.odis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.odis.cli.Cli.Result;
import se.odis.model.ConditionKind;
import se.odis.model.Guide;
import se.odis.model.GuideTask;

/** {@code odis steps}: the guide as a tree, in text, Markdown and JSON, in Swedish and English. */
class StepsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void steps_default_printsEveryTaskInSwedishWithItsConditionMarked() {
    Result r = odis("steps");

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .startsWith("ÖDIS-guiden: Guide för att publicera och förvalta öppna data\n")
        .contains("3 faser, 9 steg, 20 aktiviteter, 56 uppgifter")
        .contains("A  Identifiera", "  A1  Identifiera data", "    A.1.1  Identifiera datamängd att öppna")
        .contains("      A.1.1.1  Identifiera datamängd att öppna\n")
        .contains("(vid behov)", "(om möjligt)", "(om ja)");
    assertThat(r.out().replaceAll("\\s+", " ")).contains("(om datan ska lagras i portalen)");
    for (GuideTask t : Guide.odis().getTasks()) {
      assertThat(r.out()).as(t.getId()).containsPattern("(?m)^      " + t.getId().replace(".", "\\.") + "  \\S");
    }
  }

  @Test
  void steps_taskThatBeginsWithItsCondition_showsTheConditionAsTheMarkOnly() {
    String out = odis("steps", "--stage", "A3").out();

    assertThat(out).contains("A.3.2.1  Uppskatta om arbetsinsatsen")
        .doesNotContain("Vid behov: Uppskatta");
    assertThat(out.replaceAll("\\s+", " ")).contains("proportionerlig för eventuella nyttor (vid behov)");
  }

  @Test
  void steps_english_printsTheTranslationAndEnglishMarks() {
    Result r = odis("steps", "--lang", "en");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .startsWith("The ÖDIS guide: ")
        .contains("3 phases, 9 stages, 20 activities, 56 tasks")
        .contains("A  Identify", "C  Publish and maintain")
        .doesNotContain("(vid behov)", "Identifiera data");
    assertThat(r.out().replaceAll("\\s+", " ")) // a mark may be wrapped
        .contains("(when needed)", "(if possible)", "(if yes)", "(if the data is to be stored in the portal)");
  }

  @Test
  void steps_phase_printsOnlyThatPhase() {
    Result r = odis("steps", "--phase", "b");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("1 fas, 3 steg,", "B  Förbered publicering", "B.1.1.1", "B.3.2.2")
        .doesNotContain("A.1.1.1", "C.1.1.1", "A  Identifiera");
  }

  @Test
  void steps_stage_acceptsBothIdStyles_andPrintsOnlyThatStage() {
    Result canonical = odis("steps", "--stage", "B2");
    Result dotted = odis("steps", "--stage", "b.2");

    assertThat(canonical.exitCode()).isZero();
    assertThat(dotted.out()).isEqualTo(canonical.out());
    assertThat(canonical.out()).contains("1 fas, 1 steg, 2 aktiviteter, 10 uppgifter", "B  Förbered publicering",
        "B2  Detaljplanera publicering", "B.2.1.1", "B.2.2.5").doesNotContain("B.1.1.1", "B.3.1.1", "B1  ");
  }

  @Test
  void steps_unknownPhase_exitsTwoNamingThePhases() {
    Result r = odis("steps", "--phase", "D");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("odis: error: ").contains("'D' is not a phase", "A, B, C", "Usage: odis steps");
  }

  @Test
  void steps_unknownStage_exitsTwoNamingTheStages() {
    Result r = odis("steps", "--stage", "B4");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("'B4' is not a stage", "A1, A2, A3, B1, B2, B3, C1, C2, C3");
  }

  @Test
  void steps_phaseAndStageTogether_exitsTwo() {
    Result r = odis("steps", "--phase", "B", "--stage", "B2");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("--phase", "--stage", "mutually exclusive");
  }

  @Test
  void steps_unknownFormat_exitsTwoNamingTheFormats() {
    Result r = odis("steps", "--format", "html");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("'html'", "text, json, markdown");
  }

  @Test
  void steps_json_isTheWholeGuideWithVerbatimTextsAndConditions() throws Exception {
    Result r = odis("steps", "--format", "json");

    assertThat(r.exitCode()).isZero();
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.path("format").asText()).isEqualTo(StepsCommand.FORMAT);
    assertThat(root.path("language").asText()).isEqualTo("sv");
    assertThat(root.path("title").asText()).isEqualTo(Guide.odis().getTitle());
    List<JsonNode> tasks = tasks(root);
    assertThat(tasks).hasSize(56);
    JsonNode effort = tasks.stream().filter(t -> t.path("id").asText().equals("A.3.2.1")).findFirst().orElseThrow();
    assertThat(effort.path("text").asText()).isEqualTo(Guide.odis().task("A.3.2.1").orElseThrow().getSv());
    assertThat(effort.path("condition").asText()).isEqualTo("WHEN_NEEDED");
    assertThat(effort.path("conditionLabel").asText()).isEqualTo("vid behov");
    JsonNode first = tasks.get(0);
    assertThat(first.path("condition").asText()).isEqualTo("ALWAYS");
    assertThat(first.has("conditionLabel")).as("every key is present").isTrue();
    assertThat(first.path("conditionLabel").isNull()).isTrue();
    assertThat(r.out()).contains("\"format\": \"odis-guide/1\"").endsWith("}\n");
  }

  @Test
  void steps_jsonInEnglishForAStage_hasOnlyThatStageInEnglish() throws Exception {
    JsonNode root = JSON.readTree(odis("steps", "--format", "json", "--lang", "en", "--stage", "C2").out());

    assertThat(root.path("language").asText()).isEqualTo("en");
    assertThat(root.path("phases")).hasSize(1);
    assertThat(root.path("phases").get(0).path("title").asText()).isEqualTo("Publish and maintain");
    assertThat(root.path("phases").get(0).path("stages")).hasSize(1);
    List<JsonNode> tasks = tasks(root);
    assertThat(tasks).allSatisfy(t -> assertThat(t.path("id").asText()).startsWith("C.2."));
    JsonNode stats = tasks.stream().filter(t -> t.path("id").asText().equals("C.2.1.1")).findFirst().orElseThrow();
    assertThat(stats.path("text").asText()).isEqualTo("If possible: Collect usage statistics");
    assertThat(stats.path("conditionLabel").asText()).isEqualTo("if possible");
  }

  @Test
  void steps_markdown_isHeadingsAndTaskLists() {
    Result r = odis("steps", "--format", "markdown", "--phase", "A");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .startsWith("# ÖDIS-guiden: Guide för att publicera och förvalta öppna data\n\n")
        .contains("\n## A Identifiera\n", "\n### A1 Identifiera data\n", "\n#### A.1.1 Identifiera datamängd att öppna\n\n")
        .contains("- **A.1.1.1** Identifiera datamängd att öppna\n")
        .contains("- **A.3.2.1** Uppskatta om arbetsinsatsen", "*(vid behov)*")
        .doesNotContain("B.1.1.1");
  }

  @Test
  void labels_everyConditionKind_hasALabelInEveryLanguage() {
    for (Language lang : Language.values()) {
      for (ConditionKind k : ConditionKind.values()) {
        assertThat(Labels.of(lang).has("guide.condition." + k.name())).as(lang + " " + k).isTrue();
      }
    }
  }

  private static List<JsonNode> tasks(JsonNode root) {
    List<JsonNode> out = new ArrayList<>();
    root.path("phases").forEach(p -> p.path("stages").forEach(s -> s.path("activities")
        .forEach(a -> a.path("tasks").forEach(out::add))));
    return out;
  }
}
