package se.odis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.odis.model.Guide;
import se.odis.model.GuideTask;
import se.odis.model.LocalizedText;

/** Keeps docs/rules.md in step with the knowledge base, and the guide fully covered. */
class RuleCatalogueDocTest {
  private static final Path DOC = Path.of("..", "docs", "rules.md");
  private static RuleCatalogue catalogue;

  @BeforeAll
  static void build() {
    catalogue = RuleCatalogue.of(Assessor.create());
  }

  @Test
  void docsRulesMd_matchesTheKnowledgeBase() throws Exception {
    String expected = catalogue.toMarkdown();
    if (Boolean.getBoolean("odis.updateDocs")) {
      Files.writeString(DOC, expected, StandardCharsets.UTF_8);
    }
    assertThat(DOC).as("docs/rules.md exists").exists();
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
        .as("docs/rules.md is stale: regenerate it with -Dodis.updateDocs=true (see its first lines)")
        .isEqualTo(expected);
  }

  @Test
  void everyGuideTask_isCheckedByARuleOrListedAsProgressOnly() {
    Map<String, List<String>> coverage = catalogue.getCoverage();
    Map<String, LocalizedText> progressOnly = RuleCatalogue.getProgressOnly();
    List<String> uncovered = new ArrayList<>();
    for (GuideTask t : Guide.odis().getTasks()) {
      boolean byRule = !coverage.get(t.getId()).isEmpty();
      boolean listed = progressOnly.containsKey(t.getId());
      if (!byRule && !listed) uncovered.add(t.getId());
    }
    assertThat(uncovered).as("tasks neither checked by a rule nor listed in progress-only.properties").isEmpty();
  }

  @Test
  void progressOnlyList_namesRealTasksWithReasonsInBothLanguages_andNoneARuleChecks() {
    Map<String, List<String>> coverage = catalogue.getCoverage();
    RuleCatalogue.getProgressOnly().forEach((task, reason) -> {
      assertThat(Guide.odis().task(task)).as(task).isPresent();
      assertThat(reason.has("sv") && reason.has("en")).as("reasons for " + task).isTrue();
      assertThat(coverage.get(task)).as(task + " is checked by rules, so it is not progress-only").isEmpty();
    });
  }
}
