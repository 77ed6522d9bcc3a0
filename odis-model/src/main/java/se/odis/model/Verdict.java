package se.odis.model;

/**
 * The overall answer of an assessment, defined in docs/json-output.md: a blocker either waits for
 * work not yet done (an unknown fact, a task ahead) or forbids publication as the record stands
 * ({@link Finding#isForbidsPublication()}).
 */
public enum Verdict {
  /**
   * Not published; every gate up to and including the decision to publish (B.3.2.2) is passed, which
   * needs every decisive task that applies done; no blocker stands.
   */
  READY_TO_PUBLISH,
  /** A blocker forbids publication as the record stands, at any stage; it must be corrected before work can go on. */
  BLOCKED,
  /**
   * Work is under way: a gate is not yet passed, and no blocker forbids publication. Blockers that
   * wait for work not yet done may stand (the exit code is then 1).
   */
  IN_PROGRESS,
  /** Published (status PUBLISHED or DEPRECATED, or C.1.1.3 done), every publishing gate passed, and no blocker stands. */
  PUBLISHED,
  /** Decommissioned: the decommissioning tasks are done. */
  DECOMMISSIONED
}
