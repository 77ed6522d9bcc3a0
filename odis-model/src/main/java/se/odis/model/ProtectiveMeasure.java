package se.odis.model;

/** A protective measure taken on the data in task B.2.2.1 before it is published. */
public enum ProtectiveMeasure {
  /** Values summarised over groups large enough that no individual can be singled out. */
  AGGREGATION,
  /** Identifying information removed so that no person can be identified, directly or indirectly. */
  ANONYMISATION,
  /** Identifiers replaced by pseudonyms; the data is still personal data (GDPR recital 26). */
  PSEUDONYMISATION,
  /** The protected fields or records removed from the published data. */
  ELIMINATION,
  /** Publication delayed until the data is no longer sensitive. */
  TIME_DELAY;

  /**
   * Tells whether the measure, done, takes the data out of the scope of personal data.
   * Pseudonymisation and a time delay do not.
   *
   * @return true for aggregation, anonymisation and elimination
   */
  public boolean removesPersonalData() {
    return this == AGGREGATION || this == ANONYMISATION || this == ELIMINATION;
  }
}
