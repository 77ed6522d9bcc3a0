package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.cli.Cli.BLOCKED;
import static se.odis.cli.Cli.PHASE_A;
import static se.odis.cli.Cli.READY;
import static se.odis.cli.Cli.odis;

import org.junit.jupiter.api.Test;
import se.odis.cli.Cli.Result;

/** {@code odis assess} on the example datasets, as text. */
class AssessCommandTest {
  private static final String AS_OF = "2026-11-26";

  @Test
  void assess_readyToPublish_exitsZeroAndSaysReadyInSwedish() {
    Result r = odis("assess", "--as-of", AS_OF, READY);

    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("Parkeringsplatser (exempelkommun-parkering-01)")
        .contains("Resultat:", "KLAR ATT PUBLICERA")
        .contains("Bedömd 2026-11-26")
        .contains("Grindar", "passerad")
        .contains("Licens", "CC0-1.0", "(redan vald)")
        .contains("Nästa steg")
        .doesNotContain("READY TO PUBLISH");
  }

  @Test
  void assess_readyToPublishInEnglish_saysReadyToPublish() {
    Result r = odis("assess", "--lang", "en", "--as-of", AS_OF, READY);

    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(r.out())
        .contains("Parking spaces (exempelkommun-parkering-01)")
        .contains("Verdict:", "READY TO PUBLISH")
        .contains("Gates", "passed", "Next steps", "(already chosen)")
        .doesNotContain("KLAR ATT PUBLICERA", "Åtgärd:");
  }

  @Test
  void assess_blockedPersonalData_exitsOneAndListsBlockerWithRemedyAndSource() {
    Result r = odis("assess", "--as-of", AS_OF, BLOCKED);

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BLOCKERS);
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("BLOCKERAD")
        .contains("B2 Detaljplanera publicering")
        .contains("Nästa grind:", "(B.2.2.1)")
        .contains("Blockerande – måste åtgärdas (1)")
        .contains("PD-003", "B.2.2.1", "Personuppgifter pseudonymiserade")
        .contains("Åtgärd:", "Källa:", "Dataskyddsförordningen")
        .contains("blockerad av PD-003")
        .contains("blockerar: PD-003")
        .contains("Rekommenderad: CC0-1.0 (datamängden har nu CC-BY-4.0)");
  }

  @Test
  void assess_blockedPersonalDataInEnglish_usesEnglishLabelsAndTexts() {
    Result r = odis("assess", "--lang", "EN", "--as-of", AS_OF, BLOCKED);

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BLOCKERS);
    assertThat(r.out())
        .contains("Building permit applications")
        .contains("BLOCKED", "Blockers – must be fixed (1)", "PD-003")
        .contains("Fix:", "Source:", "blocked by PD-003", "blocks: PD-003")
        .contains("B2 Plan the publication in detail")
        .doesNotContain("Åtgärd:", "BLOCKERAD");
  }

  @Test
  void assess_phaseA_exitsOneInProgressAtStageA1() {
    Result r = odis("assess", "--as-of", AS_OF, PHASE_A);

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BLOCKERS);
    assertThat(r.out())
        .contains("PÅGÅR")
        .contains("A1 Identifiera data")
        .contains("Beslut att gå vidare (A.3.3.1)")
        .containsPattern("\\d+ blockerande");
  }

  @Test
  void assess_blockersComeBeforeLesserFindingsAndNextSteps() {
    String out = odis("assess", "--as-of", AS_OF, PHASE_A).out();

    int blockers = out.indexOf("Blockerande – måste åtgärdas");
    int licence = out.indexOf("\nLicens\n");
    int steps = out.indexOf("Nästa steg (");
    assertThat(blockers).isPositive();
    assertThat(licence).isGreaterThan(blockers);
    assertThat(steps).isGreaterThan(licence);
  }

  @Test
  void assess_anyExample_keepsLinesWithinTheWrapWidth() {
    for (String file : new String[] {READY, BLOCKED, PHASE_A}) {
      for (String lang : new String[] {"sv", "en"}) {
        String out = odis("assess", "--lang", lang, "--as-of", AS_OF, file).out();
        assertThat(out.lines()).allSatisfy(line ->
            assertThat(line.length()).as(line).isLessThanOrEqualTo(FormatsTest.TEXT_WIDTH));
      }
    }
  }

  @Test
  void assess_sameInputTwice_givesTheSameReport() {
    Result first = odis("assess", "--as-of", AS_OF, PHASE_A);
    Result second = odis("assess", "--as-of", AS_OF, PHASE_A);

    assertThat(second.out()).isEqualTo(first.out());
  }

  @Test
  void assess_withoutAsOf_assessesForToday() {
    java.time.LocalDate before = java.time.LocalDate.now();
    Result r = odis("assess", "--format", "json", READY);
    java.time.LocalDate after = java.time.LocalDate.now();

    assertThat(r.out()).containsAnyOf("\"asOf\": \"" + before + "\"", "\"asOf\": \"" + after + "\"");
  }
}
