package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.cli.Cli.odis;
import static se.odis.cli.RulesCommandTest.PACK;
import static se.odis.cli.RulesCommandTest.PROFILE;

import java.util.List;
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
        .containsPattern("(?m)^Allvarlighetsgrad: +blockerande – måste åtgärdas innan grinden kan passeras$")
        .containsPattern("(?m)^Grind: +skyddsåtgärder klara \\(B\\.2\\.2\\.1\\)$")
        .containsPattern("(?m)^Uppgift i guiden: +B\\.1\\.1\\.2 " + java.util.regex.Pattern.quote(
            se.odis.model.Guide.odis().task("B.1.1.2").orElseThrow().getSv()) + "$")
        .containsPattern("(?m)^Källa: +Dataskyddsförordningen \\(EU\\) 2016/679")
        .containsPattern("(?m)^Ursprung: +inbyggd i ODIS$")
        .contains("\nSyfte\n  Om datan innehåller personuppgifter måste vara känt")
        .contains("\nAnmärkningen\n  Det är okänt om datan innehåller personuppgifter")
        .contains("\nSå åtgärdar du den\n  ")
        // Swedish throughout: no severity or gate code, no English intent.
        .doesNotContain("BLOCKER", "PROTECTION", "Whether the data", "Personal data not assessed", "Regelnamn");
  }

  @Test
  void explain_english_andAnyCase() {
    Result r = odis("explain", "pd-001", "--lang", "en");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .startsWith("PD-001  Personal data not assessed\n")
        .containsPattern("(?m)^Severity: +blocker – must be fixed before the gate can be passed$")
        .containsPattern("(?m)^Gate: +protective measures done \\(B\\.2\\.2\\.1\\)$")
        .containsPattern("(?m)^Guide task: +B\\.1\\.1\\.2 " + java.util.regex.Pattern.quote(
            se.odis.model.Guide.odis().task("B.1.1.2").orElseThrow().getEn()))
        .containsPattern("(?m)^Origin: +built into ODIS")
        .containsPattern("(?m)^Rule name: +\"Personal data not assessed\" \\(se\\.odis\\.rules\\)$")
        .contains("\nIntent\n  Whether the data holds personal data must be known", "\nThe finding\n", "\nHow to fix it\n");
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
  void explain_everyBuiltInRule_inSwedish_hasNoEnglishCodesOrIntent() {
    java.util.List<String> ids = new java.util.ArrayList<>();
    Assessors.shared().getRules().forEach(x -> ids.add(x.getId()));
    Assessors.shared().getApplicabilityRules().forEach(x -> ids.add(x.getId()));
    for (String id : ids) {
      Result r = odis("explain", id);
      assertThat(r.exitCode()).as(id).isZero();
      RuleInfo info = Assessors.shared().getRule(id);
      String intent = info != null ? info.getIntent().get("sv") : Assessors.shared().getApplicabilityRule(id).getIntent().get("sv");
      assertThat(r.out()).as(id)
          .contains("\nSyfte\n  " + intent.substring(0, Math.min(40, intent.length())))
          .doesNotContainPattern("\\b(BLOCKER|WARNING|RECOMMENDATION|INFO|PROTECTION|PUBLICATION|GO_AHEAD|DECOMMISSION)\\b")
          .doesNotContain("Intent", "Severity", "Gate:", "Origin", "Rule name", "fail closed");
    }
  }

  @Test
  void explain_applicabilityRule_namesItsTasks_inSwedishOrEnglish() {
    Result sv = odis("explain", "APPL-002");
    assertThat(sv.exitCode()).isZero();
    assertThat(sv.out()).startsWith("APPL-002  Datan ska lagras i portalen\n\n")
        .containsPattern("(?m)^Slag: +säger när uppgifter i guiden gäller \\(@applies\\)$")
        .containsPattern("(?m)^Gäller uppgiften: +B\\.2\\.1\\.3 ")
        .containsPattern("(?m)^Gäller uppgiften: +B\\.2\\.1\\.4 ")
        .contains("\nSyfte\n  Format och API i portalen bestäms bara för data som ska lagras i portalen")
        .doesNotContain("Anmärkningen");

    Result en = odis("explain", "appl-001", "--lang", "en");
    assertThat(en.exitCode()).isZero();
    assertThat(en.out()).startsWith("APPL-001  There is something to protect\n")
        .containsPattern("(?m)^Kind: +states when guide tasks apply \\(@applies\\); can be neither disabled nor replaced\\s+\\(fail closed\\)$")
        .containsPattern("(?m)^Applies to task: +B\\.2\\.2\\.1 ");
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
    assertThat(r.out()).containsPattern("(?m)^Severity: +warning – should be fixed \\(changed from recommendation\\)$");
  }

  @Test
  void explain_rulePackRule_showsItsIntentMetadata() {
    Result r = odis("explain", "EXK-002", "--rules", PACK, "--lang", "en");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("EXK-002  Only CC0 1.0 in Exempelkommun")
        .containsPattern("(?m)^Origin: +\\S*licens\\.drl$")
        .containsPattern("(?m)^Rule name: +\"Endast CC0 i Exempelkommun\" \\(se\\.exempelkommun\\.rules\\)$")
        .contains("Exempelkommun publishes all its open data under CC0 1.0");
  }

  @Test
  void explain_decisionTableRule_saysItStatesNoIntent() {
    Result r = odis("explain", "EXK-011", "--rules", PACK, "--lang", "en");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("(the rule comes from a decision table and states no intent)");
  }

  @Test
  void explain_packRuleWithoutThePack_isUnknown() {
    Result r = odis("explain", "EXK-002");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("no rule has the id 'EXK-002'");
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
