package se.odis.model;

/** When a guide task applies, as the guide words it. */
public enum ConditionKind {
  /** Always applies. */
  ALWAYS,
  /** "Vid behov": applies when needed. */
  WHEN_NEEDED,
  /** "Om möjligt": applies if possible. */
  IF_POSSIBLE,
  /** Applies under a stated condition, e.g. "Om ja" or "Om datan ska lagras i portalen". */
  CONDITIONAL,
  /**
   * "Eventuell": applies when there is anything to do — B.2.2.1's protective measures, when the
   * data holds anything to protect.
   */
  IF_ANY
}
