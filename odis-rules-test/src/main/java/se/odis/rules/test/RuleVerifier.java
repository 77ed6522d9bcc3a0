package se.odis.rules.test;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;
import se.odis.model.Assessment;
import se.odis.model.Dataset;
import se.odis.model.Finding;
import se.odis.model.Severity;
import se.odis.rules.Assessor;
import se.odis.rules.TaskState;

/**
 * Tests one rule at a time, the way ODIS tests its own rules and a municipality tests its rule
 * pack: give a dataset, say what the rule must (or must not) find.
 *
 * <pre>{@code
 * RuleVerifier verifier = RuleVerifier.of(Assessor.create());
 * verifier.verify("PD-002").given(datasetWithPersonalData).emits(Severity.BLOCKER);
 * verifier.verify("PD-002").given(sameButAnonymised).doesNotEmit();
 * verifier.verify("APPL-002").given(storedInThePortal).holds();     // an applicability rule
 * verifier.verify("APPL-002").given(linkedFromElsewhere).doesNotHold();
 * }</pre>
 *
 * <p>A failed expectation throws JUnit's {@link AssertionFailedError} (an {@link AssertionError},
 * so any test framework reports it) with the expectation and every finding of the assessment as
 * its expected and actual values. Thread-safe.
 *
 * <p>The artefact {@code se.odis:odis-rules-test} brings JUnit 5, AssertJ and jqwik with it, so
 * that a municipality's rule tests need this one test dependency.
 */
public final class RuleVerifier {
  /** The day assessments are made for unless {@link #asOf(LocalDate)} says otherwise. */
  public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 11, 26);

  private final Assessor assessor;
  private final LocalDate asOf;

  private RuleVerifier(Assessor assessor, LocalDate asOf) {
    this.assessor = assessor;
    this.asOf = asOf;
  }

  /**
   * @param assessor the assessor whose rules are verified (built-in, or with a rule pack)
   * @return a verifier assessing as of {@link #DEFAULT_AS_OF}
   */
  public static RuleVerifier of(Assessor assessor) {
    return new RuleVerifier(Objects.requireNonNull(assessor, "assessor"), DEFAULT_AS_OF);
  }

  /**
   * @param day the day to assess as of
   * @return a verifier like this one, assessing as of that day
   */
  public RuleVerifier asOf(LocalDate day) {
    return new RuleVerifier(assessor, Objects.requireNonNull(day, "day"));
  }

  /**
   * Starts a check of one rule.
   *
   * @param ruleId the rule's id
   * @return the next step: the dataset
   * @throws AssertionError if no rule in force has that id
   */
  public Given verify(String ruleId) {
    if (assessor.getRule(ruleId) == null && assessor.getApplicabilityRule(ruleId) == null) {
      throw new AssertionError("no rule in force has the id " + ruleId);
    }
    return new Given(ruleId);
  }

  /** The rule under test, waiting for a dataset. */
  public final class Given {
    private final String ruleId;

    private Given(String ruleId) {
      this.ruleId = ruleId;
    }

    /**
     * @param dataset the dataset to assess
     * @return the expectations on the rule's findings for it
     */
    public Then given(Dataset dataset) {
      if (assessor.getRule(ruleId) == null) return new Then(ruleId, null, assessor.tasks(dataset, asOf));
      return new Then(ruleId, assessor.assess(dataset, asOf), null);
    }
  }

  /**
   * Expectations on what one rule found in one assessment, or, for an applicability rule, on
   * whether it holds.
   */
  public static final class Then {
    private final String ruleId;
    private final Assessment assessment;
    private final List<TaskState> tasks;

    private Then(String ruleId, Assessment assessment, List<TaskState> tasks) {
      this.ruleId = ruleId;
      this.assessment = assessment;
      this.tasks = tasks;
    }

    /**
     * Expects the applicability rule to hold for the dataset: the tasks it names apply by it.
     *
     * @return this
     */
    public Then holds() {
      if (!held()) throw conditionFail("to hold");
      return this;
    }

    /** Expects the applicability rule not to hold for the dataset (the near miss). */
    public void doesNotHold() {
      if (held()) throw conditionFail("not to hold");
    }

    private boolean held() {
      if (tasks == null) throw new AssertionError(ruleId + " makes findings; holds() is for rules with @applies");
      return tasks.stream().anyMatch(t -> t.getAppliesBy().contains(ruleId));
    }

    private AssertionFailedError conditionFail(String expected) {
      String held = tasks.stream().filter(t -> !t.getAppliesBy().isEmpty())
          .map(t -> "  " + t.getTaskId() + " applies by " + String.join(", ", t.getAppliesBy()))
          .collect(Collectors.joining("\n"));
      String actual = held.isEmpty() ? "  (none)" : held;
      return new AssertionFailedError("applicability rule " + ruleId + ": expected it " + expected
          + ", but the rules that held were:\n" + actual, "applicability rule " + ruleId + " " + expected, actual);
    }

    private List<Finding> mine() {
      if (assessment == null) {
        throw new AssertionError(ruleId + " states when tasks apply and makes no finding: expect holds() or doesNotHold()");
      }
      return assessment.getFindings().stream().filter(f -> f.getRuleId().equals(ruleId)).collect(Collectors.toList());
    }

    /**
     * The failure, with the expectation and every finding as JUnit's expected and actual values,
     * so that an IDE shows them side by side.
     */
    private AssertionFailedError fail(String expected) {
      String all = assessment.getFindings().stream()
          .map(f -> "  " + f.getRuleId() + " " + f.getSeverity() + " " + f.getStep()
              + (f.getSubject() == null ? "" : " " + f.getSubject()))
          .collect(Collectors.joining("\n"));
      String actual = all.isEmpty() ? "  (none)" : all;
      return new AssertionFailedError("rule " + ruleId + ": expected " + expected + ", but the findings were:\n" + actual,
          "  " + ruleId + " " + expected, actual);
    }

    /**
     * Expects at least one finding of the rule.
     *
     * @return this, for further checks
     */
    public Then emits() {
      if (mine().isEmpty()) throw fail("a finding");
      return this;
    }

    /**
     * Expects at least one finding of the rule, all with this severity.
     *
     * @param severity the expected severity
     * @return this
     */
    public Then emits(Severity severity) {
      List<Finding> mine = mine();
      if (mine.isEmpty() || mine.stream().anyMatch(f -> f.getSeverity() != severity)) {
        throw fail("a finding with severity " + severity);
      }
      return this;
    }

    /**
     * Expects exactly this many findings of the rule.
     *
     * @param count the expected count
     * @return this
     */
    public Then emitsTimes(int count) {
      if (mine().size() != count) throw fail(count + " finding(s)");
      return this;
    }

    /**
     * Expects a finding of the rule about this subject (a field or JSON pointer).
     *
     * @param subject e.g. {@code /distributions/0}
     * @return this
     */
    public Then about(String subject) {
      if (mine().stream().noneMatch(f -> subject.equals(f.getSubject()))) throw fail("a finding about " + subject);
      return this;
    }

    /**
     * Expects a finding of the rule whose message, in either language, contains this text.
     *
     * @param text the text
     * @return this
     */
    public Then withMessageContaining(String text) {
      if (mine().stream().noneMatch(f -> f.getMessage().getTexts().values().stream().anyMatch(m -> m.contains(text)))) {
        throw fail("a message containing \"" + text + "\"");
      }
      return this;
    }

    /** Expects no finding of the rule (the near miss). */
    public void doesNotEmit() {
      if (!mine().isEmpty()) throw fail("no finding");
    }

    /** @return the whole assessment, for further checks (null for an applicability rule) */
    public Assessment assessment() {
      return assessment;
    }

    /** @return the state of every task (null for a rule that makes findings: see {@link #assessment()}) */
    public List<TaskState> tasks() {
      return tasks;
    }
  }
}
