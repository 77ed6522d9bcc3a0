package se.odis.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A target group of the data and its needs (tasks A.2.1.1 and A.2.1.2). */
@Value.Immutable
@JsonSerialize(as = ImmutableAudience.class)
@JsonDeserialize(as = ImmutableAudience.class)
public abstract class Audience {
  /** Whether the group is inside or outside the organisation. */
  public enum Kind {
    /** Inside the municipality. */
    INTERNAL,
    /** Outside: citizens, companies, researchers, other authorities. */
    EXTERNAL
  }

  /** @return internal or external */
  public abstract Kind getKind();

  /** @return who the group is */
  public abstract String getName();

  /** @return what the group needs the data for */
  public abstract @Nullable String getNeeds();
}
