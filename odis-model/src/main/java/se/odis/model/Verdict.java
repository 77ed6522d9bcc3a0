package se.odis.model;

/** The overall answer of an assessment. */
public enum Verdict {
  /** Every gate up to and including the decision to publish (B.3.2.2) is passed; no blocker stands. */
  READY_TO_PUBLISH,
  /** The next gate has at least one blocker that must be solved before work can go on. */
  BLOCKED,
  /** Work is under way; the next gate waits for tasks, not for obstacles. */
  IN_PROGRESS,
  /** Published and no blocker stands. */
  PUBLISHED,
  /** Decommissioned: the decommissioning tasks are done. */
  DECOMMISSIONED
}
