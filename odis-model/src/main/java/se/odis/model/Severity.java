package se.odis.model;

/**
 * How much a finding weighs, in the ODI Open Data Certificate's spirit: a blocker is a "must", a
 * recommendation a "should". Declared from most to least severe; {@link #compareTo} orders so.
 */
public enum Severity {
  /** Must be fixed before the gate it belongs to can be passed. */
  BLOCKER,
  /** Does not stop publication, but lowers quality or reuse; should be fixed. */
  WARNING,
  /** A better practice worth adopting. */
  RECOMMENDATION,
  /** For information only. */
  INFO
}
