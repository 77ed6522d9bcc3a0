package se.odis.model;

/** Other legal obstacles to publication (task B.1.1.4): contracts, other laws, agreements. */
public enum LegalObstacles {
  /** Checked: there are none. */
  NONE,
  /** There is at least one. */
  PRESENT,
  /** Not yet checked. Never counts as "no". */
  UNKNOWN
}
