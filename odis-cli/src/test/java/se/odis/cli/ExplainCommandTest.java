package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.cli.Cli.odis;
import static se.odis.cli.RulesCommandTest.PACK;
import static se.odis.cli.RulesCommandTest.PROFILE;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.odis.cli.Cli.Result;
import se.odis.rules.RuleInfo;

/** {@code odis explain RULE-ID}: one rule in full, and help when the id is wrong. */
class ExplainCommandTest {
  @Test
  void explain_builtInRule_showsEverythingAboutItInSwedish() {
    Result r = odis("explain", "PD-001");

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .startsWith("PD-001  Personuppgifter inte bedömda\n\n")
        .containsPattern("(?m)^Allvarlighetsgrad: +BLOCKER – måste åtgärdas innan grinden kan passeras$")
        .containsPattern("(?m)^Grind: +Skyddsåtgärder klara \\(PROTECTION, B\\.2\\.2\\.1\\)$")
        .containsPattern("(?m)^Uppgift i guiden: +B\\.1\\.1\\.2 " + java.util.regex.Pattern.quote(
            se.odis.model.Guide.odis().task("B.1.1.2").orElseThrow().getSv()) + "$")
        .containsPattern("(?m)^Källa: +Dataskyddsförordningen \\(EU\\) 2016/679")
        .containsPattern("(?m)^Ursprung: +inbyggd i ODIS \\(protection\\.drl\\)$")
        .containsPattern("(?m)^Regelnamn: +\"Personal data not assessed\" \\(se\\.odis\\.rules\\)$")
        .contains("\nSyfte (ur regelfilen)\n  Whether the data holds personal data must be known")
        .contains("\nAnmärkningen\n  Det är okänt om datan innehåller personuppgifter")
        .contains("\nSå åtgärdar du den\n  ");
  }

  @Test
  void explain_english_andAnyCase() {
    Result r = odis("explain", "pd-001", "--lang", "en");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .startsWith("PD-001  Personal data not assessed\n")
        .containsPattern("(?m)^Severity: +BLOCKER – must be fixed before the gate can be passed$")
        .containsPattern("(?m)^Gate: +Protective measures done \\(PROTECTION, B\\.2\\.2\\.1\\)$")
        .containsPattern("(?m)^Guide task: +B\\.1\\.1\\.2 " + java.util.regex.Pattern.quote(
            se.odis.model.Guide.odis().task("B.1.1.2").orElseThrow().getEn()))
        .containsPattern("(?m)^Origin: +built into ODIS")
        .contains("\nIntent (from the rule file)\n", "\nThe finding\n", "\nHow to fix it\n");
  }

  @Test
  void explain_ruleWithoutGateAndWithPlaceholders_saysSo() {
    RuleInfo withPlaceholder = Assessors.shared().getRules().stream()
        .filter(x -> x.getGate() == null && x.getMessage().get("en").contains("{0}"))
        .findFirst().orElseThrow();

    Result r = odis("explain", withPlaceholder.getId(), "--lang", "en");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).containsPattern("(?m)^Gate: +none – the rule stops no gate$")
        .contains("The placeholders {0}, {1}… are filled in with values from the dataset");
  }

  @Test
  void explain_everyBuiltInRule_hasItsIntentCommentInItsDrlFile() {
    List<String> without = Assessors.shared().getRules().stream()
        .filter(x -> RuleIntent.of(x) == null)
        .map(RuleInfo::getId)
        .collect(Collectors.toList());

    assertThat(without).as("rules without a // intent comment right above them").isEmpty();
  }

  @Test
  void explain_unknownId_exitsTwoWithTheNearestIds() {
    Result r = odis("explain", "PD-01");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("odis: error: no rule has the id 'PD-01' (did you mean ")
        .contains("PD-001").contains("odis rules").doesNotContain("Exception");
  }

  @Test
  void explain_idWrittenWithoutDashOrZeros_suggestsTheRule() {
    Result r = odis("explain", "pd1");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("did you mean PD-001?");
  }

  @Test
  void explain_farFromEveryId_exitsTwoWithoutSuggestion() {
    Result r = odis("explain", "XYZZY-999");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("no rule has the id 'XYZZY-999'; see 'odis rules'").doesNotContain("did you mean");
  }

  @Test
  void explain_guideTaskId_namesTheRulesThatCheckIt() {
    Result r = odis("explain", "B.1.1.3");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("B.1.1.3 is a task of the guide, checked by RIGHTS-001");
  }

  @Test
  void explain_withoutId_exitsTwo() {
    Result r = odis("explain");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("RULE-ID", "Usage: odis explain");
  }

  @Test
  void explain_ruleDisabledByTheProfile_isExplainedAndMarked() {
    Result r = odis("explain", "SPEC-001", "--profile", PROFILE);

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).containsPattern("(?m)^Status: +avstängd av profilen$")
        .contains("Ingen specifikation eller datamodell");
  }

  @Test
  void explain_ruleWithSeverityChangedByTheProfile_showsBoth() {
    Result r = odis("explain", "META-013", "--profile", PROFILE, "--lang", "en");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).containsPattern("(?m)^Severity: +WARNING – should be fixed \\(changed from RECOMMENDATION\\)$");
  }

  @Test
  void explain_rulePackRule_readsItsIntentFromItsFile() {
    Result r = odis("explain", "EXK-002", "--rules", PACK, "--lang", "en");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("EXK-002  Only CC0 1.0 in Exempelkommun")
        .containsPattern("(?m)^Origin: +\\S*licens\\.drl$")
        .containsPattern("(?m)^Rule name: +\"Endast CC0 i Exempelkommun\" \\(se\\.exempelkommun\\.rules\\)$")
        .contains("Exempelkommun publishes all its open data under CC0 1.0");
  }

  @Test
  void explain_decisionTableRule_saysItHasNoIntentComment() {
    Result r = odis("explain", "EXK-011", "--rules", PACK, "--lang", "en");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("(the rule comes from a decision table, whose rows have no intent comment)");
  }

  @Test
  void explain_packRuleWithoutThePack_isUnknown() {
    Result r = odis("explain", "EXK-002");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("no rule has the id 'EXK-002'");
  }

  @Test
  void intent_isTheCommentLinesRightAboveTheRule() {
    String drl = String.join("\n",
        "package x;",
        "// Not this one.",
        "",
        "// First line of the intent,",
        "//   and its second line.",
        "rule \"A (rule) with [regex] characters\"",
        "  @id(\"X-001\")",
        "when then end",
        "rule \"No comment\"",
        "when then end");

    assertThat(RuleIntent.intent(drl, "A (rule) with [regex] characters"))
        .isEqualTo("First line of the intent, and its second line.");
    assertThat(RuleIntent.intent(drl, "No comment")).isNull();
    assertThat(RuleIntent.intent(drl, "Absent")).isNull();
  }

  @Test
  void suggestions_areNearIdsOnly() {
    List<String> ids = List.of("PD-001", "PD-002", "SEC-001", "LIC-004");

    assertThat(ExplainCommand.suggestions("PD-1", ids)).containsExactly("PD-001");
    assertThat(ExplainCommand.suggestions("SEC-01", ids)).containsExactly("SEC-001");
    assertThat(ExplainCommand.suggestions("PD-003", ids)).containsExactly("PD-001", "PD-002");
    assertThat(ExplainCommand.suggestions("HELLO", ids)).isEmpty();
  }
}
