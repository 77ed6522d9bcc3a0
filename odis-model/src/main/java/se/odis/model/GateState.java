package se.odis.model;

/** The state of one gate for one dataset. */
public enum GateState {
  /** The gate's task is done (or not needed) and nothing blocks it. */
  PASSED,
  /** Nothing blocks the gate, but its task is not yet done. */
  OPEN,
  /** At least one blocker stands at the gate. */
  BLOCKED,
  /** The gate does not concern this dataset (e.g. decommissioning for a live dataset). */
  NOT_APPLICABLE
}
