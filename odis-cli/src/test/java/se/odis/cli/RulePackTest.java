package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.cli.Cli.BLOCKED;
import static se.odis.cli.Cli.PHASE_A;
import static se.odis.cli.Cli.READY;
import static se.odis.cli.Cli.odis;
import static se.odis.cli.Fixtures.AS_OF;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.odis.cli.Cli.Result;

/**
 * {@code odis assess --rules DIR} and {@code --profile FILE}: a municipality's rules on top of the
 * built-in ones. A broken rule set is one error line per problem and exit code 2, before anything
 * is assessed.
 */
class RulePackTest {
  static final Path EXEMPELKOMMUN = Path.of("..", "odis-examples", "exempelkommun");
  static final String PACK = EXEMPELKOMMUN.resolve("rules").toString();
  static final String PROFILE = EXEMPELKOMMUN.resolve("profile.yaml").toString();

  @TempDir Path dir;

  @Test
  void rules_examplePack_addsItsRulesToThoseInForce() {
    Result plain = odis("assess", "--format", "json", "--as-of", AS_OF, PHASE_A);
    Result r = odis("assess", "--rules", PACK, "--format", "json", "--as-of", AS_OF, PHASE_A);

    assertThat(r.err()).isEmpty();
    JsonNode root = Fixtures.json(r.out());
    assertThat(root.get("rulesInForce").toString()).contains("\"EXK-002\"", "\"EXK-011\"");
    assertThat(Fixtures.json(plain.out()).get("rulesInForce").toString()).doesNotContain("EXK-");
    assertThat(root.get("profile").isNull()).isTrue();
  }

  @Test
  void rules_examplePack_firesItsRule() {
    // The blocked example has CC-BY-4.0; Exempelkommun allows only CC0 (EXK-002, a blocker).
    Result r = odis("assess", "--rules", PACK, "--format", "json", "--as-of", AS_OF, BLOCKED);

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BLOCKERS);
    assertThat(r.out()).contains("\"ruleId\" : \"EXK-002\"".replace(" : ", ": "));
  }

  @Test
  void rules_textHeader_namesThePack() {
    Result r = odis("assess", "--rules", PACK, "--as-of", AS_OF, READY);

    assertThat(r.out().lines().limit(4)).anySatisfy(l -> assertThat(l).startsWith("Regelpaket: " + PACK + " (")
        .endsWith(" regler i kraft)"));
  }

  @Test
  void profile_yaml_isShownInTheTextHeaderAndInJson() {
    Result text = odis("assess", "--profile", PROFILE, "--as-of", AS_OF, PHASE_A);
    Result json = odis("assess", "--profile", PROFILE, "--format", "json", "--lang", "en", "--as-of", AS_OF, PHASE_A);

    assertThat(text.err()).isEmpty();
    assertThat(text.out().lines().toList().subList(0, 4)).contains("Profil: Exempelkommun",
        "Regelpaket: " + EXEMPELKOMMUN.resolve("rules").normalize() + " (" + Fixtures.json(json.out()).get("rulesInForce").size()
            + " regler i kraft)");
    JsonNode root = Fixtures.json(json.out());
    assertThat(root.get("profile").asText()).isEqualTo("Exempelkommun");
    assertThat(root.get("rulesInForce").toString()).contains("EXK-002").doesNotContain("\"SPEC-001\"");
  }

  @Test
  void profile_json_worksLikeYaml() throws Exception {
    Path profile = Fixtures.write(dir.resolve("profil.json"),
        "{\"municipality\": \"Testkommun\", \"disable\": [\"SPEC-001\"], \"defaults\": {\"licence\": \"CC0-1.0\"}}");

    Result r = odis("assess", "--profile", profile.toString(), "--format", "json", "--as-of", AS_OF, PHASE_A);

    assertThat(r.err()).isEmpty();
    assertThat(Fixtures.json(r.out()).get("profile").asText()).isEqualTo("Testkommun");
    assertThat(Fixtures.json(r.out()).get("rulesInForce").toString()).doesNotContain("\"SPEC-001\"");
  }

  @Test
  void profile_inAPortfolio_isInTheSummaryAndEveryAssessment() {
    Result r = odis("assess", "-q", "--profile", PROFILE, "--format", "json", "--as-of", AS_OF, READY, BLOCKED);

    JsonNode root = Fixtures.json(r.out());
    assertThat(root.get("summary").get("profile").asText()).isEqualTo("Exempelkommun");
    assertThat(root.get("assessments")).allSatisfy(a -> assertThat(a.get("profile").asText()).isEqualTo("Exempelkommun"));
  }

  @Test
  void profile_missingFile_exitsTwo() {
    Path missing = dir.resolve("none.yaml");

    Result r = odis("assess", "--profile", missing.toString(), READY);

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("odis: error: " + missing);
  }

  // ------------------------------------------------------------------ broken rule sets

  private Path pack(String name, String file, String content) {
    return Fixtures.write(dir.resolve(name).resolve(file), content).getParent();
  }

  private static final String HEAD = "package test.rules;\nimport se.odis.model.Dataset;\n"
      + "global se.odis.rules.FindingSink findings;\n";
  private static final String TEXTS = "  @title_sv(\"t\") @title_en(\"t\") @message_sv(\"m\") @message_en(\"m\") "
      + "@remedy_sv(\"r\") @remedy_en(\"r\")\n";

  /** A broken rule set: exit 2, nothing on standard output, one error line per problem and nothing else. */
  private static void assertRuleSetError(Result r, String... expectedParts) {
    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("odis: error: "));
    assertThat(r.err()).contains(expectedParts).doesNotContain("\tat ", "Exception", "the rule set has");
  }

  @Test
  void brokenDrl_isFileLineAndNoAssessment() {
    Path p = pack("broken", "bad.drl", HEAD + "rule \"broken\"\n  @id(\"MUN-001\") @severity(\"WARNING\") @step(\"B.1.2.2\")\n"
        + TEXTS + "when\n  NoSuchFact()\nthen\n  findings.emit(drools, \"/\");\nend\n");

    Result r = odis("assess", "--rules", p.toString(), READY, BLOCKED);

    assertRuleSetError(r, p.resolve("bad.drl") + ":8: ", "NoSuchFact");
  }

  @Test
  void brokenPack_withACatalogue_isTheRuleSetErrorAlone() {
    // The catalogue is read ahead while the pack compiles; its notes must not show.
    Path p = pack("broken", "bad.drl", HEAD + "rule \"broken\"\n  @id(\"MUN-001\") @severity(\"WARNING\") @step(\"B.1.2.2\")\n"
        + TEXTS + "when\n  NoSuchFact()\nthen\nend\n");
    Path ttl = Fixtures.write(dir.resolve("catalog.ttl"), CatalogueTest.TURTLE);

    Result r = odis("assess", "--rules", p.toString(), "--from", "dcat", ttl.toString());

    assertRuleSetError(r, p.resolve("bad.drl") + ":8: ", "NoSuchFact");
  }

  @Test
  void twoBrokenFiles_giveOneLinePerProblem() {
    Path p = pack("two", "a.drl", HEAD + "rule \"a\"\n  @id(\"MUN-001\") @severity(\"WARNING\") @step(\"B.1.2.2\")\n"
        + TEXTS + "when\n  NoSuchFact()\nthen\nend\n");
    Fixtures.write(p.resolve("b.drl"), HEAD + "rule \"b\"\n  @id(\"MUN-002\") @severity(\"WARNING\") @step(\"B.1.2.2\")\n"
        + TEXTS + "when\n  AlsoMissing()\nthen\nend\n");

    Result r = odis("assess", "--rules", p.toString(), READY);

    assertRuleSetError(r, "a.drl:8: ", "b.drl:8: ");
    assertThat(r.err().lines().filter(l -> l.contains(".drl:"))).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void unbalancedBracesInAText_isAnErrorNamingTheRuleAndText_beforeAnythingIsAssessed() {
    Path p = pack("braces", "b.drl", HEAD + "rule \"b\"\n  @id(\"MUN-001\") @severity(\"WARNING\") @step(\"B.1.2.2\")\n"
        + TEXTS.replace("@message_en(\"m\")", "@message_en(\"bad {0 {x}\")") + "when\n  Dataset()\nthen\n"
        + "  findings.emit(drools, \"/\");\nend\n");

    Result r = odis("assess", "--rules", p.toString(), READY);

    assertRuleSetError(r, p.resolve("b.drl").toString(), "MUN-001.message (en): not a valid text",
        "expected placeholders {0}, {1}, … with matching braces");
  }

  @Test
  void emptyDrlBesideARule_isHarmless_andAnEmptyPackOfDrlFilesIsNoCrash() {
    Path p = pack("withEmpty", "a.drl", HEAD + "rule \"a\"\n  @id(\"MUN-001\") @severity(\"WARNING\") @step(\"B.1.2.2\")\n"
        + TEXTS + "when\n  Dataset()\nthen\n  findings.emit(drools, \"/\");\nend\n");
    Fixtures.write(p.resolve("empty.drl"), "");
    Path onlyEmpty = pack("onlyEmpty", "empty.drl", "");

    Result withRule = odis("assess", "--rules", p.toString(), "--format", "json", READY);
    Result empty = odis("assess", "--rules", onlyEmpty.toString(), READY);

    assertThat(withRule.exitCode()).isZero();
    assertThat(withRule.out()).contains("\"MUN-001\"");
    assertThat(withRule.err()).isEmpty();
    assertThat(empty.exitCode()).isZero();
    assertThat(empty.err()).isEmpty();
  }

  @Test
  void packInOdisOwnPackage_isAnErrorNamingThePack() {
    Path p = pack("reserved", "r.drl", HEAD.replace("package test.rules;", "package se.odis.rules;")
        + "rule \"r\"\n  @id(\"MUN-001\") @severity(\"WARNING\") @step(\"B.1.2.2\")\n"
        + TEXTS + "when\n  Dataset()\nthen\n  findings.emit(drools, \"/\");\nend\n");

    Result r = odis("assess", "--rules", p.toString(), READY);

    assertRuleSetError(r, p + ": package se.odis.rules is ODIS's own");
  }

  @Test
  void idCollidingWithABuiltInRule_isAnError() {
    Path p = pack("dup", "dup.drl", HEAD + "rule \"dup\"\n  @id(\"PD-003\") @severity(\"WARNING\") @step(\"B.1.2.2\")\n"
        + TEXTS + "when\n  Dataset()\nthen\n  findings.emit(drools, \"/\");\nend\n");

    Result r = odis("assess", "--rules", p.toString(), "--format", "json", READY);

    assertRuleSetError(r, p.resolve("dup.drl").toString(), "PD-003 collides with the built-in rule PD-003");
  }

  @Test
  void unknownRuleIdToDisable_isAnError() {
    Path profile = Fixtures.write(dir.resolve("p.yaml"), "municipality: X\ndisable:\n  - NOPE-999\n");

    Result r = odis("assess", "--profile", profile.toString(), READY);

    assertRuleSetError(r, "cannot disable NOPE-999: no rule has that id");
  }

  @Test
  void badDecisionTable_isAnError() throws Exception {
    String table = Files.readString(EXEMPELKOMMUN.resolve("rules/hvd-teman.drl.csv"), StandardCharsets.UTF_8)
        .replace("themes not contains DataTheme.$2", "themez not contains DataTheme.$2");
    Path p = pack("table", "hvd.drl.csv", table);
    Files.copy(EXEMPELKOMMUN.resolve("rules/messages_sv.properties"), p.resolve("messages_sv.properties"));
    Files.copy(EXEMPELKOMMUN.resolve("rules/messages_en.properties"), p.resolve("messages_en.properties"));

    Result r = odis("assess", "--rules", p.toString(), READY);

    assertRuleSetError(r, p.resolve("hvd.drl.csv").toString());
  }

  @Test
  void truncatedDecisionTable_isOneProblemAtTheTable_notAlsoAPackWithoutRuleFiles() {
    Path p = pack("truncated", "t.drl.csv", "RuleSet,\"x");

    Result r = odis("assess", "--rules", p.toString(), READY);

    assertRuleSetError(r, p.resolve("t.drl.csv").toString());
    assertThat(r.err()).doesNotContain("no rule files");
  }

  @Test
  void decisionTableWithTheWrongName_isAnError() {
    Path p = pack("named", "table.csv", "RuleSet,x\n");

    Result r = odis("assess", "--rules", p.toString(), READY);

    assertRuleSetError(r, "table.csv", "*.drl.csv");
  }

  @Test
  void packGivenAsALinkToAGitCheckout_isUsed() throws Exception {
    Path p = pack("checkout", "a.drl", HEAD + "rule \"a\"\n  @id(\"MUN-001\") @severity(\"WARNING\") @step(\"B.1.2.2\")\n"
        + TEXTS + "when\n  Dataset()\nthen\n  findings.emit(drools, \"/\");\nend\n");
    Fixtures.write(p.resolve(".git/HEAD"), "ref: refs/heads/main\n");
    Fixtures.write(p.resolve(".git/hooks/pre-push.sample"), "#!/bin/sh\n");
    Path link = Files.createSymbolicLink(dir.resolve("regler"), p);

    Result r = odis("assess", "--rules", link.toString(), "--format", "json", READY);

    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("\"MUN-001\"");
  }

  @Test
  void emptyPack_isAnError() throws Exception {
    Path p = Files.createDirectories(dir.resolve("empty"));

    Result r = odis("assess", "--rules", p.toString(), READY);

    assertRuleSetError(r, p.toString(), "no rule files");
  }

  // ------------------------------------------------------------------ rules that fail at run time

  @Test
  void ruleThatThrowsOnOneDataset_isARuleSetErrorForIt_andTheOthersAreReported() {
    Path p = pack("failing", "fel.drl", HEAD + "rule \"Tal i id\"\n  @id(\"MUN-010\") @severity(\"WARNING\") @step(\"B.1.2.2\")\n"
        + TEXTS + "when\n  $d : Dataset(id == \"boom\")\nthen\n  Integer.parseInt($d.getId());\nend\n");
    Path portfolio = Fixtures.write(dir.resolve("p.ndjson"), "{\"id\": \"a\"}\n{\"id\": \"boom\"}\n{\"id\": \"c\"}\n");

    Result r = odis("assess", "-q", "--rules", p.toString(), "--format", "csv", "--as-of", AS_OF, portfolio.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.out().lines().map(l -> l.split(",")[0])).containsExactly("Id", "a", "c");
    assertThat(r.err()).isEqualTo("odis: error: " + portfolio + ":2: rule MUN-010 \"Tal i id\" of the rule pack " + p
        + " (" + p.resolve("fel.drl") + ") failed on dataset \"boom\": its action threw NumberFormatException: "
        + "For input string: \"boom\"; expected a rule that holds for every dataset (test a field for null before "
        + "using it), or the rule disabled in a profile (disable: [MUN-010])\n");
  }

  @Test
  void ruleWhoseConditionMeetsANull_onASingleDataset_exitsTwoNamingFileRuleAndDataset() {
    Path p = pack("nullCondition", "agare.drl", HEAD + "rule \"Ägarens namn\"\n  @id(\"MUN-011\") @severity(\"WARNING\") @step(\"B.1.2.2\")\n"
        + TEXTS + "when\n  Dataset(roles.owner.length() > 3)\nthen\n  findings.emit(drools, \"/roles/owner\");\nend\n");
    Path noOwner = Fixtures.write(dir.resolve("utan.json"), "{\"id\": \"utan-agare\"}");

    Result r = odis("assess", "--rules", p.toString(), noOwner.toString());

    assertRuleSetError(r, "odis: error: " + noOwner + ": rule MUN-011 \"Ägarens namn\" of the rule pack " + p,
        "failed on dataset \"utan-agare\": its condition 'roles.owner.length() > 3' met a null (a field the dataset does not give)");
    assertThat(r.err().lines()).hasSize(1);
  }
}
