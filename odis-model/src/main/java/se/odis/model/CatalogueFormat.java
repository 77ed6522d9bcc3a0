package se.odis.model;

/** The kind of catalogue a dataset was imported from. */
public enum CatalogueFormat {
  /** A DCAT-AP or DCAT-AP-SE catalogue in RDF. */
  DCAT,
  /** CKAN package metadata in JSON. */
  CKAN
}
