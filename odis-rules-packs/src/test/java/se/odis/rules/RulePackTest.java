package se.odis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.odis.model.Assessment;
import se.odis.model.Severity;

/** Runtime rule packs: what loads, and that every broken pack is refused whole with file:line. */
class RulePackTest {
  private static final String HEADER = "package se.kommun.rules;\n"
      + "import se.odis.model.Dataset;\n"
      + "global se.odis.rules.FindingSink findings;\n";

  private static final String GOOD_RULE = HEADER
      + "// Kommunen wants a Swedish title.\n"
      + "rule \"Svensk titel\"\n"
      + "  @id(\"MUN-001\") @severity(\"WARNING\") @step(\"B.2.2.4\")\n"
      + "  @title_sv(\"Svensk titel saknas\") @title_en(\"Swedish title missing\")\n"
      + "  @message_sv(\"Titeln saknas på svenska.\") @message_en(\"The title is not in Swedish.\")\n"
      + "  @remedy_sv(\"Ange title.sv.\") @remedy_en(\"Give title.sv.\")\n"
      + "when\n  Dataset(!title.has(\"sv\"))\nthen\n  findings.emit(drools, \"/title\");\nend\n";

  private static Path write(Path dir, String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  private static List<String> problems(Path pack) {
    try {
      Assessor.builder().rulePack(pack).build();
    } catch (RuleSetException e) {
      return e.getProblems();
    }
    throw new AssertionError("the pack " + pack + " was accepted");
  }

  @Test
  void goodPack_loadsAndItsRuleFires(@TempDir Path dir) throws Exception {
    write(dir, "titel.drl", GOOD_RULE);
    Assessor assessor = Assessor.builder().rulePack(dir).build();
    assertThat(assessor.getRule("MUN-001").getOrigin()).endsWith("titel.drl");
    Assessment a = assessor.assess(Datasets.readyToPublish()
        .title(se.odis.model.LocalizedText.of(java.util.Map.of("en", "Parking"))).build(), Datasets.AS_OF);
    assertThat(a.getFindings()).anySatisfy(f -> {
      assertThat(f.getRuleId()).isEqualTo("MUN-001");
      assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
      assertThat(f.getMessage().get("en")).isEqualTo("The title is not in Swedish.");
    });
    assertThat(a.getRulesInForce()).contains("MUN-001", "PD-001");
  }

  @Test
  void packGivenAsALink_loads(@TempDir Path dir) throws Exception {
    Path real = Files.createDirectories(dir.resolve("regler"));
    write(real, "titel.drl", GOOD_RULE);
    Path link = Files.createSymbolicLink(dir.resolve("lank"), real);

    Assessor assessor = Assessor.builder().rulePack(link).build();

    assertThat(assessor.getRule("MUN-001").getOrigin()).isEqualTo(link.resolve("titel.drl").toString());
  }

  @Test
  void packThatIsAGitCheckout_loads_itsDotDirectoriesSkipped(@TempDir Path dir) throws Exception {
    write(dir, "titel.drl", GOOD_RULE);
    Files.createDirectories(dir.resolve(".git/hooks"));
    write(dir, ".git/config", "[core]\n");
    write(dir, ".git/hooks/pre-commit.sample", "#!/bin/sh\n");
    write(dir, ".git/hooks/trasig.drl", "not a rule");
    Files.createDirectories(dir.resolve("underkatalog/.idea"));
    write(dir, "underkatalog/.idea/workspace.xml", "<x/>");

    assertThat(Assessor.builder().rulePack(dir).build().getRule("MUN-001")).isNotNull();
  }

  @Test
  void linkToNothingOrALoopInAPack_isRefused(@TempDir Path dir) throws Exception {
    write(dir, "titel.drl", GOOD_RULE);
    Files.createSymbolicLink(dir.resolve("borta.drl"), dir.resolve("finns-inte.drl"));
    Files.createDirectories(dir.resolve("under"));
    Files.createSymbolicLink(dir.resolve("under/upp"), dir);

    assertThat(problems(dir)).containsExactlyInAnyOrder(
        dir.resolve("borta.drl") + ": a link to nothing; expected a rule file, or no link",
        dir.resolve("under/upp") + ": a link back to a directory that holds it (a loop); expected links that lead out of the pack");
  }

  @Test
  void textWithAControlCharacter_isRefused(@TempDir Path dir) throws Exception {
    write(dir, "titel.drl", GOOD_RULE.replace("@title_sv(\"Svensk titel saknas\") ", ""));
    write(dir, "messages_sv.properties", "MUN-001.title=Svensk \\u001b]0;PWNED\\u0007titel\n");

    assertThat(problems(dir)).singleElement().asString()
        .endsWith("MUN-001.title (sv): the text holds the control character U+001B;"
            + " expected text without control characters (tabs and line breaks are allowed)");
  }

  @Test
  void drlSyntaxError_namesFileAndLine(@TempDir Path dir) throws Exception {
    write(dir, "trasig.drl", HEADER + "rule \"Trasig\"\n  @id(\"MUN-002\")\nwhen\n  Dataset( title == \nthen\nend\n");
    assertThat(problems(dir)).anySatisfy(p -> assertThat(p).contains("trasig.drl:").matches(".*trasig\\.drl:\\d+: .*"));
  }

  @Test
  void unknownFactType_namesFile(@TempDir Path dir) throws Exception {
    write(dir, "okand.drl", HEADER + "rule \"X\"\n  @id(\"MUN-003\") @severity(\"INFO\") @step(\"A.1.1.1\")\n"
        + "when\n  Datasett()\nthen\nend\n");
    assertThat(problems(dir)).anySatisfy(p -> assertThat(p).contains("okand.drl"));
  }

  @Test
  void ruleIdCollidingWithBuiltIn_isRefused(@TempDir Path dir) throws Exception {
    write(dir, "krock.drl", GOOD_RULE.replace("MUN-001", "LIC-001"));
    assertThat(problems(dir)).anySatisfy(p -> assertThat(p).contains("krock.drl").contains("collides with the built-in rule LIC-001"));
  }

  @Test
  void missingMetadataOrTexts_areRefused(@TempDir Path dir) throws Exception {
    write(dir, "utan.drl", HEADER + "rule \"Utan id\"\nwhen\n  Dataset()\nthen\nend\n"
        + "rule \"Utan text\"\n  @id(\"MUN-005\") @severity(\"WARNING\") @step(\"B.2.2.4\")\nwhen\n  Dataset()\nthen\nend\n"
        + "rule \"Fel steg\"\n  @id(\"MUN-006\") @severity(\"WARNING\") @step(\"B.9.9.9\")\nwhen\n  Dataset()\nthen\nend\n"
        + "rule \"Blocker utan grind\"\n  @id(\"MUN-007\") @severity(\"BLOCKER\") @step(\"B.2.2.4\")\nwhen\n  Dataset()\nthen\nend\n");
    assertThat(problems(dir))
        .anySatisfy(p -> assertThat(p).contains("Utan id").contains("@id"))
        .anySatisfy(p -> assertThat(p).contains("MUN-005").contains("no title text"))
        .anySatisfy(p -> assertThat(p).contains("Fel steg").contains("B.9.9.9"))
        .anySatisfy(p -> assertThat(p).contains("Blocker utan grind").contains("@gate"));
  }

  @Test
  void decisionTableNamedWithoutDrl_isRefusedInsteadOfIgnored(@TempDir Path dir) throws Exception {
    write(dir, "titel.drl", GOOD_RULE);
    write(dir, "tabell.csv", "RuleSet,se.kommun.rules\n");
    assertThat(problems(dir)).anySatisfy(p -> assertThat(p).contains("tabell.csv").contains(".drl.csv"));
  }

  @Test
  void brokenDecisionTable_namesFile(@TempDir Path dir) throws Exception {
    write(dir, "tabell.drl.csv", "RuleSet,se.kommun.rules\nImport,se.odis.model.Dataset\n\n"
        + "RuleTable T\nCONDITION,ACTION\nDataset,\nnoSuchField == $param,findings.emit(drools);\nx,y\n1,X\n");
    assertThat(problems(dir)).anySatisfy(p -> assertThat(p).contains("tabell.drl.csv"));
  }

  @Test
  void unknownRuleToDisable_isRefused() {
    assertThatThrownBy(() -> Assessor.builder().disable(List.of("NOPE-001")).build())
        .isInstanceOf(RuleSetException.class).hasMessageContaining("NOPE-001");
  }

  @Test
  void overrideOfUnknownRule_isRefused(@TempDir Path dir) throws Exception {
    write(dir, "ersatt.drl", GOOD_RULE.replace("@severity(\"WARNING\")", "@severity(\"WARNING\") @overrides(\"LIC-999\")"));
    assertThat(problems(dir)).anySatisfy(p -> assertThat(p).contains("LIC-999"));
  }

  @Test
  void onePackWithOneBrokenFile_isRefusedWhole(@TempDir Path dir) throws Exception {
    write(dir, "bra.drl", GOOD_RULE);
    write(dir, "trasig.drl", HEADER + "rule \"Trasig\"\nwhen\n  Dataset(\nthen\nend\n");
    assertThatThrownBy(() -> Assessor.builder().rulePack(dir).build()).isInstanceOf(RuleSetException.class);
  }

  @Test
  void missingDirectory_isRefused(@TempDir Path dir) {
    assertThat(problems(dir.resolve("finns-inte"))).anySatisfy(p -> assertThat(p).contains("not a directory"));
  }

  @Test
  void failClosedRules_cannotBeDisabledLoweredOrOverridden(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> Assessor.builder().disable(List.of("PD-001")).build())
        .isInstanceOf(RuleSetException.class).hasMessageContaining("PD-001").hasMessageContaining("fail closed");
    assertThatThrownBy(() -> Assessor.builder().severity("SEC-001", Severity.WARNING).build())
        .isInstanceOf(RuleSetException.class).hasMessageContaining("SEC-001").hasMessageContaining("fail closed");
    write(dir, "ersatt.drl", GOOD_RULE.replace("@severity(\"WARNING\")", "@severity(\"WARNING\") @overrides(\"LIC-001\")"));
    assertThat(problems(dir)).anySatisfy(p -> assertThat(p).contains("LIC-001").contains("fail closed"));
    // Raising is fine, and so is changing a rule that guards no decisive fact.
    assertThat(Assessor.builder().severity("SPEC-001", Severity.BLOCKER).build().getRule("SPEC-001").getSeverity())
        .isEqualTo(Severity.BLOCKER);
    assertThat(Assessor.create().getRule("PD-002").isFailClosed()).isTrue();
    assertThat(Assessor.create().getRule("SPEC-001").isFailClosed()).isFalse();
  }

  // ------------------------------------------------------------------ rules that fail at run time

  /** Two rules that fail on some datasets only: an action that throws, a condition that meets a null. */
  private static final String FAILING = HEADER
      + "rule \"Tal i id\"\n"
      + "  @id(\"MUN-010\") @severity(\"WARNING\") @step(\"B.2.2.4\")\n"
      + "  @title_sv(\"t\") @title_en(\"t\") @message_sv(\"m\") @message_en(\"m\") @remedy_sv(\"r\") @remedy_en(\"r\")\n"
      + "when\n  $d : Dataset(id.startsWith(\"boom\"))\nthen\n  Integer.parseInt($d.getId());\nend\n"
      + "rule \"Ägarens namn\"\n"
      + "  @id(\"MUN-011\") @severity(\"WARNING\") @step(\"B.2.2.4\")\n"
      + "  @title_sv(\"t\") @title_en(\"t\") @message_sv(\"m\") @message_en(\"m\") @remedy_sv(\"r\") @remedy_en(\"r\")\n"
      + "when\n  Dataset(id == \"utan-agare\", roles.owner.length() > 3)\nthen\n  findings.emit(drools, \"/roles/owner\");\nend\n";

  @Test
  void actionThatThrows_isARuleFailureNamingPackRuleFileAndDataset(@TempDir Path dir) throws Exception {
    Path file = write(dir, "fel.drl", FAILING);
    Assessor assessor = Assessor.builder().rulePack(dir).build();

    assertThatThrownBy(() -> assessor.assess(Datasets.readyToPublish().id("boom-1").build(), Datasets.AS_OF))
        .isInstanceOfSatisfying(RuleFailureException.class, e -> {
          assertThat(e.getPack()).isEqualTo(dir.toString());
          assertThat(e.getRuleId()).isEqualTo("MUN-010");
          assertThat(e.getRuleName()).isEqualTo("Tal i id");
          assertThat(e.getRuleFile()).isEqualTo(file.toString());
          assertThat(e.getDatasetId()).isEqualTo("boom-1");
          assertThat(e.getProblem()).isEqualTo("rule MUN-010 \"Tal i id\" of the rule pack " + dir + " (" + file
              + ") failed on dataset \"boom-1\": its action threw NumberFormatException: For input string: \"boom-1\"");
          assertThat(e.getProblems()).singleElement().asString()
              .startsWith(file + ": rule MUN-010").contains("; expected ").contains("disable: [MUN-010]");
        });
  }

  @Test
  void conditionThatMeetsANull_isARuleFailureNamingTheCondition(@TempDir Path dir) throws Exception {
    Path file = write(dir, "fel.drl", FAILING);
    Assessor assessor = Assessor.builder().rulePack(dir).build();
    se.odis.model.Dataset noOwner = Datasets.readyToPublish().id("utan-agare")
        .roles(se.odis.model.Roles.unknown()).build();

    assertThatThrownBy(() -> assessor.assess(noOwner, Datasets.AS_OF))
        .isInstanceOfSatisfying(RuleFailureException.class, e -> {
          assertThat(e.getRuleId()).isEqualTo("MUN-011");
          assertThat(e.getRuleFile()).isEqualTo(file.toString());
          assertThat(e.getDatasetId()).isEqualTo("utan-agare");
          assertThat(e.getProblem()).contains("its condition 'roles.owner.length() > 3' met a null (a field the dataset does not give)");
        });
  }

  @Test
  void ruleFailingOnOneDataset_leavesTheOthersAssessableAlone(@TempDir Path dir) throws Exception {
    write(dir, "fel.drl", FAILING);
    Assessor assessor = Assessor.builder().rulePack(dir).build();
    se.odis.model.Dataset fine = Datasets.readyToPublish().id("fin").build();

    assertThatThrownBy(() -> assessor.assessAll(List.of(fine, Datasets.readyToPublish().id("boom").build()), Datasets.AS_OF))
        .isInstanceOf(RuleFailureException.class);
    assertThat(assessor.assess(fine, Datasets.AS_OF).getDatasetId()).isEqualTo("fin");
  }

  private static String appliesRule(String id, String meta) {
    return HEADER + "import se.odis.rules.AssessmentContext;\n"
        + "rule \"Villkor " + id + "\"\n  @id(\"" + id + "\") " + meta + "\n"
        + "  @title_sv(\"Alltid\") @title_en(\"Always\")\n"
        + "when\n  AssessmentContext()\nthen\n  findings.applies(drools);\nend\n";
  }

  @Test
  void applicabilityRules_areCheckedLikeOtherRules(@TempDir Path dir) throws Exception {
    write(dir, "a.drl", appliesRule("MUN-030", "@applies(\"B.9.9.9\")"));
    write(dir, "b.drl", appliesRule("MUN-031", "@applies(\"B.3.1.4\") @severity(\"WARNING\")"));
    write(dir, "c.drl", appliesRule("MUN-032", "@applies(\"B.3.1.4\") @overrides(\"APPL-001\")"));
    write(dir, "d.drl", appliesRule("MUN-033", "@applies(\"B.3.1.4\") @overrides(\"LIC-004\")"));
    write(dir, "e.drl", appliesRule("MUN-034", "@applies(\"B.3.1.4\") @intent_sv(\"Bara svenska\")"));
    write(dir, "f.drl", appliesRule("MUN-035", "@applies(\"\")"));
    List<String> problems = problems(dir);
    assertThat(problems).anySatisfy(p -> assertThat(p).contains("MUN-030").contains("@applies names 'B.9.9.9', which is not a task of the guide"));
    assertThat(problems).anySatisfy(p -> assertThat(p).contains("Villkor MUN-031").contains("makes no finding, so it has no @severity"));
    assertThat(problems).anySatisfy(p -> assertThat(p).contains("cannot override APPL-001: it decides whether a decisive task applies (fail closed)"));
    assertThat(problems).anySatisfy(p -> assertThat(p).contains("@overrides(\"LIC-004\"): LIC-004 is a rule with findings, so its replacement cannot be an @applies rule"));
    assertThat(problems).anySatisfy(p -> assertThat(p).contains("the intent of MUN-034 is given in Swedish only"));
    assertThat(problems).anySatisfy(p -> assertThat(p).contains("Villkor MUN-035").contains("@applies must name the tasks"));
  }

  @Test
  void packApplicabilityRule_overridingABuiltInOne_replacesIt(@TempDir Path dir) throws Exception {
    write(dir, "a.drl", appliesRule("MUN-036", "@applies(\"B.3.1.3\") @overrides(\"APPL-007\")"));
    Assessor assessor = Assessor.builder().rulePack(dir).build();
    assertThat(assessor.getApplicabilityRule("APPL-007")).isNull();
    assertThat(assessor.getDisabledRules()).contains("APPL-007");
    TaskState t = assessor.tasks(Datasets.readyToPublish().build(), Datasets.AS_OF).get(se.odis.model.Guide.odis().order("B.3.1.3"));
    assertThat(t.getAppliesBy()).containsExactly("MUN-036");
  }

  @Test
  void findingRuleCallingApplies_isARuleFailure(@TempDir Path dir) throws Exception {
    write(dir, "a.drl", HEADER + "rule \"Fel\"\n  @id(\"MUN-037\") @severity(\"INFO\") @step(\"B.3.1.4\")\n"
        + "  @title_sv(\"t\") @title_en(\"t\") @message_sv(\"m\") @message_en(\"m\") @remedy_sv(\"r\") @remedy_en(\"r\")\n"
        + "when\n  Dataset()\nthen\n  findings.applies(drools);\nend\n");
    Assessor assessor = Assessor.builder().rulePack(dir).build();
    assertThatThrownBy(() -> assessor.assess(Datasets.readyToPublish().build(), Datasets.AS_OF))
        .isInstanceOf(RuleFailureException.class).hasMessageContaining("give it @applies");
  }
}
