package se.odis.model;

/**
 * The six thematic categories of high-value datasets in Commission Implementing Regulation
 * (EU) 2023/138, with their concept URIs in the EU vocabulary used by DCAT-AP HVD.
 */
public enum HvdCategory {
  /** Geospatial (Annex 1). */
  GEOSPATIAL("c_ac64a52d", "Geodata", "Geospatial"),
  /** Earth observation and environment (Annex 2). */
  EARTH_OBSERVATION_AND_ENVIRONMENT("c_dd313021", "Jordobservation och miljö", "Earth observation and environment"),
  /** Meteorological (Annex 3). */
  METEOROLOGICAL("c_164e0bf5", "Meteorologi", "Meteorological"),
  /** Statistics (Annex 4). */
  STATISTICS("c_e1da4e07", "Statistik", "Statistics"),
  /** Companies and company ownership (Annex 5). */
  COMPANIES_AND_COMPANY_OWNERSHIP("c_a9135398", "Företag och ägande av företag", "Companies and company ownership"),
  /** Mobility (Annex 6). */
  MOBILITY("c_b79e35eb", "Rörlighet", "Mobility");

  private final String code;
  private final String sv;
  private final String en;

  HvdCategory(String code, String sv, String en) {
    this.code = code;
    this.sv = sv;
    this.en = en;
  }

  /** @return the concept URI, e.g. {@code http://data.europa.eu/bna/c_b79e35eb} */
  public String getUri() {
    return "http://data.europa.eu/bna/" + code;
  }

  /** @return the category's name in Swedish and English */
  public LocalizedText getLabel() {
    return LocalizedText.of(sv, en);
  }
}
