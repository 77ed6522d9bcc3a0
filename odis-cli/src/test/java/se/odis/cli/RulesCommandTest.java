package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.cli.Cli.odis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.odis.cli.Cli.Result;
import se.odis.model.Labels;
import se.odis.rules.Assessor;
import se.odis.rules.RuleCatalogue;
import se.odis.rules.RuleInfo;

/** {@code odis rules}: the catalogue, with profiles and rule packs marked. */
class RulesCommandTest {
  static final Path EXEMPELKOMMUN = Path.of("..", "odis-examples", "exempelkommun");
  static final String PROFILE = EXEMPELKOMMUN.resolve("profile.yaml").toString();
  static final String PACK = EXEMPELKOMMUN.resolve("rules").toString();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void rules_default_listsEveryBuiltInRuleWithSeverityGateTaskAndSwedishTitle() {
    Result r = odis("rules");

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out().lines().findFirst().orElseThrow())
        .matches("ID +ALLVARLIGHET +GRIND +UPPGIFT +TITEL");
    List<RuleInfo> rules = Assessors.shared().getRules();
    for (RuleInfo rule : rules) {
      assertThat(row(r.out(), rule.getId())).as(rule.getId())
          .contains(Labels.of(rule.getSeverity(), "sv"), rule.getStep(), rule.getTitle().get("sv"))
          .contains(rule.getGate() == null ? rule.getStep() : Labels.of(rule.getGate(), "sv"));
    }
    // Swedish names, not the codes (BLOCKER, PROTECTION) that JSON keeps
    assertThat(row(r.out(), "PD-001")).matches("PD-001 +blockerande +skyddsåtgärder klara +B\\.1\\.1\\.2 +Personuppgifter inte bedömda");
    assertThat(row(r.out(), "ROLE-001")).matches("ROLE-001 +blockerande +beslut att gå vidare +A\\.\\S+ +.*");
    assertThat(r.out()).doesNotContain("BLOCKER", "WARNING", "RECOMMENDATION", "GO_AHEAD", "PROTECTION", "PUBLICATION");
    assertThat(r.out()).endsWith(rules.size() + " regler: " + rules.size() + " i kraft, 0 avstängda, 0 med ändrad allvarlighetsgrad.\n");
  }

  @Test
  void rules_english_hasEnglishHeadingsAndTitles() {
    Result r = odis("rules", "--lang", "en");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out().lines().findFirst().orElseThrow()).matches("ID +SEVERITY +GATE +TASK +TITLE");
    assertThat(row(r.out(), "PD-001")).matches("PD-001 +blocker +protective measures done +B\\.1\\.1\\.2 +Personal data not assessed");
    assertThat(r.out()).contains(" recommendation ").doesNotContain("BLOCKER", "RECOMMENDATION", "PROTECTION");
    assertThat(r.out()).contains(" rules: ").contains(" in force, 0 switched off");
  }

  @Test
  void rules_severityFilter_listsOnlyThoseSeverities_inAnyCase() {
    Result r = odis("rules", "--severity", "blocker");

    assertThat(r.exitCode()).isZero();
    List<String> rows = rows(r.out());
    assertThat(rows).isNotEmpty().allSatisfy(line -> assertThat(line.split(" +")[1]).isEqualTo("blockerande"));
    long blockers = Assessors.shared().getRules().stream().filter(x -> x.getSeverity().name().equals("BLOCKER")).count();
    assertThat(rows).hasSize((int) blockers);

    List<String> two = rows(odis("rules", "--severity", "WARNING,INFO").out());
    assertThat(two).allSatisfy(line -> assertThat(line.split(" +")[1]).isIn("varning", "upplysning"));
    assertThat(two.stream().map(l -> l.split(" +")[1]).distinct()).containsExactlyInAnyOrder("varning", "upplysning");
  }

  @Test
  void rules_unknownSeverity_exitsTwoNamingTheSeverities() {
    Result r = odis("rules", "--severity", "FATAL");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("'FATAL' is not a severity", "BLOCKER, WARNING, RECOMMENDATION, INFO");
  }

  @Test
  void rules_markdown_isExactlyTheRuleCatalogue() {
    Result r = odis("rules", "--format", "markdown");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo(RuleCatalogue.of(Assessor.create()).toMarkdown());
  }

  @Test
  void rules_markdownWithSeverity_exitsTwo() {
    Result r = odis("rules", "--format", "markdown", "--severity", "BLOCKER");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("--severity", "markdown");
  }

  @Test
  void rules_withProfile_marksDisabledReplacedAndChangedRules_andListsThePacksRules() {
    Result r = odis("rules", "--profile", PROFILE);

    assertThat(r.exitCode()).isZero();
    assertThat(row(r.out(), "SPEC-001")).endsWith("(avstängd av profilen)");
    assertThat(row(r.out(), "LIC-004")).endsWith("(ersatt av en regel i ett regelpaket)");
    assertThat(row(r.out(), "META-013")).contains("varning").endsWith("(ändrad från rekommendation)");
    assertThat(row(r.out(), "EXK-002")).contains("blockerande", "beslut om publicering", "B.1.2.2")
        .containsPattern("\\(från \\S*licens\\.drl\\)$");
    assertThat(row(r.out(), "PD-001")).doesNotContain("(");
    assertThat(r.out()).contains(" 2 avstängda, 1 med ändrad allvarlighetsgrad. Profil: Exempelkommun.");
  }

  @Test
  void rules_withProfileInEnglish_marksInEnglish() {
    Result r = odis("rules", "--profile", PROFILE, "--lang", "en");

    assertThat(row(r.out(), "SPEC-001")).endsWith("(disabled by the profile)");
    assertThat(row(r.out(), "META-013")).contains("warning").endsWith("(changed from recommendation)");
    assertThat(r.out()).contains("Profile: Exempelkommun.");
  }

  @Test
  void rules_withProfileAsMarkdown_isTheCatalogueOfThatRuleSet() {
    Result r = odis("rules", "--profile", PROFILE, "--format", "markdown");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("Profile in force: disabled rules LIC-004, SPEC-001.")
        .contains("| EXK-002 | BLOCKER | PUBLICATION |")
        .contains("| META-013 | WARNING (changed from RECOMMENDATION) |")
        .doesNotContain("| SPEC-001 |");
  }

  @Test
  void rules_withRulePack_listsItsRulesAndTheBuiltInRulesTheyReplace() {
    Result r = odis("rules", "--rules", PACK);

    assertThat(r.exitCode()).isZero();
    assertThat(row(r.out(), "EXK-001")).contains("blockerande", "skyddsåtgärder klara");
    assertThat(row(r.out(), "LIC-004")).endsWith("(ersatt av en regel i ett regelpaket)");
    assertThat(row(r.out(), "SPEC-001")).doesNotContain("avstängd");
    assertThat(r.out()).doesNotContain("Profil:");
  }

  @Test
  void rules_jsonInSwedish_keepsTheCodes_titlesInSwedish() throws Exception {
    Result r = odis("rules", "--format", "json", "--lang", "sv");

    assertThat(r.exitCode()).isZero();
    List<JsonNode> rules = new ArrayList<>();
    JSON.readTree(r.out()).path("rules").forEach(rules::add);
    JsonNode pd = rule(rules, "PD-001");
    assertThat(pd.path("severity").asText()).isEqualTo("BLOCKER");
    assertThat(pd.path("gate").asText()).isEqualTo("PROTECTION");
    assertThat(pd.path("title").asText()).isEqualTo("Personuppgifter inte bedömda");
  }

  @Test
  void rules_json_isTheContractWithStatuses() throws Exception {
    Result r = odis("rules", "--format", "json", "--profile", PROFILE, "--lang", "en");

    assertThat(r.exitCode()).isZero();
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.path("format").asText()).isEqualTo(RulesCommand.FORMAT);
    assertThat(root.path("language").asText()).isEqualTo("en");
    assertThat(root.path("profile").asText()).isEqualTo("Exempelkommun");
    List<JsonNode> rules = new ArrayList<>();
    root.path("rules").forEach(rules::add);
    assertThat(rules).allSatisfy(rule -> assertThat(fieldNames(rule)).containsExactly(
        "defaultSeverity", "gate", "id", "origin", "severity", "source", "status", "task", "title"));
    assertThat(rule(rules, "SPEC-001").path("status").asText()).isEqualTo("DISABLED");
    assertThat(rule(rules, "LIC-004").path("status").asText()).isEqualTo("OVERRIDDEN");
    JsonNode meta = rule(rules, "META-013");
    assertThat(meta.path("status").asText()).isEqualTo("ACTIVE");
    assertThat(meta.path("severity").asText()).isEqualTo("WARNING");
    assertThat(meta.path("defaultSeverity").asText()).isEqualTo("RECOMMENDATION");
    assertThat(rule(rules, "PD-001").path("title").asText()).isEqualTo("Personal data not assessed");
    assertThat(rule(rules, "PD-001").path("origin").asText()).isEqualTo("built-in");
    assertThat(rule(rules, "API-001").path("gate").isNull()).isTrue();
    assertThat(rules.stream().map(x -> x.path("id").asText()).collect(Collectors.toList())).isSorted();
  }

  @Test
  void rules_json_withoutProfile_hasProfileNull() throws Exception {
    JsonNode root = JSON.readTree(odis("rules", "--format", "json").out());

    assertThat(root.has("profile")).isTrue();
    assertThat(root.path("profile").isNull()).isTrue();
    assertThat(root.path("rules")).hasSize(Assessors.shared().getRules().size());
  }

  @Test
  void rules_brokenRulePack_exitsTwoNamingTheFileAndLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("broken.drl"), "package se.test.rules;\n\nrule \"Broken\"\nwhen\n  Nothing(\nthen\nend\n");

    Result r = odis("rules", "--rules", dir.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("odis: error: ").contains("broken.drl:7").doesNotContain("\tat ", "Exception");
  }

  @Test
  void rules_missingProfile_exitsTwo() {
    Result r = odis("rules", "--profile", "no-such-profile.yaml");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).startsWith("odis: error: no-such-profile.yaml: no such file");
  }

  /** The table row of a rule. */
  static String row(String out, String id) {
    return out.lines().filter(l -> l.startsWith(id + " ")).findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + id + " in:\n" + out));
  }

  private static List<String> rows(String out) {
    return out.lines().skip(1).takeWhile(l -> !l.isBlank()).collect(Collectors.toList());
  }

  private static JsonNode rule(List<JsonNode> rules, String id) {
    return rules.stream().filter(x -> x.path("id").asText().equals(id)).findFirst().orElseThrow();
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> names = new ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
