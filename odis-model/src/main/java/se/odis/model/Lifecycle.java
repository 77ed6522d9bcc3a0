package se.odis.model;

/** Where the dataset stands as a publication, independent of guide progress. */
public enum Lifecycle {
  /** Not yet published (the default). */
  PLANNED,
  /** Published and maintained. */
  PUBLISHED,
  /** Still available but marked for decommissioning (stage C3). */
  DEPRECATED,
  /** Taken down; its metadata should remain available. */
  WITHDRAWN
}
