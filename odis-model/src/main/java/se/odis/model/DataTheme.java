package se.odis.model;

/** The EU data themes (authority table data-theme) that DCAT-AP(-SE) uses for {@code dcat:theme}. */
public enum DataTheme {
  /** Agriculture, fisheries, forestry and food. */
  AGRI,
  /** Economy and finance. */
  ECON,
  /** Education, culture and sport. */
  EDUC,
  /** Energy. */
  ENER,
  /** Environment. */
  ENVI,
  /** Government and public sector. */
  GOVE,
  /** Health. */
  HEAL,
  /** International issues. */
  INTR,
  /** Justice, legal system and public safety. */
  JUST,
  /** Regions and cities. */
  REGI,
  /** Population and society. */
  SOCI,
  /** Science and technology. */
  TECH,
  /** Transport. */
  TRAN,
  /** Provisional data. */
  OP_DATPRO;

  /** @return the concept URI in the EU vocabulary */
  public String getUri() {
    return "http://publications.europa.eu/resource/authority/data-theme/" + name();
  }
}
