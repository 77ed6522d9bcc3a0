package se.odis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import static se.odis.rules.Datasets.done;
import static se.odis.rules.Datasets.fresh;
import static se.odis.rules.Datasets.inProgress;
import static se.odis.rules.Datasets.notApplicable;
import static se.odis.rules.Datasets.notStarted;
import static se.odis.rules.Datasets.readyToPublish;
import static se.odis.rules.Datasets.task;

import org.junit.jupiter.api.Test;
import se.odis.model.Lifecycle;
import se.odis.model.Assessment;
import se.odis.model.TaskProgress;
import se.odis.model.TaskStatus;
import se.odis.model.Verdict;
import se.odis.model.Severity;
import se.odis.rules.test.RuleVerifier;

/** The rules of progress.drl: the guide's decision gates must be taken in order. */
class ProgressRulesTest {
  private static final RuleVerifier VERIFIER = SharedVerifier.VERIFIER;

  // PROG-001: phase B work started without the go-ahead decision (A.3.3.1).

  @Test
  void prog001_phaseBDoneButGoAheadNotStarted_emitsBlockerAboutGoAheadTask() {
    VERIFIER.verify("PROG-001")
        .given(readyToPublish().putProgress(task("A.3.3.1"), notStarted()).build())
        .emits(Severity.BLOCKER)
        .emitsTimes(1)
        .about("/progress/A.3.3.1");
  }

  @Test
  void prog001_goAheadDecided_doesNotEmit() {
    VERIFIER.verify("PROG-001").given(readyToPublish().build()).doesNotEmit();
  }

  @Test
  void prog001_goAheadInProgressAndOneBTaskInProgress_emits() {
    VERIFIER.verify("PROG-001")
        .given(fresh().putProgress(task("A.3.3.1"), inProgress()).putProgress(task("B.1.1.2"), inProgress()).build())
        .emits(Severity.BLOCKER);
  }

  @Test
  void prog001_noBTaskStarted_doesNotEmit() {
    VERIFIER.verify("PROG-001")
        .given(fresh().putProgress(task("A.1.1.1"), done()).putProgress(task("A.3.1.1"), inProgress()).build())
        .doesNotEmit();
  }

  @Test
  void prog001_bTaskOnlyMarkedNotApplicable_doesNotEmit() {
    VERIFIER.verify("PROG-001")
        .given(fresh().putProgress(task("B.1.2.1"), notApplicable()).build())
        .doesNotEmit();
  }

  @Test
  void prog001_goAheadMarkedNotApplicableWhileBStarted_emits() {
    // The go-ahead decision is not optional: "not applicable" is not a decision.
    VERIFIER.verify("PROG-001")
        .given(readyToPublish().putProgress(task("A.3.3.1"), notApplicable()).build())
        .emits(Severity.BLOCKER);
  }

  // PROG-002: phase C work started, or the dataset published, without the decision to publish (B.3.2.2).

  @Test
  void prog002_publishedWithoutPublicationDecision_emitsBlockerAboutDecisionTask() {
    VERIFIER.verify("PROG-002")
        .given(readyToPublish().status(Lifecycle.PUBLISHED).putProgress(task("B.3.2.2"), notStarted()).build())
        .emits(Severity.BLOCKER)
        .emitsTimes(1)
        .about("/progress/B.3.2.2");
  }

  @Test
  void prog002_publishedWithPublicationDecision_doesNotEmit() {
    VERIFIER.verify("PROG-002").given(readyToPublish().status(Lifecycle.PUBLISHED).build()).doesNotEmit();
  }

  @Test
  void prog002_cTaskStartedWithoutPublicationDecision_emitsBlocker() {
    VERIFIER.verify("PROG-002")
        .given(readyToPublish().putProgress(task("B.3.2.2"), inProgress()).putProgress(task("C.1.1.2"), inProgress()).build())
        .emits(Severity.BLOCKER)
        .about("/progress/B.3.2.2");
  }

  @Test
  void prog002_cTaskStartedAfterPublicationDecision_doesNotEmit() {
    VERIFIER.verify("PROG-002")
        .given(readyToPublish().putProgress(task("C.1.1.2"), inProgress()).build())
        .doesNotEmit();
  }

  @Test
  void prog002_plannedWithoutDecisionAndNoCTaskStarted_doesNotEmit() {
    VERIFIER.verify("PROG-002")
        .given(readyToPublish().putProgress(task("B.3.2.2"), notStarted()).build())
        .doesNotEmit();
  }

  @Test
  void prog002_withdrawnWithoutPublicationDecision_emits() {
    VERIFIER.verify("PROG-002")
        .given(readyToPublish().status(Lifecycle.WITHDRAWN).putProgress(task("B.3.2.2"), notStarted()).build())
        .emits(Severity.BLOCKER);
  }

  // PROG-004: an unconditional task marked not applicable.

  @Test
  void prog004_unconditionalTaskMarkedNotApplicable_emitsWarningAtThatTask() {
    Assessment a = VERIFIER.verify("PROG-004")
        .given(readyToPublish().putProgress(task("B.3.1.1"), TaskProgress.of(TaskStatus.NOT_APPLICABLE)).build())
        .emits(Severity.WARNING).about("/progress/B.3.1.1").assessment();
    // The finding is placed at the task itself, and the task stays in the plan and blocks the decision (QA-001).
    assertThat(a.getFindings()).filteredOn(f -> f.getRuleId().equals("PROG-004"))
        .singleElement().satisfies(f -> assertThat(f.getStep()).isEqualTo("B.3.1.1"));
    assertThat(a.getFindings()).anyMatch(f -> f.getRuleId().equals("QA-001"));
    assertThat(a.getVerdict()).isNotEqualTo(Verdict.READY_TO_PUBLISH);
  }

  @Test
  void prog004_conditionalTaskMarkedNotApplicable_doesNotEmit() {
    // B.3.1.4 is "Vid behov": marking it not applicable is the coordinator's call.
    VERIFIER.verify("PROG-004")
        .given(readyToPublish().putProgress(task("B.3.1.4"), TaskProgress.of(TaskStatus.NOT_APPLICABLE)).build())
        .doesNotEmit();
  }

  @Test
  void prog004_gateDecisionMarkedNotApplicable_keepsTheGateOpen() {
    Assessment a = VERIFIER.verify("PROG-004")
        .given(readyToPublish().putProgress(task("B.3.2.2"), TaskProgress.of(TaskStatus.NOT_APPLICABLE)).build())
        .emits(Severity.WARNING).assessment();
    assertThat(a.getNextGate()).isEqualTo(se.odis.model.Gate.PUBLICATION);
    assertThat(a.getNextSteps()).anyMatch(s -> s.getTaskId().equals("B.3.2.2"));
  }
}
