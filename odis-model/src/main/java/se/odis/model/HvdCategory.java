package se.odis.model;

/**
 * The six thematic categories of high-value datasets in Commission Implementing Regulation
 * (EU) 2023/138, with their concept URIs in the EU vocabulary used by DCAT-AP HVD.
 */
public enum HvdCategory {
  /** Geospatial (Annex 1). */
  GEOSPATIAL("c_ac64a52d"),
  /** Earth observation and environment (Annex 2). */
  EARTH_OBSERVATION_AND_ENVIRONMENT("c_dd313021"),
  /** Meteorological (Annex 3). */
  METEOROLOGICAL("c_164e0bf5"),
  /** Statistics (Annex 4). */
  STATISTICS("c_e1da4e07"),
  /** Companies and company ownership (Annex 5). */
  COMPANIES_AND_COMPANY_OWNERSHIP("c_a9135398"),
  /** Mobility (Annex 6). */
  MOBILITY("c_b79e35eb");

  private final String code;

  HvdCategory(String code) {
    this.code = code;
  }

  /** @return the concept URI, e.g. {@code http://data.europa.eu/bna/c_b79e35eb} */
  public String getUri() {
    return "http://data.europa.eu/bna/" + code;
  }

  /** @return the category's name in Swedish and English, as DCAT-AP-SE labels it ({@link Labels}) */
  public LocalizedText getLabel() {
    return Labels.of(this);
  }
}
