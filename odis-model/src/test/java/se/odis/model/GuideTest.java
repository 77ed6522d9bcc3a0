package se.odis.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.odis.model.test.SharedData;

class GuideTest {
  private static final Guide GUIDE = Guide.odis();

  /** A bulleted line of the seed with an id: "· A1 Identifiera data", "· B.1.1.2 Identifiera …". */
  private static final Pattern SEED_LINE =
      Pattern.compile("· ([ABC](?:\\.?[1-9](?:\\.[1-9](?:\\.[1-9])?)?)?) (.*)");

  // ---------------------------------------------------------------- structure and counts

  @Test
  void guide_loaded_hasTitleAndExactCounts() {
    assertThat(GUIDE.getTitle()).isEqualTo("Guide för att publicera och förvalta öppna data");
    assertThat(GUIDE.getPhases()).hasSize(3);
    assertThat(GUIDE.getStages()).hasSize(9);
    assertThat(GUIDE.getActivities()).hasSize(20);
    assertThat(GUIDE.getTasks()).hasSize(56);
  }

  @Test
  void tasks_inOrder_runFromA1111ToC315() {
    List<GuideTask> tasks = GUIDE.getTasks();
    assertThat(tasks.get(0).getId()).isEqualTo("A.1.1.1");
    assertThat(tasks.get(tasks.size() - 1).getId()).isEqualTo("C.3.1.5");
    assertThat(GUIDE.order("A.1.1.1")).isZero();
    assertThat(GUIDE.order("C3.1.5")).isEqualTo(55);
    assertThat(GUIDE.order("C.3.1.6")).isEqualTo(-1);
  }

  @Test
  void phases_inOrder_haveIdsAndNamesAsListed() {
    assertThat(GUIDE.getPhases()).extracting(GuidePhase::getId).containsExactly("A", "B", "C");
    assertThat(GUIDE.getPhases())
        .extracting(GuidePhase::getSv)
        .containsExactly("Identifiera", "Förbered publicering", "Publicera och förvalta");
    assertThat(GUIDE.getPhases())
        .extracting(GuidePhase::getEn)
        .containsExactly("Identify", "Prepare publication", "Publish and maintain");
  }

  @Test
  void stages_inOrder_areA1ToC3() {
    assertThat(GUIDE.getStages())
        .extracting(GuideStage::getId)
        .containsExactly("A1", "A2", "A3", "B1", "B2", "B3", "C1", "C2", "C3");
    assertThat(GUIDE.stageOrder("A1")).isZero();
    assertThat(GUIDE.stageOrder("C.3")).isEqualTo(8);
    assertThat(GUIDE.stageOrder("C4")).isEqualTo(-1);
  }

  @Test
  void activities_perStage_matchTheGuide() {
    Map<String, Integer> perStage = new LinkedHashMap<>();
    GUIDE.getStages().forEach(s -> perStage.put(s.getId(), s.getActivities().size()));
    assertThat(perStage)
        .containsExactly(
            Map.entry("A1", 2), Map.entry("A2", 2), Map.entry("A3", 3),
            Map.entry("B1", 2), Map.entry("B2", 2), Map.entry("B3", 2),
            Map.entry("C1", 2), Map.entry("C2", 4), Map.entry("C3", 1));
  }

  @Test
  void ids_allLevels_areUniqueAndCanonical() {
    List<String> all = new ArrayList<>();
    for (GuidePhase p : GUIDE.getPhases()) {
      assertThat(p.getId()).matches("[ABC]");
      all.add(p.getId());
      for (GuideStage s : p.getStages()) {
        assertThat(s.getId()).matches("[ABC][1-9]");
        all.add(s.getId());
        for (GuideActivity a : s.getActivities()) {
          assertThat(a.getId()).matches("[ABC]\\.[1-9]\\.[1-9]");
          all.add(a.getId());
          for (GuideTask t : a.getTasks()) {
            assertThat(t.getId()).matches("[ABC]\\.[1-9]\\.[1-9]\\.[1-9]");
            all.add(t.getId());
          }
        }
      }
    }
    assertThat(all).hasSize(3 + 9 + 20 + 56).doesNotHaveDuplicates();
    assertThat(all).allSatisfy(id -> assertThat(Guide.canonicalId(id)).contains(id));
  }

  @Test
  void everyTask_inTree_knowsItsPhaseStageAndActivity() {
    for (GuidePhase p : GUIDE.getPhases()) {
      for (GuideStage s : p.getStages()) {
        assertThat(s.getId()).startsWith(p.getId());
        for (GuideActivity a : s.getActivities()) {
          assertThat(Guide.canonicalId(a.getId().substring(0, 3))).contains(s.getId());
          for (GuideTask t : a.getTasks()) {
            assertThat(t.getPhaseId()).as(t.getId()).isEqualTo(p.getId());
            assertThat(t.getStageId()).as(t.getId()).isEqualTo(s.getId());
            assertThat(t.getActivityId()).as(t.getId()).isEqualTo(a.getId());
            assertThat(t.getId()).startsWith(a.getId() + ".");
          }
        }
      }
    }
  }

  @Test
  void everyElement_anyLevel_hasNonBlankSwedishAndEnglishWithoutIdOrPadding() {
    List<String[]> texts = new ArrayList<>();
    GUIDE.getPhases().forEach(p -> texts.add(new String[] {p.getId(), p.getSv(), p.getEn()}));
    GUIDE.getStages().forEach(s -> texts.add(new String[] {s.getId(), s.getSv(), s.getEn()}));
    GUIDE.getActivities().forEach(a -> texts.add(new String[] {a.getId(), a.getSv(), a.getEn()}));
    GUIDE.getTasks().forEach(t -> texts.add(new String[] {t.getId(), t.getSv(), t.getEn()}));
    for (String[] t : texts) {
      for (int i = 1; i <= 2; i++) {
        assertThat(t[i]).as(t[0]).isNotBlank().isEqualTo(t[i].strip());
        assertThat(t[i]).as(t[0]).doesNotStartWith(t[0]).doesNotMatch("^[ABC]\\.?[1-9].*");
      }
      assertThat(t[2]).as(t[0] + " en").doesNotContain("å", "ä", "ö", "Å", "Ä", "Ö");
    }
  }

  @Test
  void text_byLanguage_givesEnglishOnlyForEn() {
    GuideTask t = GUIDE.task("A.1.1.1").orElseThrow();
    assertThat(t.text("en")).isEqualTo("Identify a dataset to open");
    assertThat(t.text("sv")).isEqualTo("Identifiera datamängd att öppna");
    assertThat(t.text("de")).isEqualTo("Identifiera datamängd att öppna");
  }

  // ---------------------------------------------------------------- look-up in both id styles

  @Test
  void activity_eitherIdStyle_isTheSame() {
    assertThat(GUIDE.activity("A1.1")).isPresent();
    assertThat(GUIDE.activity("A1.1")).isEqualTo(GUIDE.activity("A.1.1"));
    assertThat(GUIDE.activity("A1.1").orElseThrow().getSv())
        .isEqualTo("Identifiera datamängd att öppna");
    assertThat(GUIDE.activity("B1.2")).isEqualTo(GUIDE.activity("B.1.2")).isPresent();
    assertThat(GUIDE.activity("a3.3").orElseThrow().getId()).isEqualTo("A.3.3");
  }

  @Test
  void task_eitherIdStyle_isTheSame() {
    assertThat(GUIDE.task("A3.3.1")).isPresent().isEqualTo(GUIDE.task("A.3.3.1"));
    assertThat(GUIDE.task("A3.3.1").orElseThrow().getId()).isEqualTo("A.3.3.1");
    assertThat(GUIDE.task(" c.3.1.5 ").orElseThrow().getId()).isEqualTo("C.3.1.5");
  }

  @Test
  void stage_eitherIdStyle_isTheSame() {
    assertThat(GUIDE.stage("B.1")).isPresent().isEqualTo(GUIDE.stage("B1"));
    assertThat(GUIDE.stage("B1").orElseThrow().getSv())
        .isEqualTo("Definiera öppenhet och välj licens");
    assertThat(GUIDE.phase("B").orElseThrow().getSv()).isEqualTo("Förbered publicering");
  }

  @Test
  void lookUp_unknownOrWrongLevelId_isEmpty() {
    assertThat(GUIDE.task("A.1.1.9")).isEmpty();
    assertThat(GUIDE.task("D.1.1.1")).isEmpty();
    assertThat(GUIDE.task("A.3.3")).isEmpty();
    assertThat(GUIDE.task("")).isEmpty();
    assertThat(GUIDE.task(null)).isEmpty();
    assertThat(GUIDE.activity("A.3.4")).isEmpty();
    assertThat(GUIDE.activity("A.3.3.1")).isEmpty();
    assertThat(GUIDE.stage("A4")).isEmpty();
    assertThat(GUIDE.stage("A")).isEmpty();
    assertThat(GUIDE.phase("D")).isEmpty();
    assertThat(GUIDE.contains("B.2.2.5")).isTrue();
    assertThat(GUIDE.contains("B.2.2.6")).isFalse();
    assertThat(GUIDE.contains("nonsense")).isFalse();
  }

  @Test
  void canonicalId_eitherStyle_givesCanonicalForm() {
    assertThat(Guide.canonicalId("a3.3.1")).contains("A.3.3.1");
    assertThat(Guide.canonicalId("A3.3.1")).contains("A.3.3.1");
    assertThat(Guide.canonicalId("A.3.3.1")).contains("A.3.3.1");
    assertThat(Guide.canonicalId("A1.1")).contains("A.1.1");
    assertThat(Guide.canonicalId("B.1.1")).contains("B.1.1");
    assertThat(Guide.canonicalId("A.1")).contains("A1");
    assertThat(Guide.canonicalId("A1")).contains("A1");
    assertThat(Guide.canonicalId("c")).contains("C");
    assertThat(Guide.canonicalId(" B2 ")).contains("B2");
  }

  @Test
  void canonicalId_notShapedLikeAnId_isEmpty() {
    assertThat(Guide.canonicalId(null)).isEmpty();
    assertThat(Guide.canonicalId("")).isEmpty();
    assertThat(Guide.canonicalId("X.1.1.1")).isEmpty();
    assertThat(Guide.canonicalId("A.0.1")).isEmpty();
    assertThat(Guide.canonicalId("A.1.1.1.1")).isEmpty();
    assertThat(Guide.canonicalId("A11")).isEmpty();
  }

  // ---------------------------------------------------------------- conditions

  @Test
  void condition_vidBehov_isWhenNeededAndViceVersa() {
    for (GuideTask t : GUIDE.getTasks()) {
      assertThat(t.getSv().startsWith("Vid behov"))
          .as(t.getId())
          .isEqualTo(t.getCondition() == ConditionKind.WHEN_NEEDED);
      if (t.getCondition() == ConditionKind.WHEN_NEEDED) {
        assertThat(t.getSv()).startsWith("Vid behov: ");
        assertThat(t.getEn()).as(t.getId()).startsWith("When needed: ");
      }
    }
  }

  @Test
  void condition_omMojligt_isIfPossibleAndViceVersa() {
    for (GuideTask t : GUIDE.getTasks()) {
      assertThat(t.getSv().startsWith("Om möjligt"))
          .as(t.getId())
          .isEqualTo(t.getCondition() == ConditionKind.IF_POSSIBLE);
      if (t.getCondition() == ConditionKind.IF_POSSIBLE) {
        assertThat(t.getEn()).as(t.getId()).startsWith("If possible: ");
      }
    }
  }

  @Test
  void condition_statedCondition_isConditionalWithText() {
    LocalizedText omJa = LocalizedText.of("Om ja", "If yes");
    LocalizedText portal =
        LocalizedText.of("Om datan ska lagras i portalen", "If the data is to be stored in the portal");
    Map<String, LocalizedText> expected =
        Map.of("A.1.1.2", omJa, "A.1.2.1", omJa, "B.2.1.3", portal, "B.2.1.4", portal);

    Map<String, LocalizedText> actual = new LinkedHashMap<>();
    for (GuideTask t : GUIDE.getTasks()) {
      if (t.getCondition() == ConditionKind.CONDITIONAL) actual.put(t.getId(), t.getConditionText());
    }
    assertThat(actual).isEqualTo(expected);
    for (String id : expected.keySet()) {
      GuideTask t = GUIDE.task(id).orElseThrow();
      assertThat(t.getSv()).as(id).contains(t.getConditionText().get("sv") + ":");
      assertThat(t.getEn()).as(id).contains(t.getConditionText().get("en") + ":");
    }
    assertThat(GUIDE.task("B.2.1.3").orElseThrow().getSv())
        .startsWith("Om datan ska lagras i portalen: ");
  }

  @Test
  void conditionText_onlyOnConditionalTasks() {
    for (GuideTask t : GUIDE.getTasks()) {
      assertThat(t.getConditionText() != null)
          .as(t.getId())
          .isEqualTo(t.getCondition() == ConditionKind.CONDITIONAL);
    }
  }

  @Test
  void ifAny_onlyTheProtectiveMeasuresOfB2_2_1() {
    assertThat(GUIDE.getTasks().stream().filter(t -> t.getCondition() == ConditionKind.IF_ANY).map(GuideTask::getId))
        .containsExactly("B.2.2.1");
    assertThat(GUIDE.task("B.2.2.1").orElseThrow().getSv()).contains("eventuell");
  }

  @Test
  void decisive_theTasksThatEstablishPublishability() {
    assertThat(GUIDE.getTasks().stream().filter(GuideTask::isDecisive).map(GuideTask::getId)).containsExactly(
        "A.3.3.1", "B.1.1.2", "B.1.1.3", "B.1.1.4", "B.1.2.2", "B.2.2.1", "B.2.2.2", "B.2.2.4", "B.3.1.1", "B.3.1.2",
        "B.3.2.2");
  }

  @Test
  void condition_countsPerKind_arePinned() {
    Map<ConditionKind, Long> counts =
        GUIDE.getTasks().stream()
            .collect(Collectors.groupingBy(GuideTask::getCondition, Collectors.counting()));
    assertThat(counts)
        .containsOnly(
            Map.entry(ConditionKind.ALWAYS, 37L),
            Map.entry(ConditionKind.IF_ANY, 1L),
            Map.entry(ConditionKind.WHEN_NEEDED, 13L),
            Map.entry(ConditionKind.IF_POSSIBLE, 1L),
            Map.entry(ConditionKind.CONDITIONAL, 4L));
  }

  // ---------------------------------------------------------------- verbatim against the seed

  private static List<String[]> seedEntries() throws IOException {
    Path seed = SharedData.file("seed/odis-guide-sv.txt");
    List<String[]> out = new ArrayList<>();
    for (String line : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
      Matcher m = SEED_LINE.matcher(line.strip());
      if (m.matches()) {
        String id = Guide.canonicalId(m.group(1)).orElseThrow();
        out.add(new String[] {id, m.group(2).strip()});
      }
    }
    return out;
  }

  private static List<String[]> seedEntriesOfLevel(int idLength) throws IOException {
    return seedEntries().stream()
        .filter(e -> e[0].length() == idLength)
        .collect(Collectors.toList());
  }

  @Test
  void taskSv_comparedWithSeed_isVerbatimAndInTheSameOrder() throws IOException {
    List<String[]> seed = seedEntriesOfLevel("A.1.1.1".length());
    assertThat(seed).hasSize(56);
    for (String[] e : seed) {
      GuideTask t = GUIDE.task(e[0]).orElse(null);
      assertThat(t).as("seed task %s is missing from guide.json", e[0]).isNotNull();
      assertThat(t.getSv()).as(e[0]).isEqualTo(e[1]);
    }
    assertThat(seed.stream().map(e -> e[0]).collect(Collectors.toList()))
        .containsExactlyElementsOf(
            GUIDE.getTasks().stream().map(GuideTask::getId).collect(Collectors.toList()));
  }

  @Test
  void activitySv_comparedWithSeed_isVerbatimAndInTheSameOrder() throws IOException {
    List<String[]> seed = seedEntriesOfLevel("A.1.1".length());
    assertThat(seed).hasSize(20);
    for (String[] e : seed) {
      GuideActivity a = GUIDE.activity(e[0]).orElse(null);
      assertThat(a).as("seed activity %s is missing from guide.json", e[0]).isNotNull();
      assertThat(a.getSv()).as(e[0]).isEqualTo(e[1]);
    }
    assertThat(seed.stream().map(e -> e[0]).collect(Collectors.toList()))
        .containsExactlyElementsOf(
            GUIDE.getActivities().stream().map(GuideActivity::getId).collect(Collectors.toList()));
  }

  @Test
  void stageAndPhaseSv_comparedWithSeed_isVerbatimAndInTheSameOrder() throws IOException {
    // Stages appear twice in the seed (in the overview list and as section headings).
    List<String[]> stages = seedEntriesOfLevel(2);
    assertThat(stages).hasSize(18);
    Set<String> seen = new HashSet<>();
    List<String> stageOrder = new ArrayList<>();
    for (String[] e : stages) {
      GuideStage s = GUIDE.stage(e[0]).orElse(null);
      assertThat(s).as("seed stage %s is missing from guide.json", e[0]).isNotNull();
      assertThat(s.getSv()).as(e[0]).isEqualTo(e[1]);
      if (seen.add(e[0])) stageOrder.add(e[0]);
    }
    assertThat(stageOrder)
        .containsExactlyElementsOf(
            GUIDE.getStages().stream().map(GuideStage::getId).collect(Collectors.toList()));

    List<String[]> phases = seedEntriesOfLevel(1);
    assertThat(phases).hasSize(3);
    for (String[] e : phases) {
      assertThat(GUIDE.phase(e[0]).orElseThrow().getSv()).as(e[0]).isEqualTo(e[1]);
    }
  }

  @Test
  void taskSv_guidesOwnSpelling_isKept() {
    assertThat(GUIDE.task("A.1.1.2").orElseThrow().getSv()).contains("liknade data");
    assertThat(GUIDE.task("B.2.2.1").orElseThrow().getSv()).contains("tidsfördörjning");
    assertThat(GUIDE.task("B.2.1.2").orElseThrow().getSv()).contains("öppna data- portalen");
    assertThat(GUIDE.task("C.1.1.1").orElseThrow().getSv()).startsWith("Vid behov: förbered");
  }

  // ---------------------------------------------------------------- TaskId

  @Test
  void taskIdOf_eitherStyle_givesCanonicalEqualIds() {
    assertThat(TaskId.of("A3.3.1")).isEqualTo(TaskId.of("A.3.3.1"));
    assertThat(TaskId.of("A3.3.1").getId()).isEqualTo("A.3.3.1");
    assertThat(TaskId.of("B.1.1.2").getTask().getSv())
        .isEqualTo("Identifiera eventuella sekretesskydd och personuppgifter");
    assertThat(TaskId.of("A.1.1.1")).isLessThan(TaskId.of("C.3.1.5"));
  }

  @Test
  void taskIdOf_activityId_isRejectedSayingWhatWasExpected() {
    assertThatThrownBy(() -> TaskId.of("A.3.3"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'A.3.3'")
        .hasMessageContaining("not a task")
        .hasMessageContaining("expected a task id");
  }

  @Test
  void taskIdOf_unknownPhase_isRejectedSayingWhatWasExpected() {
    assertThatThrownBy(() -> TaskId.of("X.1.1.1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'X.1.1.1'")
        .hasMessageContaining("expected a task id from A.1.1.1 to C.3.1.5");
  }
}
