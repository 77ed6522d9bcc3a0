package se.odis.model;

/** Copyright or database rights of others in the data (task B.1.1.3). */
public enum ThirdPartyRights {
  /** Checked: no one else holds rights in the data. */
  NONE,
  /** Others hold rights, and they have agreed to publication under the chosen licence. */
  CLEARED,
  /** Others hold rights that are not cleared for publication. */
  UNCLEARED,
  /** Not yet checked. Never counts as "no". */
  UNKNOWN
}
