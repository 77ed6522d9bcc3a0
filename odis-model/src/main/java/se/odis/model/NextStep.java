package se.odis.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A guide task still to do, in the guide's order, with the findings that point at it and what the
 * record says of it so far (when, by whom, a note): the evidence behind a task listed as done
 * that a blocker shows must be redone, or since when one is in progress.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNextStep.class)
@JsonDeserialize(as = ImmutableNextStep.class)
public abstract class NextStep {
  /** @return the task id, e.g. {@code B.2.2.1} */
  public abstract String getTaskId();

  /** @return the task's text in Swedish and English */
  public abstract LocalizedText getTitle();

  /** @return the task's current status */
  public abstract TaskStatus getStatus();

  /** @return ids of findings' rules that this task would resolve, sorted */
  public abstract List<String> getRuleIds();

  /** @return ids of the blockers among {@link #getRuleIds()}, sorted ("blocks:"; the others are "see:") */
  public abstract List<String> getBlockingRuleIds();

  /** @return the day recorded for the task's status ({@code progress.TASK.date}), or null */
  public abstract @Nullable LocalDate getDate();

  /** @return who is recorded as doing or having done the task ({@code progress.TASK.by}), or null */
  public abstract @Nullable String getBy();

  /** @return the task's recorded note, e.g. a decision's diary number ({@code progress.TASK.note}), or null */
  public abstract @Nullable String getNote();

  /** @return true if a blocker points at this task */
  @Value.Default
  public boolean isBlocking() {
    return false;
  }
}
