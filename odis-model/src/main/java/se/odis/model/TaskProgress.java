package se.odis.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/** The progress of one guide task for a dataset. */
@Value.Immutable
@JsonSerialize(as = ImmutableTaskProgress.class)
@JsonDeserialize(as = ImmutableTaskProgress.class)
public abstract class TaskProgress {
  /**
   * @return the task's text as the file states it, written by {@code odis init}, {@code odis
   *     import} and {@code odis progress} so that the file reads as the guide's checklist; null if
   *     not stated. It is for people only: never read as a fact and never compared with the guide,
   *     so a text from an older edition of the guide is not an error.
   */
  public abstract @Nullable String getTitle();

  /** @return how far the task has come */
  public abstract TaskStatus getStatus();

  /** @return when the status was reached */
  public abstract @Nullable LocalDate getDate();

  /** @return who did it or decided it */
  public abstract @Nullable String getBy();

  /** @return a free note, e.g. the reference of a decision */
  public abstract @Nullable String getNote();

  /**
   * Progress with only a status.
   *
   * @param status the status
   * @return the progress
   */
  public static TaskProgress of(TaskStatus status) {
    return ImmutableTaskProgress.builder().status(status).build();
  }
}
