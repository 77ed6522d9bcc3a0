package se.odis.rules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.odis.rules.Datasets.fresh;
import static se.odis.rules.Datasets.readyToPublish;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import se.odis.model.Severity;
import se.odis.rules.test.RuleVerifier;

/** The test kit itself: what a failed expectation says. */
class RuleVerifierTest {
  private static final RuleVerifier VERIFIER = SharedVerifier.VERIFIER;

  @Test
  void verify_unknownRuleId_failsWithAssertionError() {
    assertThatThrownBy(() -> VERIFIER.verify("NOPE-997")).isInstanceOf(AssertionError.class)
        .hasMessageContaining("NOPE-997");
  }

  @Test
  void doesNotEmit_whenTheRuleFires_listsTheFindings() {
    assertThatThrownBy(() -> VERIFIER.verify("LIC-001").given(fresh().build()).doesNotEmit())
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("LIC-001 BLOCKER B.1.2.2 /licence");
  }

  @Test
  void emits_whenTheRuleIsSilent_failsWithExpectedAndActualForTheIde() {
    assertThatThrownBy(() -> VERIFIER.verify("LIC-001").given(readyToPublish().build()).emits(Severity.BLOCKER))
        .isInstanceOfSatisfying(AssertionFailedError.class, e -> {
          org.assertj.core.api.Assertions.assertThat(e.isExpectedDefined()).isTrue();
          org.assertj.core.api.Assertions.assertThat(e.getExpected().getStringRepresentation()).contains("LIC-001", "BLOCKER");
        });
  }
}
