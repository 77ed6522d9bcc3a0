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

  /** The ELI of Implementing Regulation (EU) 2023/138, as DCAT-AP HVD cites it in {@code dcatap:applicableLegislation}. */
  public static final String REGULATION = "http://data.europa.eu/eli/reg_impl/2023/138/oj";

  /**
   * The regulation as catalogues cite it: the act ({@code …/reg_impl/2023/138/oj}), a language
   * version ({@code …/oj/eng}) or a format of one ({@code …/oj/eng/pdf}), over http or https, on
   * data.europa.eu or EUR-Lex, with or without a final slash.
   */
  private static final java.util.regex.Pattern REGULATION_ELI = java.util.regex.Pattern.compile(
      "(?i)https?://(?:www\\.)?(?:data\\.europa\\.eu|eur-lex\\.europa\\.eu)/eli/reg_impl/2023/138/oj(?:/[a-z]{3}(?:/[a-z0-9]+)?)?/*");

  /**
   * Tells whether a legislation URI cites Implementing Regulation (EU) 2023/138.
   *
   * @param legislation an ELI URI, or null
   * @return true for the regulation in any of its ELI forms
   */
  public static boolean isRegulation(String legislation) {
    return legislation != null && REGULATION_ELI.matcher(legislation.strip()).matches();
  }

  /**
   * Tells whether a dataset is a high-value dataset: it names an HVD category, or it cites the
   * regulation in its applicable legislation (then a missing category is a finding of its own).
   *
   * @param dataset the dataset
   * @return true if it is in the regulation's scope by its own statement
   */
  public static boolean isHighValue(Dataset dataset) {
    return dataset.getHvdCategory() != null
        || dataset.getApplicableLegislation().stream().anyMatch(u -> isRegulation(u.toString()));
  }

  /** @return the category's name in Swedish and English, as DCAT-AP-SE labels it ({@link Labels}) */
  public LocalizedText getLabel() {
    return Labels.of(this);
  }
}
