package se.odis.model;

/** Where the data is to be kept, as decided in task B.2.1.2. */
public enum Storage {
  /** Stored in the municipality's open data portal (tasks B.2.1.3 and B.2.1.4 then apply). */
  PORTAL,
  /** Linked from another IT system. */
  LINKED,
  /** Not yet decided. */
  UNKNOWN
}
