package se.odis.rules;

import java.time.LocalDate;
import se.odis.model.Dataset;
import se.odis.model.Frequency;
import se.odis.model.Lifecycle;

/**
 * A rule fact: what the assessment knows beyond the dataset's own facts — the day it is made for,
 * and how far the work has come. Rules must take "today" from here, never from the clock, so that
 * results are reproducible.
 */
public final class AssessmentContext {
  private final LocalDate asOf;
  private final boolean phaseBStarted;
  private final boolean phaseCStarted;
  private final Lifecycle status;

  /**
   * @param asOf the day the assessment is made for
   * @param phaseBStarted whether any task of phase B is in progress or done
   * @param phaseCStarted whether any task of phase C is in progress or done, or the dataset is
   *     published
   * @param status the dataset's lifecycle status
   */
  public AssessmentContext(LocalDate asOf, boolean phaseBStarted, boolean phaseCStarted, Lifecycle status) {
    this.asOf = asOf;
    this.phaseBStarted = phaseBStarted;
    this.phaseCStarted = phaseCStarted;
    this.status = status;
  }

  static AssessmentContext of(Dataset d, LocalDate asOf) {
    boolean b = false;
    boolean c = d.getStatus() != Lifecycle.PLANNED;
    for (var e : d.getProgress().entrySet()) {
      if (!e.getValue().getStatus().isStarted()) continue;
      String phase = e.getKey().getTask().getPhaseId();
      if (phase.equals("B")) b = true;
      if (phase.equals("C")) c = true;
    }
    return new AssessmentContext(asOf, b, c, d.getStatus());
  }

  /** @return the day the assessment is made for */
  public LocalDate getAsOf() {
    return asOf;
  }

  /** @return true if any task of phase B is in progress or done */
  public boolean isPhaseBStarted() {
    return phaseBStarted;
  }

  /** @return true if any task of phase C is in progress or done, or the dataset is not just planned */
  public boolean isPhaseCStarted() {
    return phaseCStarted;
  }

  /** @return the dataset's lifecycle status */
  public Lifecycle getStatus() {
    return status;
  }

  /**
   * Tells whether data last changed on a day is overdue for an update.
   *
   * @param modified when the data last changed; null gives false
   * @param frequency how often it should change; null or one without a maximum age gives false
   * @return true if {@code modified} plus the frequency's maximum age is before the assessment day
   */
  public boolean isOverdue(LocalDate modified, Frequency frequency) {
    if (modified == null || frequency == null || frequency.getMaxAge() == null) return false;
    return modified.plus(frequency.getMaxAge()).isBefore(asOf);
  }

  /**
   * @param day a day
   * @return whole days from {@code day} to the assessment day (negative if later)
   */
  public long daysSince(LocalDate day) {
    return java.time.temporal.ChronoUnit.DAYS.between(day, asOf);
  }

  /** @return true if the dataset is published, deprecated or withdrawn */
  public boolean isPublished() {
    return status != Lifecycle.PLANNED;
  }
}
