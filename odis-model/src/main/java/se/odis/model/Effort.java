package se.odis.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** The estimated work to open the dataset (task A.3.2.1). */
@Value.Immutable
@JsonSerialize(as = ImmutableEffort.class)
@JsonDeserialize(as = ImmutableEffort.class)
public abstract class Effort {
  /** Size classes of the work. */
  public enum Size {
    /** Hours. */
    SMALL,
    /** Days. */
    MEDIUM,
    /** Weeks or more, or investment in systems. */
    LARGE
  }

  /** @return the size of the work */
  public abstract @Nullable Size getSize();

  /** @return a free description of the estimate */
  public abstract @Nullable String getEstimate();

  /** @return whether the work was judged proportionate to the benefits; null if not judged */
  public abstract @Nullable Boolean getProportionate();
}
