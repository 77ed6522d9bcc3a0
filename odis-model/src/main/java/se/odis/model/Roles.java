package se.odis.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** Who produces, owns and manages the data, identified in task A.3.1.1. Absent means unknown. */
@Value.Immutable
@JsonSerialize(as = ImmutableRoles.class)
@JsonDeserialize(as = ImmutableRoles.class)
public abstract class Roles {
  /** @return the unit or system that produces the data (producent) */
  public abstract @Nullable String getProducer();

  /** @return the unit that owns the data and decides on it (ägare, informationsägare) */
  public abstract @Nullable String getOwner();

  /** @return who manages the data day to day (förvaltare) */
  public abstract @Nullable String getSteward();

  /** @return roles with nothing known */
  public static Roles unknown() {
    return ImmutableRoles.builder().build();
  }
}
