package se.odis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.rules.Datasets.AS_OF;
import static se.odis.rules.Datasets.PUBLICATION_DECIDED_ON;
import static se.odis.rules.Datasets.decided;
import static se.odis.rules.Datasets.doneOn;
import static se.odis.rules.Datasets.notApplicable;
import static se.odis.rules.Datasets.notStarted;
import static se.odis.rules.Datasets.personalData;
import static se.odis.rules.Datasets.published;
import static se.odis.rules.Datasets.readyToPublish;
import static se.odis.rules.Datasets.task;
import static se.odis.rules.SharedVerifier.VERIFIER;
import static se.odis.rules.SharedAssessor.assess;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.odis.model.AccessRights;
import se.odis.model.Assessment;
import se.odis.model.Fees;
import se.odis.model.Frequency;
import se.odis.model.Gate;
import se.odis.model.GateState;
import se.odis.model.ImmutableTaskProgress;
import se.odis.model.LegalObstacles;
import se.odis.model.Lifecycle;
import se.odis.model.PersonalDataStatus;
import se.odis.model.ProtectiveMeasure;
import se.odis.model.Secrecy;
import se.odis.model.Severity;
import se.odis.model.TaskStatus;
import se.odis.model.ThirdPartyRights;
import se.odis.model.Verdict;

/**
 * The classes of wrong verdicts of issue 11, each with the case that fires its rule and a near
 * miss: dates, pseudonymisation, contradictions, access rights, the decisive groundwork, the kinds
 * of blocker, one meaning of "published", fees and B.2.2.1 "eventuell".
 */
class VerdictRulesTest {
  private static GateState gate(Assessment a, Gate g) {
    return a.getGates().stream().filter(s -> s.getGate() == g).findFirst().orElseThrow().getState();
  }

  // 1. Dates.

  @Test
  void prog005_decisionDatedAfterTheAssessmentDay_isNotDoneYet_andItsGateIsNotPassed() {
    Assessment a = VERIFIER.verify("PROG-005")
        .given(readyToPublish().putProgress(task("B.3.2.2"), decided(AS_OF.plusDays(1))).build())
        .emits(Severity.WARNING).about("/progress/B.3.2.2/date").withMessageContaining(AS_OF.plusDays(1).toString())
        .assessment();
    assertThat(gate(a, Gate.PUBLICATION)).isEqualTo(GateState.OPEN);
    assertThat(a.getVerdict()).isEqualTo(Verdict.IN_PROGRESS);
    assertThat(a.getNextSteps()).anySatisfy(s -> assertThat(s.getTaskId()).isEqualTo("B.3.2.2"));
  }

  @Test
  void prog005_decisionDatedOnTheAssessmentDay_doesNotEmit() {
    VERIFIER.verify("PROG-005").given(readyToPublish().putProgress(task("B.3.2.2"), decided(AS_OF)).build()).doesNotEmit();
    assertThat(assess(readyToPublish().putProgress(task("B.3.2.2"), decided(AS_OF)).build()).getVerdict())
        .isEqualTo(Verdict.READY_TO_PUBLISH);
  }

  @Test
  void prog006_goAheadDatedAfterTheWorkItAuthorises_warnsAtTheGoAheadGate() {
    LocalDate goAhead = LocalDate.of(2025, 12, 1);
    Assessment a = VERIFIER.verify("PROG-006")
        .given(readyToPublish().putProgress(task("A.3.3.1"), decided(goAhead))
            .putProgress(task("B.1.1.1"), doneOn(goAhead.minusDays(10))).build())
        .emits(Severity.WARNING).emitsTimes(1).about("/progress/A.3.3.1/date").withMessageContaining("B.1.1.1")
        .assessment();
    // A retroactive decision is a warning, never a reason to withhold the verdict.
    assertThat(a.getVerdict()).isEqualTo(Verdict.READY_TO_PUBLISH);
  }

  @Test
  void prog006_laterWorkOnTheDayOfTheGoAheadOrAfter_doesNotEmit() {
    LocalDate goAhead = LocalDate.of(2025, 12, 1);
    VERIFIER.verify("PROG-006").given(readyToPublish().putProgress(task("A.3.3.1"), decided(goAhead))
        .putProgress(task("B.1.1.1"), doneOn(goAhead)).putProgress(task("B.1.1.2"), doneOn(goAhead.plusDays(3))).build())
        .doesNotEmit();
    // Work before the go-ahead in phase A is what the go-ahead rests on, not what it authorises.
    VERIFIER.verify("PROG-006").given(readyToPublish().putProgress(task("A.3.3.1"), decided(goAhead))
        .putProgress(task("A.3.1.1"), doneOn(goAhead.minusDays(30))).build()).doesNotEmit();
  }

  @ParameterizedTest
  @ValueSource(strings = {"B.3.1.1", "B.3.1.2", "B.1.1.2", "B.1.2.2", "B.2.2.4"})
  void prog007_decisionToPublishDatedBeforeItsGroundwork_forbidsPublication(String groundwork) {
    Assessment a = VERIFIER.verify("PROG-007")
        .given(readyToPublish().putProgress(task(groundwork), doneOn(PUBLICATION_DECIDED_ON.plusDays(2))).build())
        .emits(Severity.BLOCKER).emitsTimes(1).about("/progress/" + groundwork + "/date").withMessageContaining(groundwork)
        .assessment();
    assertThat(a.getVerdict()).isEqualTo(Verdict.BLOCKED);
    assertThat(gate(a, Gate.PUBLICATION)).isEqualTo(GateState.BLOCKED);
  }

  @Test
  void prog007_groundworkDoneOnTheDayOfTheDecision_doesNotEmit() {
    VERIFIER.verify("PROG-007")
        .given(readyToPublish().putProgress(task("B.3.1.1"), doneOn(PUBLICATION_DECIDED_ON)).build()).doesNotEmit();
  }

  @Test
  void prog007_publishedDataWhoseDecisionPrecededItsTests_isBlockedToo() {
    Assessment a = VERIFIER.verify("PROG-007")
        .given(published().putProgress(task("B.3.1.2"), doneOn(PUBLICATION_DECIDED_ON.plusDays(1))).build())
        .emits(Severity.BLOCKER).assessment();
    assertThat(a.getVerdict()).isEqualTo(Verdict.BLOCKED);
  }

  @Test
  void prog009_publishedBeforeTheDecisionWasRecorded_warnsOnly() {
    Assessment a = VERIFIER.verify("PROG-009")
        .given(published().issued(PUBLICATION_DECIDED_ON.minusYears(3)).build())
        .emits(Severity.WARNING).about("/progress/B.3.2.2/date").assessment();
    assertThat(a.getVerdict()).isEqualTo(Verdict.PUBLISHED);
    VERIFIER.verify("PROG-009")
        .given(readyToPublish().putProgress(task("C.1.1.3"), doneOn(PUBLICATION_DECIDED_ON.minusDays(1))).build())
        .emits(Severity.WARNING);
  }

  @Test
  void prog009_publishedAfterTheDecision_orAPlannedDatasetsIssuedDate_doesNotEmit() {
    VERIFIER.verify("PROG-009").given(published().build()).doesNotEmit();
    // issued counts only for a published dataset: a planned one's is a plan.
    VERIFIER.verify("PROG-009").given(readyToPublish().issued(PUBLICATION_DECIDED_ON.minusYears(1)).build()).doesNotEmit();
  }

  @Test
  void prog010_withdrawnBeforeTheDecisionToDecommission_warns() {
    VERIFIER.verify("PROG-010").given(Datasets.withdrawn().putProgress(task("C.3.1.5"), doneOn(LocalDate.of(2026, 11, 1))).build())
        .emits(Severity.WARNING).about("/progress/C.3.1.2/date");
    VERIFIER.verify("PROG-010").given(Datasets.withdrawn().putProgress(task("C.3.1.5"), doneOn(LocalDate.of(2026, 11, 21))).build())
        .doesNotEmit();
  }

  @Test
  void prog011_passedDecisionWithoutDateOrBy_recommendsTheAuditTrail() {
    VERIFIER.verify("PROG-011").given(readyToPublish().putProgress(task("B.3.2.2"), Datasets.done()).build())
        .emits(Severity.RECOMMENDATION).emitsTimes(1).about("/progress/B.3.2.2");
    Assessment a = VERIFIER.verify("PROG-011").given(readyToPublish().putProgress(task("A.3.3.1"),
        ImmutableTaskProgress.builder().status(TaskStatus.DONE).date(LocalDate.of(2025, 9, 1)).build()).build())
        .emits(Severity.RECOMMENDATION).about("/progress/A.3.3.1").assessment();
    assertThat(a.getVerdict()).isEqualTo(Verdict.READY_TO_PUBLISH);
    VERIFIER.verify("PROG-011").given(readyToPublish().build()).doesNotEmit();
  }

  // 2. Pseudonymisation is never protection: ProtectionRulesTest (PD-003).

  // 3. Contradictory facts fail closed.

  @Test
  void pd006_noPersonalDataWithMeasures_isAContradictionThatForbidsPublication() {
    Assessment a = VERIFIER.verify("PD-006")
        .given(readyToPublish().personalData(personalData(PersonalDataStatus.NONE, ProtectiveMeasure.ELIMINATION)).build())
        .emits(Severity.BLOCKER).about("/personalData/measures").withMessageContaining("eliminering").assessment();
    assertThat(a.getVerdict()).isEqualTo(Verdict.BLOCKED);
    VERIFIER.verify("PD-006").given(readyToPublish().build()).doesNotEmit();
    VERIFIER.verify("PD-006").given(readyToPublish()
        .personalData(personalData(PersonalDataStatus.PRESENT, ProtectiveMeasure.ELIMINATION)).build()).doesNotEmit();
  }

  @Test
  void sec004_noSecrecyWithSecrecyMeasures_isAContradiction() {
    Assessment a = VERIFIER.verify("SEC-004")
        .given(readyToPublish().secrecy(Secrecy.NONE).addSecrecyMeasures(ProtectiveMeasure.AGGREGATION).build())
        .emits(Severity.BLOCKER).about("/secrecyMeasures").assessment();
    assertThat(a.getVerdict()).isEqualTo(Verdict.BLOCKED);
    VERIFIER.verify("SEC-004").given(readyToPublish().secrecy(Secrecy.PARTIAL)
        .addSecrecyMeasures(ProtectiveMeasure.ELIMINATION).build()).doesNotEmit();
  }

  // 4. Non-public access rights.

  @ParameterizedTest
  @ValueSource(strings = {"NON_PUBLIC", "RESTRICTED"})
  void open001_nonPublicAccess_forbidsPublication(String rights) {
    Assessment a = VERIFIER.verify("OPEN-001").given(readyToPublish().accessRights(AccessRights.valueOf(rights)).build())
        .emits(Severity.BLOCKER).about("/accessRights").assessment();
    assertThat(a.getVerdict()).isEqualTo(Verdict.BLOCKED);
  }

  @Test
  void open001_publicOrUnstatedAccess_doesNotEmit() {
    VERIFIER.verify("OPEN-001").given(readyToPublish().build()).doesNotEmit();
    VERIFIER.verify("OPEN-001").given(readyToPublish().accessRights(null).build()).doesNotEmit();
  }

  // 5. Ready means the decisive groundwork is done.

  @Test
  void prog012_onlyTheDecisionsAndTestsDone_isNotReady() {
    se.odis.model.ImmutableDataset.Builder b = readyToPublish();
    for (String t : new String[] {"B.1.1.2", "B.1.1.3", "B.1.1.4", "B.1.2.2", "B.2.2.2", "B.2.2.4"}) {
      b.putProgress(task(t), notStarted());
    }
    Assessment a = VERIFIER.verify("PROG-012").given(b.build()).emits(Severity.BLOCKER).emitsTimes(6).assessment();
    assertThat(a.getVerdict()).isNotIn(Verdict.READY_TO_PUBLISH, Verdict.PUBLISHED);
    assertThat(a.getNextSteps()).filteredOn(s -> s.isBlocking()).extracting(s -> s.getTaskId())
        .contains("B.1.1.2", "B.1.2.2", "B.2.2.2", "B.2.2.4");
  }

  @Test
  void prog012_everyOtherTaskLeftOpen_isStillReady() {
    // The guide leaves documentation to the user: only the decisive tasks decide.
    se.odis.model.ImmutableDataset.Builder b = readyToPublish();
    for (se.odis.model.GuideTask t : se.odis.model.Guide.odis().getTasks()) {
      if (!t.isDecisive() && t.getPhaseId().compareTo("C") < 0) b.putProgress(task(t.getId()), notStarted());
    }
    VERIFIER.verify("PROG-012").given(b.build()).doesNotEmit();
    Assessment a = assess(b.build());
    assertThat(a.getVerdict()).as("%s", a.getFindings()).isEqualTo(Verdict.READY_TO_PUBLISH);
  }

  @Test
  void decisiveFactsStatedButNotEstablished_warn() {
    se.odis.model.Dataset d = readyToPublish().putProgress(task("B.1.1.2"), notStarted())
        .putProgress(task("B.1.1.3"), notStarted()).putProgress(task("B.1.1.4"), notStarted())
        .putProgress(task("B.1.2.2"), notStarted()).build();
    VERIFIER.verify("PD-007").given(d).emits(Severity.WARNING).about("/personalData/status");
    VERIFIER.verify("SEC-005").given(d).emits(Severity.WARNING).about("/secrecy");
    VERIFIER.verify("RIGHTS-003").given(d).emits(Severity.WARNING).about("/thirdPartyRights").withMessageContaining("inga");
    VERIFIER.verify("LEGAL-003").given(d).emits(Severity.WARNING).about("/otherLegalObstacles");
    VERIFIER.verify("LIC-009").given(d).emits(Severity.WARNING).about("/licence");
    for (String rule : new String[] {"PD-007", "SEC-005", "RIGHTS-003", "LEGAL-003", "LIC-009"}) {
      VERIFIER.verify(rule).given(readyToPublish().build()).doesNotEmit();
    }
    // Unknown facts are not statements: PD-001 and the like block them, these do not warn.
    VERIFIER.verify("PD-007").given(readyToPublish().putProgress(task("B.1.1.2"), notStarted())
        .personalData(se.odis.model.PersonalData.unknown()).build()).doesNotEmit();
  }

  // 6. Two kinds of blocker.

  @Test
  void secrecyFullAfterTheGoAhead_isBlockedInPhaseA() {
    se.odis.model.ImmutableDataset.Builder b = Datasets.fresh().secrecy(Secrecy.FULL).roles(OWNED)
        .putProgress(task("A.3.3.1"), decided(LocalDate.of(2026, 3, 1)));
    Assessment a = assess(b.build());
    assertThat(a.getVerdict()).isEqualTo(Verdict.BLOCKED);
    assertThat(a.getFindings()).anySatisfy(f -> {
      assertThat(f.getRuleId()).isEqualTo("SEC-003");
      assertThat(f.isForbidsPublication()).isTrue();
    });
  }

  @Test
  void unknownFactsAndWorkAhead_areInProgress() {
    Assessment a = assess(Datasets.fresh().roles(OWNED).putProgress(task("A.3.3.1"), decided(LocalDate.of(2026, 3, 1))).build());
    assertThat(a.getVerdict()).isEqualTo(Verdict.IN_PROGRESS);
    assertThat(a.hasBlockers()).isTrue();
    assertThat(a.getFindings()).noneMatch(f -> f.isForbidsPublication());
  }

  @Test
  void goAheadDecidedWithoutAnOwner_passedItsGateInSpiteOfABlocker_isBlocked() {
    Assessment a = assess(Datasets.fresh().putProgress(task("A.3.3.1"), decided(LocalDate.of(2026, 3, 1))).build());
    assertThat(a.getVerdict()).isEqualTo(Verdict.BLOCKED);
    assertThat(a.getFindings()).filteredOn(f -> f.isForbidsPublication()).extracting(f -> f.getRuleId())
        .containsExactly("ROLE-001");
  }

  private static final se.odis.model.Roles OWNED = se.odis.model.ImmutableRoles.builder().owner("Trafiknämnden").build();

  // 7. One meaning of "published".

  @Test
  void publishTaskDone_isPublishedForEveryRule_andTheMismatchStaysAFinding() {
    se.odis.model.Dataset d = readyToPublish().putProgress(task("C.1.1.3"), doneOn(LocalDate.of(2026, 1, 10)))
        .accrualPeriodicity(Frequency.MONTHLY).modified(LocalDate.of(2026, 6, 1)).build();
    VERIFIER.verify("FRESH-001").given(d).emits(Severity.WARNING);
    VERIFIER.verify("PUB-001").given(d).emits(Severity.WARNING);
    assertThat(assess(d).getVerdict()).isEqualTo(Verdict.PUBLISHED);
    VERIFIER.verify("FRESH-001").given(readyToPublish().accrualPeriodicity(Frequency.MONTHLY)
        .modified(LocalDate.of(2026, 6, 1)).build()).doesNotEmit();
  }

  // 8. Fees.

  @Test
  void open002_feesCharged_warnsOutsideTheHighValueRules() {
    VERIFIER.verify("OPEN-002").given(readyToPublish().hvdCategory(null).fees(Fees.CHARGED).build())
        .emits(Severity.WARNING).about("/fees");
    VERIFIER.verify("OPEN-002").given(readyToPublish().hvdCategory(null).fees(Fees.NONE).build()).doesNotEmit();
    // A high-value dataset with charges is HVD-006's blocker, not a second finding.
    VERIFIER.verify("OPEN-002").given(readyToPublish().fees(Fees.CHARGED).build()).doesNotEmit();
  }

  // 9. B.2.2.1 is "eventuell".

  @Test
  void b221NotApplicable_acceptedWhenThereIsNothingToProtect() {
    se.odis.model.Dataset d = readyToPublish().putProgress(task("B.2.2.1"), notApplicable()).build();
    VERIFIER.verify("PROG-013").given(d).doesNotEmit();
    Assessment a = assess(d);
    assertThat(a.getVerdict()).isEqualTo(Verdict.READY_TO_PUBLISH);
    assertThat(gate(a, Gate.PROTECTION)).isEqualTo(GateState.PASSED);
    VERIFIER.verify("PROG-004").given(readyToPublish().putProgress(task("B.2.2.1"), notApplicable()).build()).doesNotEmit();
  }

  @Test
  void b221NotApplicable_refusedWhenThereIsSomethingToProtect() {
    Assessment a = VERIFIER.verify("PROG-013").given(readyToPublish().putProgress(task("B.2.2.1"), notApplicable())
        .thirdPartyRights(ThirdPartyRights.CLEARED).build())
        .emits(Severity.BLOCKER).withMessageContaining("klarerade").assessment();
    assertThat(a.getVerdict()).isEqualTo(Verdict.BLOCKED);
    for (se.odis.model.Dataset d : new se.odis.model.Dataset[] {
        readyToPublish().putProgress(task("B.2.2.1"), notApplicable()).otherLegalObstacles(LegalObstacles.UNKNOWN).build(),
        readyToPublish().putProgress(task("B.2.2.1"), notApplicable()).secrecy(Secrecy.PARTIAL)
            .addSecrecyMeasures(ProtectiveMeasure.ELIMINATION).build(),
        readyToPublish().putProgress(task("B.2.2.1"), notApplicable())
            .personalData(personalData(PersonalDataStatus.PRESENT, ProtectiveMeasure.ANONYMISATION)).build()}) {
      VERIFIER.verify("PROG-013").given(d).emits(Severity.BLOCKER);
    }
  }

  @Test
  void b221NotStarted_withNothingToProtect_doesNotHoldTheProtectionGate() {
    Assessment a = assess(readyToPublish().putProgress(task("B.2.2.1"), notStarted()).build());
    assertThat(gate(a, Gate.PROTECTION)).isEqualTo(GateState.PASSED);
    assertThat(a.getVerdict()).isEqualTo(Verdict.READY_TO_PUBLISH);
    Assessment withSecrets = assess(readyToPublish().putProgress(task("B.2.2.1"), notStarted()).secrecy(Secrecy.PARTIAL)
        .addSecrecyMeasures(ProtectiveMeasure.ELIMINATION).build());
    assertThat(gate(withSecrets, Gate.PROTECTION)).isEqualTo(GateState.OPEN);
    assertThat(withSecrets.getVerdict()).isNotEqualTo(Verdict.READY_TO_PUBLISH);
  }

  @Test
  void lifecycleWithdrawn_isNotPublished() {
    assertThat(assess(published().status(Lifecycle.WITHDRAWN).build()).getVerdict()).isNotEqualTo(Verdict.PUBLISHED);
  }
}
