package se.odis.model;

/** Whether reusers pay for the data. High-value datasets must be free of charge. */
public enum Fees {
  /** Free of charge. */
  NONE,
  /** A fee is charged. */
  CHARGED,
  /** Not stated. Never counts as "free". */
  UNKNOWN
}
