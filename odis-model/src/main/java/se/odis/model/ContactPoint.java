package se.odis.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** Where users turn with questions about the dataset ({@code dcat:contactPoint}). */
@Value.Immutable
@JsonSerialize(as = ImmutableContactPoint.class)
@JsonDeserialize(as = ImmutableContactPoint.class)
public abstract class ContactPoint {
  /** @return the name of the contact, usually a function rather than a person */
  public abstract @Nullable String getName();

  /** @return the e-mail address */
  public abstract @Nullable String getEmail();

  /** @return a web form or page for contact */
  public abstract @Nullable String getUrl();

  /** @return a telephone number */
  public abstract @Nullable String getPhone();
}
