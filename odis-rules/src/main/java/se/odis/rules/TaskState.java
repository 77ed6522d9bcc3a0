package se.odis.rules;

import se.odis.model.ConditionKind;
import se.odis.model.GuideTask;
import se.odis.model.TaskProgress;
import se.odis.model.TaskStatus;

/**
 * A rule fact: one guide task and how far the dataset has come with it. The assessor inserts one
 * per task of the guide, so a rule can ask {@code TaskState(taskId == "A.3.3.1", !done)} without
 * caring whether the input mentioned the task.
 */
public final class TaskState implements DatasetFact {
  private final AssessmentContext context;
  private final GuideTask task;
  private final TaskStatus status;
  private final boolean applicable;
  private final TaskProgress progress;
  private final boolean futureDated;

  /**
   * A task's state as an assessment sees it: a task recorded done on a day after the assessment
   * day is not done yet, but in progress.
   */
  TaskState(AssessmentContext context, GuideTask task, TaskStatus status, boolean applicable, TaskProgress progress,
      boolean futureDated) {
    this.context = context;
    this.task = task;
    this.status = futureDated && status == TaskStatus.DONE ? TaskStatus.IN_PROGRESS : status;
    this.applicable = applicable;
    this.progress = progress;
    this.futureDated = futureDated && status == TaskStatus.DONE;
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
   * Tells whether the task applies to the dataset. Marking a task not applicable counts only for
   * the guide's conditional tasks ("Vid behov", "Om möjligt", "Om …"); an unconditional task
   * cannot be skipped that way (rule PROG-004 says so).
   *
   * @return true if the task applies
   */
  public boolean isApplicable() {
    // A decisive task's condition is a matter of fact (B.2.2.1 applies when there is anything to
    // protect), so the coordinator's "not applicable" counts only where the facts agree (PROG-013).
    return applicable && !(status == TaskStatus.NOT_APPLICABLE && isConditional() && !task.isDecisive());
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
    return task.getId() + "=" + status + (applicable ? "" : " (n/a)");
  }
}
