package se.odis.rules;

import static se.odis.rules.Datasets.done;
import static se.odis.rules.Datasets.inProgress;
import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.rules.Datasets.notStarted;
import static se.odis.rules.Datasets.personalData;
import static se.odis.rules.Datasets.published;
import static se.odis.rules.Datasets.task;
import static se.odis.rules.Datasets.withdrawn;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import se.odis.model.Assessment;
import se.odis.model.CatalogueFormat;
import se.odis.model.Gate;
import se.odis.model.GateState;
import se.odis.model.GateStatus;
import se.odis.model.ImmutableProvenance;
import se.odis.model.Lifecycle;
import se.odis.model.PersonalDataStatus;
import se.odis.model.Provenance;
import se.odis.model.Severity;
import se.odis.model.Verdict;
import se.odis.rules.test.RuleVerifier;

/** The rules of decommissioning.drl: taking a dataset down follows stage C3 of the guide. */
class DecommissioningRulesTest {
  private static final RuleVerifier VERIFIER = SharedVerifier.VERIFIER;

  // DEC-001 to DEC-004: a decommissioning task (C.3.1.1–C.3.1.4) not done while the dataset is
  // deprecated or withdrawn. Fired one by one below; shared near misses here.

  @ParameterizedTest(name = "{0}: {1} in progress, deprecated")
  @CsvSource({"DEC-001, C.3.1.1", "DEC-002, C.3.1.2", "DEC-003, C.3.1.3", "DEC-004, C.3.1.4"})
  void dec00x_deprecatedWithDecommissioningTaskInProgress_emitsBlocker(String ruleId, String taskId) {
    VERIFIER.verify(ruleId)
        .given(withdrawn().status(Lifecycle.DEPRECATED).putProgress(task(taskId), inProgress()).build())
        .emits(Severity.BLOCKER);
  }

  @ParameterizedTest(name = "{0}: every task done")
  @CsvSource({"DEC-001", "DEC-002", "DEC-003", "DEC-004", "DEC-005"})
  void dec00x_withdrawnWithEveryTaskDone_doesNotEmit(String ruleId) {
    VERIFIER.verify(ruleId).given(withdrawn().build()).doesNotEmit();
  }

  @ParameterizedTest(name = "{0}: published, not being decommissioned")
  @CsvSource({"DEC-001", "DEC-002", "DEC-003", "DEC-004", "DEC-005"})
  void dec00x_publishedDatasetWithoutDecommissioningTasks_doesNotEmit(String ruleId) {
    VERIFIER.verify(ruleId).given(published().landingPage(null).build()).doesNotEmit();
  }

  @Test
  void dec001_withdrawnWithoutEvaluation_emitsBlocker() {
    VERIFIER.verify("DEC-001").given(withdrawn().putProgress(task("C.3.1.1"), notStarted()).build())
        .emits(Severity.BLOCKER).emitsTimes(1).about("/progress/C.3.1.1");
  }

  @Test
  void dec002_withdrawnWithoutDecision_emitsBlocker() {
    VERIFIER.verify("DEC-002").given(withdrawn().putProgress(task("C.3.1.2"), notStarted()).build())
        .emits(Severity.BLOCKER).emitsTimes(1).about("/progress/C.3.1.2");
  }

  @Test
  void dec003_withdrawnWithoutPlan_emitsBlocker() {
    VERIFIER.verify("DEC-003").given(withdrawn().putProgress(task("C.3.1.3"), notStarted()).build())
        .emits(Severity.BLOCKER).emitsTimes(1).about("/progress/C.3.1.3");
  }

  @Test
  void dec004_withdrawnWithoutCommunication_emitsBlocker() {
    VERIFIER.verify("DEC-004").given(withdrawn().putProgress(task("C.3.1.4"), notStarted()).build())
        .emits(Severity.BLOCKER).emitsTimes(1).about("/progress/C.3.1.4");
  }

  // DEC-005: a withdrawn dataset without a page for its metadata.

  @Test
  void dec005_withdrawnWithoutLandingPage_emitsWarningAboutLandingPage() {
    VERIFIER.verify("DEC-005").given(withdrawn().landingPage(null).build())
        .emits(Severity.WARNING).emitsTimes(1).about("/landingPage");
  }

  @Test
  void dec005_withdrawnWithLandingPage_doesNotEmit() {
    VERIFIER.verify("DEC-005").given(withdrawn().build()).doesNotEmit();
  }

  @Test
  void dec005_deprecatedWithoutLandingPage_doesNotEmit() {
    VERIFIER.verify("DEC-005").given(withdrawn().status(Lifecycle.DEPRECATED).landingPage(null).build()).doesNotEmit();
  }

  // DEC-006: a dataset gone from the catalogue it was imported from (odis import marks it missing).

  private static final String CATALOGUE = "catalogue/raa.rdf";

  private static Provenance imported(LocalDate missingSince) {
    return ImmutableProvenance.builder().catalogue(CATALOGUE).format(CatalogueFormat.DCAT)
        .uri("https://example.org/dataset/1").identifier("1").date(LocalDate.of(2026, 11, 1))
        .missingSince(missingSince).build();
  }

  @Test
  void dec006_publishedAndGoneFromCatalogue_emitsWarningNamingCatalogueAndDay() {
    VERIFIER.verify("DEC-006").given(published().imported(imported(LocalDate.of(2026, 11, 20))).build())
        .emits(Severity.WARNING).emitsTimes(1).about("/imported/missingSince")
        .withMessageContaining(CATALOGUE).withMessageContaining("2026-11-20");
  }

  @Test
  void dec006_importedAndStillInCatalogue_doesNotEmit() {
    VERIFIER.verify("DEC-006").given(published().imported(imported(null)).build()).doesNotEmit();
  }

  @Test
  void dec006_goneButEvaluationDone_doesNotEmit() {
    VERIFIER.verify("DEC-006").given(published().imported(imported(LocalDate.of(2026, 11, 20)))
        .putProgress(task("C.3.1.1"), done()).build()).doesNotEmit();
  }

  @ParameterizedTest(name = "gone and {0}: decommissioning under way")
  @CsvSource({"DEPRECATED", "WITHDRAWN"})
  void dec006_goneWhileBeingDecommissioned_doesNotEmit(Lifecycle status) {
    VERIFIER.verify("DEC-006").given(published().status(status).imported(imported(LocalDate.of(2026, 11, 20)))
        .build()).doesNotEmit();
  }

  @Test
  void dec006_goneFromCatalogue_isAWarningNotABlocker() {
    Assessment a = SharedAssessor.assess(published().imported(imported(LocalDate.of(2026, 11, 20))).build());
    assertThat(a.getVerdict()).isEqualTo(Verdict.PUBLISHED);
  }

  // Verdicts while decommissioning: the gate DECOMMISSION (C.3.1.2) replaces the publishing gates.

  private static GateStatus gate(Assessment a, Gate g) {
    return a.getGates().stream().filter(s -> s.getGate() == g).findFirst().orElseThrow();
  }

  @Test
  void verdict_deprecatedWithDecommissioningTasksNotDone_isInProgressBlockedAtDecommissionGate() {
    Assessment a = SharedAssessor.assess(published().status(Lifecycle.DEPRECATED).build());
    // The decommissioning work is not done yet: its blockers wait for work, they forbid nothing.
    assertThat(a.getVerdict()).isEqualTo(Verdict.IN_PROGRESS);
    assertThat(a.hasBlockers()).isTrue();
    assertThat(a.getStage()).isEqualTo("C3");
    assertThat(a.getNextGate()).isEqualTo(Gate.DECOMMISSION);
    assertThat(gate(a, Gate.DECOMMISSION).getState()).isEqualTo(GateState.BLOCKED);
    assertThat(gate(a, Gate.DECOMMISSION).getBlockers()).containsExactly("DEC-001", "DEC-002", "DEC-003", "DEC-004");
    assertThat(a.getFindings()).filteredOn(f -> f.getSeverity() == Severity.BLOCKER)
        .allMatch(f -> f.getGate() == Gate.DECOMMISSION);
    for (Gate g : List.of(Gate.GO_AHEAD, Gate.PROTECTION, Gate.PUBLICATION)) {
      assertThat(gate(a, g).getState()).as(g.name()).isEqualTo(GateState.PASSED);
    }
  }

  @Test
  void verdict_withdrawnWithEveryDecommissioningTaskDone_isDecommissioned() {
    Assessment a = SharedAssessor.assess(withdrawn().build());
    assertThat(a.getVerdict()).isEqualTo(Verdict.DECOMMISSIONED);
    assertThat(a.getNextGate()).isNull();
    assertThat(a.hasBlockers()).isFalse();
    assertThat(gate(a, Gate.DECOMMISSION).getState()).isEqualTo(GateState.PASSED);
  }

  @Test
  void verdict_withdrawnWithFinalTaskInProgress_isInProgress() {
    Assessment a = SharedAssessor.assess(withdrawn().putProgress(task("C.3.1.5"), inProgress()).build());
    assertThat(a.getVerdict()).isEqualTo(Verdict.IN_PROGRESS);
    assertThat(gate(a, Gate.DECOMMISSION).getState()).isEqualTo(GateState.PASSED);
  }

  @Test
  void verdict_publishedDataset_hasDecommissionGateNotApplicable() {
    Assessment a = SharedAssessor.assess(published().build());
    assertThat(gate(a, Gate.DECOMMISSION).getState()).isEqualTo(GateState.NOT_APPLICABLE);
    assertThat(a.getVerdict()).isEqualTo(Verdict.PUBLISHED);
  }

  @Test
  void verdict_withdrawnBecauseOfUnprotectedPersonalDataAllTasksDone_isDecommissioned() {
    Assessment a = SharedAssessor.assess(withdrawn().personalData(personalData(PersonalDataStatus.PRESENT)).build());
    assertThat(a.getVerdict()).isEqualTo(Verdict.DECOMMISSIONED);
  }
}
