package se.odis.model;

/** DCAT-AP access rights (EU authority table access-right). */
public enum AccessRights {
  /** Publicly accessible by everyone. */
  PUBLIC,
  /** Only available under certain conditions. */
  RESTRICTED,
  /** Not publicly accessible. */
  NON_PUBLIC
}
