package se.odis.rules;

import java.time.LocalDate;
import se.odis.model.Dataset;
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

  /** @return true if the dataset is published, deprecated or withdrawn */
  public boolean isPublished() {
    return status != Lifecycle.PLANNED;
  }
}
