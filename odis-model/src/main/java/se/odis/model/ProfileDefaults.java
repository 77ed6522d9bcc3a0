package se.odis.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Facts a municipality answers once for all its datasets. Each applies only where a dataset does
 * not state the fact itself; a dataset's own answer always wins.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProfileDefaults.class)
@JsonDeserialize(as = ImmutableProfileDefaults.class)
public abstract class ProfileDefaults {
  /** @return the publisher, e.g. the municipality itself */
  public abstract @Nullable Publisher getPublisher();

  /** @return the contact point, e.g. the municipality's open-data function */
  public abstract @Nullable ContactPoint getContactPoint();

  /** @return the default licence, e.g. {@code CC0-1.0} */
  public abstract @Nullable String getLicence();

  /** @return the default access rights, e.g. {@code PUBLIC} */
  public abstract @Nullable AccessRights getAccessRights();

  /** @return the default spatial coverage, e.g. the municipality's name or URI */
  public abstract @Nullable String getSpatial();

  /** @return whether the municipality's open data is free of charge */
  public abstract @Nullable Fees getFees();
}
