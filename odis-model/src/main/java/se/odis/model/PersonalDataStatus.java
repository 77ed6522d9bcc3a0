package se.odis.model;

/** Whether a dataset holds personal data (GDPR art. 4.1), as identified in task B.1.1.2. */
public enum PersonalDataStatus {
  /** Checked: the data holds no personal data. */
  NONE,
  /** The data holds personal data. */
  PRESENT,
  /** The data holds special categories of personal data (GDPR art. 9) or data on offences (art. 10). */
  SENSITIVE,
  /** Not yet checked. Never counts as "no". */
  UNKNOWN
}
