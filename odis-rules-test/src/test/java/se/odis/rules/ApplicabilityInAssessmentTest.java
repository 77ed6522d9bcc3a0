package se.odis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.odis.rules.ApplicabilityRulesTest.quiet;
import static se.odis.rules.ApplicabilityRulesTest.state;
import static se.odis.rules.Datasets.task;
import static se.odis.rules.SharedAssessor.ASSESSOR;
import static se.odis.rules.SharedVerifier.VERIFIER;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.odis.model.Dataset;

/**
 * Applicability in a whole assessment: a finding can make a task a next step that no condition
 * makes apply, a disabled condition leaves its task applying always, and the verifier keeps the
 * two kinds of rule apart. (Kept apart from {@link ApplicabilityRulesTest}, which judges only
 * the task states, so that mutation testing of the conditions runs those tests alone: see
 * docs/mutation-testing.md.)
 */
class ApplicabilityInAssessmentTest {

  @Test
  void appl012_aFindingMakesItsTaskANextStep() {
    Dataset stale = Datasets.published().metadataModified(LocalDate.of(2025, 1, 1)).build();
    VERIFIER.verify("APPL-012").given(stale).doesNotHold();
    VERIFIER.verify("META-015").given(stale).emits();
    assertThat(ASSESSOR.assess(stale, Datasets.AS_OF).getNextSteps()).extracting(s -> s.getTaskId()).contains("C.2.3.4");
  }

  @Test
  void disablingTheOnlyRuleOfATask_makesItApplyAlways() {
    Assessor without = Assessor.builder().disable(List.of("APPL-008")).build();
    Dataset notStarted = quiet().putProgress(task("B.3.1.4"), Datasets.notStarted()).build();
    assertThat(state(notStarted, "B.3.1.4").isApplicable()).as("with APPL-008 in force").isFalse();
    TaskState t = without.tasks(notStarted, Datasets.AS_OF).get(se.odis.model.Guide.odis().order("B.3.1.4"));
    assertThat(t.isGoverned()).isFalse();
    assertThat(t.isApplicable()).isTrue();
    assertThat(without.getApplicabilityRule("APPL-008")).isNull();
    assertThat(without.assess(quiet().build(), Datasets.AS_OF).getRulesInForce()).doesNotContain("APPL-008").contains("APPL-007");
  }

  @Test
  void verifier_onARuleWithFindings_refusesHolds_andOnAnApplicabilityRule_refusesEmits() {
    assertThatThrownBy(() -> VERIFIER.verify("PD-001").given(quiet().build()).holds()).isInstanceOf(AssertionError.class)
        .hasMessageContaining("holds() is for rules with @applies");
    assertThatThrownBy(() -> VERIFIER.verify("APPL-001").given(quiet().build()).emits()).isInstanceOf(AssertionError.class)
        .hasMessageContaining("makes no finding");
    assertThatThrownBy(() -> VERIFIER.verify("APPL-001").given(quiet().build()).holds()).isInstanceOf(AssertionError.class)
        .hasMessageContaining("expected it to hold");
  }
}
