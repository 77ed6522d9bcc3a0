package se.odis.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import se.odis.model.ConditionKind;
import se.odis.model.GuideTask;
import se.odis.model.TaskProgress;
import se.odis.model.TaskStatus;

/**
 * One guide task and how far a dataset has come with it, and whether it applies. Every context
 * has one per task of the guide ({@link AssessmentContext#task}); a rule pack's session holds them
 * as facts, so a pack's rule can ask {@code TaskState(taskId == "A.3.3.1", !done)} without caring
 * whether the input mentioned the task.
 */
public final class TaskState implements DatasetFact {
  private final AssessmentContext context;
  private final GuideTask task;
  private final TaskStatus status;
  /** Whether applicability rules in force state when the task applies. */
  private final boolean governed;
  /** The ids of the applicability rules that hold for the dataset, or null while none does. */
  private List<String> appliesBy;
  private final TaskProgress progress;
  private final boolean futureDated;

  /**
   * A task's state as an assessment sees it: a task recorded done on a day after the assessment
   * day is not done yet, but in progress.
   */
  TaskState(AssessmentContext context, GuideTask task, TaskStatus status, boolean governed, TaskProgress progress,
      boolean futureDated) {
    this.context = context;
    this.task = task;
    this.status = futureDated && status == TaskStatus.DONE ? TaskStatus.IN_PROGRESS : status;
    this.governed = governed;
    this.progress = progress;
    this.futureDated = futureDated && status == TaskStatus.DONE;
  }

  /** Records that an applicability rule naming this task holds for the dataset. */
  void holds(String ruleId) {
    if (appliesBy == null) appliesBy = new ArrayList<>(2);
    if (!appliesBy.contains(ruleId)) appliesBy.add(ruleId);
  }

  /**
   * @return the ids of the applicability rules ({@code @applies}) that name this task and hold for
   *     the dataset, in the order they held; empty if none does (then the task applies only if no
   *     rule states its condition, or it has been started)
   */
  public List<String> getAppliesBy() {
    return appliesBy == null ? List.of() : Collections.unmodifiableList(appliesBy);
  }

  /**
   * @return true if applicability rules in force state when this task applies, so that it applies
   *     only when one of them holds; false for a task that always applies
   */
  public boolean isGoverned() {
    return governed;
  }

  /** @return the assessment of the dataset this task state belongs to */
  @Override
  public AssessmentContext getContext() {
    return context;
  }

  /** @return true if the task is recorded done on a day after the assessment day (so it counts as in progress) */
  public boolean isFutureDated() {
    return futureDated;
  }

  /** @return true if the guide counts the task among those that decide publishability */
  public boolean isDecisive() {
    return task.isDecisive();
  }

  /** @return the note of the progress entry (e.g. a decision's diary number), or null */
  public String getNote() {
    return progress == null ? null : progress.getNote();
  }

  /** @return who did the task, or null */
  public String getBy() {
    return progress == null ? null : progress.getBy();
  }

  /** @return when the task reached its status, or null */
  public java.time.LocalDate getDate() {
    return progress == null ? null : progress.getDate();
  }

  /** @return the canonical task id, e.g. {@code A.3.3.1} */
  public String getTaskId() {
    return task.getId();
  }

  /** @return the phase id: A, B or C */
  public String getPhase() {
    return task.getPhaseId();
  }

  /** @return the stage id, e.g. {@code B3} */
  public String getStage() {
    return task.getStageId();
  }

  /** @return the activity id, e.g. {@code B.3.2} */
  public String getActivity() {
    return task.getActivityId();
  }

  /** @return when the task applies, as the guide words it */
  public ConditionKind getCondition() {
    return task.getCondition();
  }

  /** @return the status: as recorded, except that a task dated after the assessment day is in progress */
  public TaskStatus getStatus() {
    return status;
  }

  /** @return true if the task is done */
  public boolean isDone() {
    return status == TaskStatus.DONE;
  }

  /** @return true if the task is in progress or done */
  public boolean isStarted() {
    return status.isStarted();
  }

  /** @return true if the task was marked not applicable */
  public boolean isMarkedNotApplicable() {
    return status == TaskStatus.NOT_APPLICABLE;
  }

  /**
   * Tells whether the task applies to the dataset: a task whose condition the applicability rules
   * state ({@code @applies}) applies when one of them holds, any other always; a task the
   * coordinator has started or done applies whatever the facts say. Marking a task not applicable
   * counts only for the guide's conditional tasks ("Vid behov", "Om möjligt", "Om …"); an
   * unconditional task cannot be skipped that way (rule PROG-004 says so).
   *
   * @return true if the task applies
   */
  public boolean isApplicable() {
    boolean applies = !governed || appliesBy != null || status.isStarted();
    // A decisive task's condition is a matter of fact (B.2.2.1 applies when there is anything to
    // protect), so the coordinator's "not applicable" counts only where the facts agree (PROG-013).
    return applies && !(status == TaskStatus.NOT_APPLICABLE && isConditional() && !task.isDecisive());
  }

  /** @return true if the guide makes the task conditional */
  public boolean isConditional() {
    return task.getCondition() != ConditionKind.ALWAYS;
  }

  /** @return true if the task applies and is neither done nor marked not applicable */
  public boolean isOutstanding() {
    return isApplicable() && status != TaskStatus.DONE;
  }

  /** @return the guide task */
  public GuideTask getTask() {
    return task;
  }

  @Override
  public String toString() {
    return task.getId() + "=" + status + (isApplicable() ? "" : " (n/a)");
  }
}
