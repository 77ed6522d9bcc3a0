package se.odis.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** The organisation that publishes the dataset ({@code dcterms:publisher}, mandatory in DCAT-AP-SE). */
@Value.Immutable
@JsonSerialize(as = ImmutablePublisher.class)
@JsonDeserialize(as = ImmutablePublisher.class)
public abstract class Publisher {
  /** @return the organisation's name, e.g. "Exempelkommun" */
  public abstract @Nullable String getName();

  /** @return the ADMS publisher type, or null if not stated */
  public abstract @Nullable PublisherType getType();

  /** @return the organisation's URI or organisation number, if known */
  public abstract @Nullable String getIdentifier();
}
