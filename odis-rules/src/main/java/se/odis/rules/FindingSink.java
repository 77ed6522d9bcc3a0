package se.odis.rules;

import org.drools.model.Drools;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Where rules put their findings, and applicability rules their judgement that tasks apply
 * ({@link #applies}): the DRL global {@code findings}. A rule's consequence calls
 * {@code findings.emit(drools)} or {@code findings.emit(drools, subject, args…)}; the finding's id,
 * severity, step, gate, source and texts come from the rule's metadata and the message bundles, so
 * they are written once, in one place. One sink serves one session, which may hold several
 * datasets: each finding goes to the dataset whose facts the rule matched. It is not shared between
 * threads.
 */
public final class FindingSink {
  private final RuleIndex index;
  private final AssessmentContext fixed;

  /**
   * A sink for a session of many datasets: each finding goes to the dataset of the facts the rule
   * matched (each a {@link DatasetFact}).
   */
  FindingSink(RuleIndex index) {
    this(index, null);
  }

  /** A sink for a session of one dataset: every finding goes to it. */
  FindingSink(RuleIndex index, AssessmentContext dataset) {
    this.index = index;
    this.fixed = dataset;
  }

  /**
   * Records a finding of the rule that is firing, about the dataset as a whole.
   *
   * @param drools the rule context ({@code drools} or {@code kcontext} in a consequence)
   */
  public void emit(RuleContext drools) {
    emit(drools, null);
  }

  /**
   * Records a finding of the rule that is firing.
   *
   * @param drools the rule context ({@code drools} or {@code kcontext} in a consequence)
   * @param subject what the finding is about: a field name or JSON pointer, e.g.
   *     {@code /distributions/0}; null for the dataset as a whole
   * @param args values for the placeholders {0}, {1}… of the rule's message and remedy
   */
  public void emit(RuleContext drools, String subject, Object... args) {
    add(drools, null, subject, args);
  }

  /**
   * Records a finding of the rule that is firing, about the dataset as a whole (executable-model
   * form of {@link #emit(RuleContext)}).
   *
   * @param drools the {@code drools} of a consequence compiled to the executable model
   */
  public void emit(Drools drools) {
    add(context(drools), null, null);
  }

  /**
   * Records a finding of the rule that is firing (executable-model form of
   * {@link #emit(RuleContext, String, Object...)}).
   *
   * @param drools the {@code drools} of a consequence compiled to the executable model
   * @param subject what the finding is about, or null
   * @param args values for the placeholders of the rule's message and remedy
   */
  public void emit(Drools drools, String subject, Object... args) {
    add(context(drools), null, subject, args);
  }

  /**
   * Records a finding about a task other than the rule's own {@code @step}, for rules that watch
   * many tasks (e.g. "this unconditional task was marked not applicable").
   *
   * @param drools the rule context
   * @param taskId the guide task the finding concerns, in either id style
   * @param subject what the finding is about, or null
   * @param args values for the placeholders of the rule's message and remedy
   */
  public void emitAt(RuleContext drools, String taskId, String subject, Object... args) {
    add(drools, taskId, subject, args);
  }

  /**
   * Executable-model form of {@link #emitAt(RuleContext, String, String, Object...)}.
   *
   * @param drools the {@code drools} of a consequence compiled to the executable model
   * @param taskId the guide task the finding concerns
   * @param subject what the finding is about, or null
   * @param args values for the placeholders
   */
  public void emitAt(Drools drools, String taskId, String subject, Object... args) {
    add(context(drools), taskId, subject, args);
  }

  /**
   * Records that the tasks of the firing applicability rule ({@code @applies("B.3.1.4")}) apply to
   * the dataset it matched: the consequence of every such rule.
   *
   * @param drools the rule context ({@code drools} or {@code kcontext} in a consequence)
   * @throws IllegalStateException if the firing rule has no {@code @applies}
   */
  public void applies(RuleContext drools) {
    ApplicabilityRule rule = index.conditionFor(drools.getRule());
    TaskState[] tasks = owner(drools, rule.getId()).taskArray();
    for (int order : rule.taskOrders) tasks[order].holds(rule.getId());
  }

  /**
   * Executable-model form of {@link #applies(RuleContext)}.
   *
   * @param drools the {@code drools} of a consequence compiled to the executable model
   */
  public void applies(Drools drools) {
    applies(context(drools));
  }

  private static RuleContext context(Drools drools) {
    // The executable model's Drools is also the RuleContext that knows the firing rule.
    return drools instanceof RuleContext ? (RuleContext) drools : drools.getContext(RuleContext.class);
  }

  private void add(RuleContext drools, String step, String subject, Object... args) {
    RuleInfo info = index.forRule(drools.getRule());
    String at = step == null ? info.getStep()
        : se.odis.model.Guide.odis().task(step).map(t -> t.getId()).orElseThrow(
            () -> new IllegalArgumentException("rule " + info.getId() + " emitted a finding at '" + step + "', which is not a task of the guide"));
    owner(drools, info.getId()).findings.add(info.finding(at, subject, args));
  }

  private AssessmentContext owner(RuleContext drools, String ruleId) {
    if (fixed != null) return fixed;
    // Every fact of a batch session names its dataset, and a rule joins one dataset's facts
    // (BatchSafetyTest), so any fact of the match tells whose finding it is.
    for (Object o : drools.getMatch().getObjects()) {
      if (o instanceof DatasetFact) return ((DatasetFact) o).getContext();
    }
    // Only a rule that matches none of the facts above can get here, and such rules are run in a
    // session of one dataset (a fixed sink); reaching this is a bug in ODIS, not in the input.
    throw new IllegalStateException("rule " + ruleId + " matched no fact that names its dataset");
  }

}
