package se.odis.rules;

import static se.odis.model.PersonalDataStatus.NONE;
import static se.odis.model.PersonalDataStatus.PRESENT;
import static se.odis.model.PersonalDataStatus.SENSITIVE;
import static se.odis.model.ProtectiveMeasure.AGGREGATION;
import static se.odis.model.ProtectiveMeasure.ANONYMISATION;
import static se.odis.model.ProtectiveMeasure.ELIMINATION;
import static se.odis.model.ProtectiveMeasure.PSEUDONYMISATION;
import static se.odis.model.ProtectiveMeasure.TIME_DELAY;
import static se.odis.rules.Datasets.done;
import static se.odis.rules.Datasets.fresh;
import static se.odis.rules.Datasets.inProgress;
import static se.odis.rules.Datasets.personalData;
import static se.odis.rules.Datasets.readyToPublish;
import static se.odis.rules.Datasets.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.odis.model.Assessment;
import se.odis.model.Dataset;
import se.odis.model.Verdict;
import se.odis.model.LegalObstacles;
import se.odis.model.PersonalData;
import se.odis.model.PersonalDataStatus;
import se.odis.model.ProtectiveMeasure;
import se.odis.model.Secrecy;
import se.odis.model.Severity;
import se.odis.model.ThirdPartyRights;
import se.odis.rules.test.RuleVerifier;

/** The protection rules (personal-data.drl, secrecy.drl, rights.drl, legal-obstacles.drl): personal data, secrecy, third-party rights, other legal obstacles. */
class ProtectionRulesTest {
  private static final RuleVerifier VERIFIER = SharedVerifier.VERIFIER;

  private static Dataset ready(PersonalData pd) {
    return readyToPublish().personalData(pd).build();
  }

  // PD-001: personal data not assessed.

  @Test
  void pd001_personalDataUnknown_emitsBlockerAboutStatus() {
    VERIFIER.verify("PD-001").given(ready(personalData(PersonalDataStatus.UNKNOWN)))
        .emits(Severity.BLOCKER).emitsTimes(1).about("/personalData/status");
  }

  @Test
  void pd001_personalDataNone_doesNotEmit() {
    VERIFIER.verify("PD-001").given(ready(personalData(NONE))).doesNotEmit();
  }

  @Test
  void pd001_personalDataNotStatedAtAll_emitsBlocker() {
    VERIFIER.verify("PD-001").given(ready(PersonalData.unknown())).emits(Severity.BLOCKER);
  }

  // PD-002: personal data without aggregation, anonymisation or elimination.

  @Test
  void pd002_personalDataPresentWithoutMeasures_emitsBlockerAboutMeasures() {
    VERIFIER.verify("PD-002").given(ready(personalData(PRESENT)))
        .emits(Severity.BLOCKER).emitsTimes(1).about("/personalData/measures");
  }

  @Test
  void pd002_personalDataPresentAndAggregated_doesNotEmit() {
    VERIFIER.verify("PD-002").given(ready(personalData(PRESENT, AGGREGATION))).doesNotEmit();
  }

  @ParameterizedTest
  @EnumSource(value = ProtectiveMeasure.class, names = {"AGGREGATION", "ANONYMISATION", "ELIMINATION"})
  void pd002_personalDataPresentWithMeasureThatRemovesIt_doesNotEmit(ProtectiveMeasure measure) {
    VERIFIER.verify("PD-002").given(ready(personalData(PRESENT, measure))).doesNotEmit();
  }

  @Test
  void pd002_sensitivePersonalDataWithoutMeasures_emitsBlocker() {
    VERIFIER.verify("PD-002").given(ready(personalData(SENSITIVE))).emits(Severity.BLOCKER);
  }

  @Test
  void pd002_personalDataOnlyTimeDelayed_emitsBlocker() {
    VERIFIER.verify("PD-002").given(ready(personalData(PRESENT, TIME_DELAY))).emits(Severity.BLOCKER);
  }

  @Test
  void pd002_onlyPseudonymised_doesNotEmitBecausePd003Does() {
    VERIFIER.verify("PD-002").given(ready(personalData(PRESENT, PSEUDONYMISATION))).doesNotEmit();
  }

  @Test
  void pd002_noPersonalDataAndNoMeasures_doesNotEmit() {
    VERIFIER.verify("PD-002").given(ready(personalData(NONE))).doesNotEmit();
  }

  // PD-003: personal data only pseudonymised.

  @Test
  void pd003_personalDataOnlyPseudonymised_emitsBlockerAboutMeasures() {
    VERIFIER.verify("PD-003").given(ready(personalData(PRESENT, PSEUDONYMISATION)))
        .emits(Severity.BLOCKER).emitsTimes(1).about("/personalData/measures");
  }

  @Test
  void pd003_pseudonymisedBesideAnonymisationOrElimination_stillBlocks_sincePseudonymsArePersonalData() {
    for (ProtectiveMeasure beside : List.of(ANONYMISATION, ELIMINATION, AGGREGATION)) {
      Dataset d = ready(personalData(PRESENT, PSEUDONYMISATION, beside));
      Assessment a = VERIFIER.verify("PD-003").given(d).emits(Severity.BLOCKER).about("/personalData/measures").assessment();
      assertThat(a.getVerdict()).as("with %s", beside).isEqualTo(Verdict.BLOCKED);
      VERIFIER.verify("PD-002").given(d).doesNotEmit();
    }
  }

  @Test
  void pd003_anonymisedWithoutPseudonymisation_doesNotEmit() {
    VERIFIER.verify("PD-003").given(ready(personalData(PRESENT, ANONYMISATION, ELIMINATION))).doesNotEmit();
  }

  @Test
  void pd003_sensitiveAndPseudonymisedWithTimeDelay_emitsPd003NotPd002() {
    Dataset d = ready(personalData(SENSITIVE, PSEUDONYMISATION, TIME_DELAY));
    VERIFIER.verify("PD-003").given(d).emits(Severity.BLOCKER);
    VERIFIER.verify("PD-002").given(d).doesNotEmit();
  }

  @Test
  void pd003_pseudonymisationOfDataWithoutPersonalData_doesNotEmit() {
    VERIFIER.verify("PD-003").given(ready(personalData(NONE, PSEUDONYMISATION))).doesNotEmit();
  }

  // PD-004: sensitive personal data calls for the data protection officer.

  @Test
  void pd004_sensitiveAggregated_emitsRecommendationButNoPd002OrPd003() {
    Dataset d = ready(personalData(SENSITIVE, AGGREGATION));
    VERIFIER.verify("PD-004").given(d).emits(Severity.RECOMMENDATION).emitsTimes(1).about("/personalData/status");
    VERIFIER.verify("PD-002").given(d).doesNotEmit();
    VERIFIER.verify("PD-003").given(d).doesNotEmit();
  }

  @Test
  void pd004_ordinaryPersonalDataAggregated_doesNotEmit() {
    VERIFIER.verify("PD-004").given(ready(personalData(PRESENT, AGGREGATION))).doesNotEmit();
  }

  @Test
  void pd004_sensitiveWithoutMeasures_emitsAlongsidePd002() {
    Dataset d = ready(personalData(SENSITIVE));
    VERIFIER.verify("PD-004").given(d).emits(Severity.RECOMMENDATION);
    VERIFIER.verify("PD-002").given(d).emits(Severity.BLOCKER);
  }

  // SEC-001: secrecy not assessed.

  @Test
  void sec001_secrecyUnknown_emitsBlockerAboutSecrecy() {
    VERIFIER.verify("SEC-001").given(readyToPublish().secrecy(Secrecy.UNKNOWN).build())
        .emits(Severity.BLOCKER).emitsTimes(1).about("/secrecy");
  }

  @Test
  void sec001_noSecrecy_doesNotEmit() {
    VERIFIER.verify("SEC-001").given(readyToPublish().secrecy(Secrecy.NONE).build()).doesNotEmit();
  }

  // SEC-002: partly secret data without the secret part eliminated.

  @Test
  void sec002_partlySecretWithoutElimination_emitsBlockerAboutSecrecy() {
    VERIFIER.verify("SEC-002").given(readyToPublish().secrecy(Secrecy.PARTIAL).build())
        .emits(Severity.BLOCKER).emitsTimes(1).about("/secrecy");
  }

  @Test
  void sec002_partlySecretWithSecretPartEliminated_doesNotEmit() {
    VERIFIER.verify("SEC-002")
        .given(readyToPublish().secrecy(Secrecy.PARTIAL).addSecrecyMeasures(ELIMINATION).build())
        .doesNotEmit();
  }

  @Test
  void sec002_partlySecretWithSecretPartAggregated_doesNotEmit() {
    VERIFIER.verify("SEC-002")
        .given(readyToPublish().secrecy(Secrecy.PARTIAL).addSecrecyMeasures(AGGREGATION).build())
        .doesNotEmit();
  }

  @Test
  void sec002_partlySecretWithOnlyPersonalDataEliminated_emitsBlocker() {
    // Removing personal data says nothing about the secret part: the two are kept apart (fail closed).
    VERIFIER.verify("SEC-002")
        .given(readyToPublish().secrecy(Secrecy.PARTIAL).personalData(personalData(PRESENT, ELIMINATION)).build())
        .emits(Severity.BLOCKER);
  }

  @Test
  void sec002_partlySecretOnlyPseudonymised_emitsBlocker() {
    VERIFIER.verify("SEC-002")
        .given(readyToPublish().secrecy(Secrecy.PARTIAL).addSecrecyMeasures(PSEUDONYMISATION).build())
        .emits(Severity.BLOCKER);
  }

  @Test
  void sec002_noSecrecy_doesNotEmit() {
    VERIFIER.verify("SEC-002").given(readyToPublish().build()).doesNotEmit();
  }

  // SEC-003: the data as a whole is secret.

  @Test
  void sec003_wholeDataSecret_emitsBlockerAboutSecrecy() {
    VERIFIER.verify("SEC-003").given(readyToPublish().secrecy(Secrecy.FULL).build())
        .emits(Severity.BLOCKER).emitsTimes(1).about("/secrecy");
  }

  @Test
  void sec003_partlySecret_doesNotEmit() {
    VERIFIER.verify("SEC-003").given(readyToPublish().secrecy(Secrecy.PARTIAL).build()).doesNotEmit();
  }

  @Test
  void sec003_wholeDataSecretEvenWithElimination_emitsAndSec002DoesNot() {
    Dataset d = readyToPublish().secrecy(Secrecy.FULL).addSecrecyMeasures(ELIMINATION).build();
    VERIFIER.verify("SEC-003").given(d).emits(Severity.BLOCKER);
    VERIFIER.verify("SEC-002").given(d).doesNotEmit();
  }

  // RIGHTS-001: third-party rights not assessed.

  @Test
  void rights001_thirdPartyRightsUnknown_emitsBlockerAboutRights() {
    VERIFIER.verify("RIGHTS-001").given(readyToPublish().thirdPartyRights(ThirdPartyRights.UNKNOWN).build())
        .emits(Severity.BLOCKER).emitsTimes(1).about("/thirdPartyRights");
  }

  @Test
  void rights001_noThirdPartyRights_doesNotEmit() {
    VERIFIER.verify("RIGHTS-001").given(readyToPublish().thirdPartyRights(ThirdPartyRights.NONE).build()).doesNotEmit();
  }

  // RIGHTS-002: third-party rights not cleared.

  @Test
  void rights002_thirdPartyRightsUncleared_emitsBlockerAboutRights() {
    VERIFIER.verify("RIGHTS-002").given(readyToPublish().thirdPartyRights(ThirdPartyRights.UNCLEARED).build())
        .emits(Severity.BLOCKER).emitsTimes(1).about("/thirdPartyRights");
  }

  @Test
  void rights002_thirdPartyRightsCleared_doesNotEmit() {
    VERIFIER.verify("RIGHTS-002").given(readyToPublish().thirdPartyRights(ThirdPartyRights.CLEARED).build()).doesNotEmit();
  }

  @Test
  void rights002_thirdPartyRightsUnknown_doesNotEmitBecauseRights001Does() {
    VERIFIER.verify("RIGHTS-002").given(readyToPublish().thirdPartyRights(ThirdPartyRights.UNKNOWN).build()).doesNotEmit();
  }

  // LEGAL-001: other legal obstacles not assessed.

  @Test
  void legal001_otherLegalObstaclesUnknown_emitsBlockerAboutObstacles() {
    VERIFIER.verify("LEGAL-001").given(readyToPublish().otherLegalObstacles(LegalObstacles.UNKNOWN).build())
        .emits(Severity.BLOCKER).emitsTimes(1).about("/otherLegalObstacles");
  }

  @Test
  void legal001_noOtherLegalObstacles_doesNotEmit() {
    VERIFIER.verify("LEGAL-001").given(readyToPublish().otherLegalObstacles(LegalObstacles.NONE).build()).doesNotEmit();
  }

  // LEGAL-002: another legal obstacle is present.

  @Test
  void legal002_otherLegalObstaclePresent_emitsBlockerAboutObstacles() {
    VERIFIER.verify("LEGAL-002").given(readyToPublish().otherLegalObstacles(LegalObstacles.PRESENT).build())
        .emits(Severity.BLOCKER).emitsTimes(1).about("/otherLegalObstacles");
  }

  @Test
  void legal002_noOtherLegalObstacles_doesNotEmit() {
    VERIFIER.verify("LEGAL-002").given(readyToPublish().otherLegalObstacles(LegalObstacles.NONE).build()).doesNotEmit();
  }

  // PD-005: sensitive personal data only eliminated (not anonymised or aggregated).

  @Test
  void pd005_sensitiveDataOnlyEliminated_emitsBlockerAboutMeasures() {
    VERIFIER.verify("PD-005").given(ready(personalData(SENSITIVE, ELIMINATION)))
        .emits(Severity.BLOCKER).emitsTimes(1).about("/personalData/measures");
  }

  @Test
  void pd005_sensitiveDataEliminatedAndAnonymised_doesNotEmit() {
    VERIFIER.verify("PD-005").given(ready(personalData(SENSITIVE, ELIMINATION, ANONYMISATION))).doesNotEmit();
  }

  @Test
  void pd005_sensitiveDataEliminatedAndAggregated_doesNotEmit() {
    VERIFIER.verify("PD-005").given(ready(personalData(SENSITIVE, ELIMINATION, AGGREGATION))).doesNotEmit();
  }

  @Test
  void pd005_ordinaryPersonalDataOnlyEliminated_doesNotEmit() {
    Dataset d = ready(personalData(PRESENT, ELIMINATION));
    VERIFIER.verify("PD-005").given(d).doesNotEmit();
    VERIFIER.verify("PD-002").given(d).doesNotEmit();
  }

  @Test
  void pd005_sensitiveDataOnlyEliminated_isNotPd002() {
    VERIFIER.verify("PD-002").given(ready(personalData(SENSITIVE, ELIMINATION))).doesNotEmit();
  }

  // RISK-001: phase B under way, threats and risks of use (B.1.1.1) not identified.

  @Test
  void risk001_riskTaskOutstandingInPhaseBWithoutRisks_emitsWarningAboutRisks() {
    VERIFIER.verify("RISK-001").given(readyToPublish().putProgress(task("B.1.1.1"), inProgress()).build())
        .emits(Severity.WARNING).emitsTimes(1).about("/risks");
  }

  @Test
  void risk001_riskTaskDone_doesNotEmit() {
    VERIFIER.verify("RISK-001").given(readyToPublish().build()).doesNotEmit();
  }

  @Test
  void risk001_risksDescribedThoughTaskOutstanding_doesNotEmit() {
    VERIFIER.verify("RISK-001")
        .given(readyToPublish().addRisks("Felaktiga slutsatser").putProgress(task("B.1.1.1"), inProgress()).build())
        .doesNotEmit();
  }

  @Test
  void risk001_phaseBNotStarted_doesNotEmit() {
    VERIFIER.verify("RISK-001").given(fresh().putProgress(task("A.1.1.1"), done()).build()).doesNotEmit();
  }

  // PROG-003: the protection assessment (B.1.1.2) marked done while its answers are unknown.

  @Test
  void prog003_protectionTaskDoneButPersonalDataUnknown_emitsWarningAboutTask() {
    VERIFIER.verify("PROG-003").given(ready(PersonalData.unknown()))
        .emits(Severity.WARNING).emitsTimes(1).about("/progress/B.1.1.2");
  }

  @Test
  void prog003_protectionTaskDoneAndFactsKnown_doesNotEmit() {
    VERIFIER.verify("PROG-003").given(readyToPublish().build()).doesNotEmit();
  }

  @Test
  void prog003_protectionTaskDoneButSecrecyUnknown_emitsWarning() {
    VERIFIER.verify("PROG-003").given(readyToPublish().secrecy(Secrecy.UNKNOWN).build()).emits(Severity.WARNING);
  }

  @Test
  void prog003_factsUnknownButTaskNotDone_doesNotEmit() {
    VERIFIER.verify("PROG-003")
        .given(readyToPublish().personalData(PersonalData.unknown()).putProgress(task("B.1.1.2"), inProgress()).build())
        .doesNotEmit();
  }
}
