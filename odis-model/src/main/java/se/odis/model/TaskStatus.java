package se.odis.model;

/** How far a guide task has come for a dataset. */
public enum TaskStatus {
  /** Not begun; also what an absent progress entry means. */
  NOT_STARTED,
  /** Begun and not finished. */
  IN_PROGRESS,
  /** Finished. */
  DONE,
  /** Judged not to apply to this dataset (for conditional tasks). */
  NOT_APPLICABLE;

  /** @return true if the task has been begun or finished */
  public boolean isStarted() {
    return this == IN_PROGRESS || this == DONE;
  }
}
