package se.odis.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/** The time period the data covers ({@code dcterms:temporal}). Either end may be open. */
@Value.Immutable
@JsonSerialize(as = ImmutableTemporalCoverage.class)
@JsonDeserialize(as = ImmutableTemporalCoverage.class)
public abstract class TemporalCoverage {
  /** @return the first day covered */
  public abstract @Nullable LocalDate getStart();

  /** @return the last day covered */
  public abstract @Nullable LocalDate getEnd();

  @Value.Check
  void check() {
    if (getStart() != null && getEnd() != null && getEnd().isBefore(getStart())) {
      throw new IllegalArgumentException(
          "temporal end " + getEnd() + " is before its start " + getStart());
    }
  }
}
