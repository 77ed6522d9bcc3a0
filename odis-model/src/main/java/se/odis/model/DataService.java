package se.odis.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.net.URI;
import java.util.List;
import org.immutables.value.Value;

/**
 * An API through which the data is served ({@code dcat:DataService}): its endpoint, how it is
 * described, and the terms and contact that DCAT-AP and DCAT-AP HVD ask of it. A dataset that a
 * data service serves can be reached through an API, whether or not a distribution says so.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDataService.class)
@JsonDeserialize(as = ImmutableDataService.class)
public abstract class DataService {
  /** @return the service's own URI, where it has one (kept from a catalogue, reused on export) */
  public abstract @Nullable URI getUri();

  /** @return the service's name, by language */
  @Value.Default
  public LocalizedText getTitle() {
    return LocalizedText.empty();
  }

  /** @return the root location of the API ({@code dcat:endpointURL}, mandatory in DCAT-AP) */
  public abstract @Nullable URI getEndpointUrl();

  /** @return a description of the endpoint, e.g. an OpenAPI document ({@code dcat:endpointDescription}) */
  public abstract @Nullable URI getEndpointDescription();

  /** @return pages documenting the API, e.g. its terms or service level ({@code foaf:page}; DCAT-AP HVD requires one) */
  public abstract List<URI> getPages();

  /** @return the standards or specifications the API follows ({@code dcterms:conformsTo}) */
  public abstract List<String> getConformsTo();

  /** @return where users of the API turn ({@code dcat:contactPoint}; DCAT-AP HVD requires one) */
  public abstract @Nullable ContactPoint getContactPoint();

  /** @return the licence of the API (SPDX id or URI) */
  public abstract @Nullable String getLicence();

  /** @return who may use the API ({@code dcterms:accessRights}) */
  public abstract @Nullable AccessRights getAccessRights();

  /** @return the high-value dataset category the service serves ({@code dcatap:hvdCategory}) */
  public abstract @Nullable HvdCategory getHvdCategory();
}
