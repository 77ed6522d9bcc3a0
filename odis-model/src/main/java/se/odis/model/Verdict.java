package se.odis.model;

/** The overall answer of an assessment. */
public enum Verdict {
  /** Every gate up to and including the decision to publish (B.3.2.2) is passed; no blocker stands. */
  READY_TO_PUBLISH,
  /** At least one blocker belongs to the current stage (or an earlier one) and must be solved before work can go on. */
  BLOCKED,
  /**
   * Work is under way and no blocker stands in the current stage; the next gate waits for tasks.
   * Blockers that belong to later stages may remain, and are listed among the findings.
   */
  IN_PROGRESS,
  /** Published and no blocker stands. */
  PUBLISHED,
  /** Decommissioned: the decommissioning tasks are done. */
  DECOMMISSIONED
}
