package se.odis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.model.PersonalDataStatus.NONE;
import static se.odis.model.PersonalDataStatus.PRESENT;
import static se.odis.model.PersonalDataStatus.SENSITIVE;
import static se.odis.model.PersonalDataStatus.UNKNOWN;
import static se.odis.model.ProtectiveMeasure.AGGREGATION;
import static se.odis.model.ProtectiveMeasure.ANONYMISATION;
import static se.odis.model.ProtectiveMeasure.ELIMINATION;
import static se.odis.model.ProtectiveMeasure.TIME_DELAY;
import static se.odis.rules.Datasets.inProgress;
import static se.odis.rules.Datasets.notApplicable;
import static se.odis.rules.Datasets.notStarted;
import static se.odis.rules.Datasets.personalData;
import static se.odis.rules.Datasets.readyToPublish;
import static se.odis.rules.Datasets.task;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.odis.model.Assessment;
import se.odis.model.Dataset;
import se.odis.model.Gate;
import se.odis.model.GateState;
import se.odis.model.GateStatus;
import se.odis.model.Guide;
import se.odis.model.PersonalData;
import se.odis.model.Secrecy;
import se.odis.model.Severity;
import se.odis.model.TaskId;
import se.odis.model.TaskProgress;
import se.odis.model.ThirdPartyRights;
import se.odis.model.Verdict;
import se.odis.rules.test.RuleVerifier;

/**
 * Sensitive personal data and the risk assessment (personal-data.drl, risks.drl): PD-005, RISK-001 and the
 * consistency check PROG-003 between the progress of B.1.1.2 and the protection facts.
 */
class SensitiveDataRulesTest {
  private static final RuleVerifier VERIFIER = SharedVerifier.VERIFIER;

  private static Dataset ready(PersonalData pd) {
    return readyToPublish().personalData(pd).build();
  }

  // PD-005: sensitive personal data only eliminated.

  @Test
  void pd005_sensitiveOnlyEliminated_emitsBlockerAboutMeasures() {
    VERIFIER.verify("PD-005").given(ready(personalData(SENSITIVE, ELIMINATION)))
        .emits(Severity.BLOCKER).emitsTimes(1).about("/personalData/measures");
  }

  @Test
  void pd005_sensitiveEliminatedWithTimeDelay_emitsBlocker() {
    VERIFIER.verify("PD-005").given(ready(personalData(SENSITIVE, ELIMINATION, TIME_DELAY)))
        .emits(Severity.BLOCKER);
  }

  @Test
  void pd005_sensitiveOnlyEliminated_blocksProtectionGateAndIsNotReady() {
    Assessment a = VERIFIER.verify("PD-005").given(ready(personalData(SENSITIVE, ELIMINATION))).assessment();
    GateStatus protection = a.getGates().stream().filter(g -> g.getGate() == Gate.PROTECTION).findFirst().orElseThrow();
    assertThat(protection.getState()).isEqualTo(GateState.BLOCKED);
    assertThat(protection.getBlockers()).contains("PD-005");
    assertThat(a.getVerdict()).isEqualTo(Verdict.BLOCKED);
  }

  @Test
  void pd005_sensitiveEliminatedAndAnonymised_doesNotEmit() {
    VERIFIER.verify("PD-005").given(ready(personalData(SENSITIVE, ELIMINATION, ANONYMISATION))).doesNotEmit();
  }

  @Test
  void pd005_sensitiveEliminatedAndAggregated_doesNotEmit() {
    VERIFIER.verify("PD-005").given(ready(personalData(SENSITIVE, ELIMINATION, AGGREGATION))).doesNotEmit();
  }

  @Test
  void pd005_ordinaryPersonalDataOnlyEliminated_doesNotEmit() {
    VERIFIER.verify("PD-005").given(ready(personalData(PRESENT, ELIMINATION))).doesNotEmit();
  }

  @Test
  void pd005_sensitiveWithoutAnyMeasure_doesNotEmit() {
    // Nothing was eliminated: the missing protection is PD-002's finding.
    VERIFIER.verify("PD-005").given(ready(personalData(SENSITIVE))).doesNotEmit();
  }

  // RISK-001: phase B begun without identifying threats and risks of use.

  @Test
  void risk001_phaseBStartedRiskTaskNotStartedNoRisks_emitsWarningAboutRisks() {
    VERIFIER.verify("RISK-001").given(readyToPublish().risks(List.of()).putProgress(task("B.1.1.1"), notStarted()).build())
        .emits(Severity.WARNING).emitsTimes(1).about("/risks");
  }

  @Test
  void risk001_riskTaskInProgressNoRisks_emitsWarning() {
    VERIFIER.verify("RISK-001").given(readyToPublish().risks(List.of()).putProgress(task("B.1.1.1"), inProgress()).build())
        .emits(Severity.WARNING);
  }

  @Test
  void risk001_risksDescribed_doesNotEmit() {
    VERIFIER.verify("RISK-001")
        .given(readyToPublish().risks(List.of("Beläggningsdata kan visa när enskilda är hemma"))
            .putProgress(task("B.1.1.1"), notStarted()).build())
        .doesNotEmit();
  }

  @Test
  void risk001_riskTaskDone_doesNotEmit() {
    VERIFIER.verify("RISK-001").given(readyToPublish().risks(List.of()).build()).doesNotEmit();
  }

  @Test
  void risk001_phaseBNotStarted_doesNotEmit() {
    // Only phase A done: the risk task of B1 is not due yet.
    Map<TaskId, TaskProgress> phaseA = Guide.odis().getTasks().stream()
        .filter(t -> t.getPhaseId().equals("A"))
        .collect(Collectors.toMap(t -> task(t.getId()), t -> Datasets.done()));
    VERIFIER.verify("RISK-001").given(readyToPublish().risks(List.of()).progress(phaseA).build()).doesNotEmit();
  }

  // PROG-003: B.1.1.2 marked done while personal data or secrecy is still unknown.

  @Test
  void prog003_taskDoneButPersonalDataUnknown_emitsWarningAboutProgress() {
    VERIFIER.verify("PROG-003").given(ready(personalData(UNKNOWN)))
        .emits(Severity.WARNING).emitsTimes(1).about("/progress/B.1.1.2");
  }

  @Test
  void prog003_taskDoneButSecrecyUnknown_emitsWarning() {
    VERIFIER.verify("PROG-003").given(readyToPublish().secrecy(Secrecy.UNKNOWN).build())
        .emits(Severity.WARNING).emitsTimes(1).about("/progress/B.1.1.2");
  }

  @Test
  void prog003_bothUnknown_emitsOnce() {
    VERIFIER.verify("PROG-003").given(readyToPublish().personalData(personalData(UNKNOWN)).secrecy(Secrecy.UNKNOWN).build())
        .emitsTimes(1);
  }

  @Test
  void prog003_personalDataUnknownButTaskInProgress_doesNotEmit() {
    VERIFIER.verify("PROG-003")
        .given(readyToPublish().personalData(personalData(UNKNOWN)).putProgress(task("B.1.1.2"), inProgress()).build())
        .doesNotEmit();
  }

  @Test
  void prog003_taskDoneAndFactsKnown_doesNotEmit() {
    VERIFIER.verify("PROG-003").given(ready(personalData(NONE))).doesNotEmit();
  }

  @Test
  void prog003_onlyThirdPartyRightsUnknown_doesNotEmit() {
    // Rights belong to B.1.1.3, not B.1.1.2; RIGHTS-001 covers them.
    VERIFIER.verify("PROG-003").given(readyToPublish().thirdPartyRights(ThirdPartyRights.UNKNOWN).build()).doesNotEmit();
  }

  @Test
  void prog003_taskMarkedNotApplicableWithFactsUnknown_doesNotEmit() {
    VERIFIER.verify("PROG-003")
        .given(readyToPublish().secrecy(Secrecy.UNKNOWN).putProgress(task("B.1.1.2"), notApplicable()).build())
        .doesNotEmit();
  }
}
