package se.odis.model;

/** Whether the data is covered by secrecy under offentlighets- och sekretesslagen (2009:400). */
public enum Secrecy {
  /** Checked: no part of the data is secret. */
  NONE,
  /** Part of the data is secret and must be removed before publication. */
  PARTIAL,
  /** The data as a whole is secret and cannot be published. */
  FULL,
  /** Not yet checked. Never counts as "no". */
  UNKNOWN
}
