package se.odis.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The state of one gate for a dataset, with the rule ids of the blockers that stand there, and who
 * decided when: the date and decision-maker recorded for the gate's task, once that task counts
 * as done.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGateStatus.class)
@JsonDeserialize(as = ImmutableGateStatus.class)
public abstract class GateStatus {
  /** @return the gate */
  public abstract Gate getGate();

  /** @return its state */
  public abstract GateState getState();

  /** @return rule ids of the blockers at this gate, sorted */
  public abstract List<String> getBlockers();

  /**
   * @return the day recorded for the gate's task ({@code progress.TASK.date}) when the task counts
   *     as done on the assessment day; null when it is not done, is done undated, or the gate was
   *     passed without a decision (its task does not apply)
   */
  public abstract @Nullable LocalDate getDecidedOn();

  /**
   * @return who is recorded as having decided ({@code progress.TASK.by}) when the gate's task
   *     counts as done on the assessment day; null otherwise or when nobody is recorded
   */
  public abstract @Nullable String getDecidedBy();
}
