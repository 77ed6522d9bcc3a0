package se.odis.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Publisher types of the ADMS vocabulary ({@code http://purl.org/adms/publishertype/…}), as DCAT-AP-SE uses them. */
public enum PublisherType {
  /** Academia or scientific organisation. */
  @JsonProperty("Academia-ScientificOrganisation") ACADEMIA_SCIENTIFIC_ORGANISATION("Academia-ScientificOrganisation"),
  /** Company. */
  @JsonProperty("Company") COMPANY("Company"),
  /** Industry consortium. */
  @JsonProperty("IndustryConsortium") INDUSTRY_CONSORTIUM("IndustryConsortium"),
  /** Local authority, such as a municipality (kommun). */
  @JsonProperty("LocalAuthority") LOCAL_AUTHORITY("LocalAuthority"),
  /** National authority (statlig myndighet). */
  @JsonProperty("NationalAuthority") NATIONAL_AUTHORITY("NationalAuthority"),
  /** Non-governmental organisation. */
  @JsonProperty("NonGovernmentalOrganisation") NON_GOVERNMENTAL_ORGANISATION("NonGovernmentalOrganisation"),
  /** Non-profit organisation. */
  @JsonProperty("NonProfitOrganisation") NON_PROFIT_ORGANISATION("NonProfitOrganisation"),
  /** Private individual. */
  @JsonProperty("PrivateIndividual") PRIVATE_INDIVIDUAL("PrivateIndividual"),
  /** Regional authority, such as a region. */
  @JsonProperty("RegionalAuthority") REGIONAL_AUTHORITY("RegionalAuthority"),
  /** Standardisation body. */
  @JsonProperty("StandardisationBody") STANDARDISATION_BODY("StandardisationBody"),
  /** Supra-national authority. */
  @JsonProperty("SupraNationalAuthority") SUPRA_NATIONAL_AUTHORITY("SupraNationalAuthority");

  private static final String BASE = "http://purl.org/adms/publishertype/";
  private final String code;

  PublisherType(String code) {
    this.code = code;
  }

  /** @return the ADMS code, e.g. {@code LocalAuthority} */
  public String getCode() {
    return code;
  }

  /** @return the ADMS concept URI */
  public String getUri() {
    return BASE + code;
  }

  /** @return true for authorities of the public sector (local, regional, national, supra-national) */
  public boolean isPublicAuthority() {
    return this == LOCAL_AUTHORITY || this == REGIONAL_AUTHORITY || this == NATIONAL_AUTHORITY
        || this == SUPRA_NATIONAL_AUTHORITY;
  }
}
