package se.odis.dcat;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The RDF terms ODIS reads and writes. Package-private: the public API speaks the ODIS model. */
final class Vocab {
  private Vocab() {}

  static final String DCAT = "http://www.w3.org/ns/dcat#";
  static final String DCT = "http://purl.org/dc/terms/";
  static final String FOAF = "http://xmlns.com/foaf/0.1/";
  static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
  static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
  static final String ADMS = "http://www.w3.org/ns/adms#";
  static final String DCATAP = "http://data.europa.eu/r5r/";
  static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
  static final String XSD = "http://www.w3.org/2001/XMLSchema#";
  static final String OWL = "http://www.w3.org/2002/07/owl#";
  static final String SCHEMA = "http://schema.org/";
  static final String TIME = "http://www.w3.org/2006/time#";
  static final String LOCN = "http://www.w3.org/ns/locn#";
  static final String ELI = "http://data.europa.eu/eli/ontology#";

  /** The HVD implementing regulation, as DCAT-AP HVD names it in dcatap:applicableLegislation. */
  static final String HVD_LEGISLATION = se.odis.model.HvdCategory.REGULATION;

  static Property p(String ns, String local) {
    return ResourceFactory.createProperty(ns, local);
  }

  static Resource r(String ns, String local) {
    return ResourceFactory.createResource(ns + local);
  }

  // classes
  static final Resource DATASET = r(DCAT, "Dataset");
  static final Resource DISTRIBUTION = r(DCAT, "Distribution");
  static final Resource DATA_SERVICE = r(DCAT, "DataService");
  static final Resource CATALOG_RECORD = r(DCAT, "CatalogRecord");
  static final Resource AGENT = r(FOAF, "Agent");
  static final Resource DOCUMENT = r(FOAF, "Document");
  static final Resource VCARD_KIND = r(VCARD, "Kind");
  static final Resource VCARD_ORGANIZATION = r(VCARD, "Organization");
  static final Resource CONCEPT = r(SKOS, "Concept");
  static final Resource PERIOD_OF_TIME = r(DCT, "PeriodOfTime");
  static final Resource LICENSE_DOCUMENT = r(DCT, "LicenseDocument");
  static final Resource MEDIA_TYPE_OR_EXTENT = r(DCT, "MediaTypeOrExtent");
  static final Resource MEDIA_TYPE = r(DCT, "MediaType");
  static final Resource RIGHTS_STATEMENT = r(DCT, "RightsStatement");
  static final Resource FREQUENCY = r(DCT, "Frequency");
  static final Resource LOCATION = r(DCT, "Location");
  static final Resource STANDARD = r(DCT, "Standard");
  static final Resource LEGAL_RESOURCE = r(ELI, "LegalResource");
  static final Resource LINGUISTIC_SYSTEM = r(DCT, "LinguisticSystem");
  static final Resource RDFS_RESOURCE = r(RDFS, "Resource");

  // rdf, rdfs, skos, owl
  static final Property TYPE = p(RDF, "type");
  static final Property LABEL = p(RDFS, "label");
  static final Property RDF_VALUE = p(RDF, "value");
  static final Property PREF_LABEL = p(SKOS, "prefLabel");
  static final Property EXACT_MATCH = p(SKOS, "exactMatch");
  static final Property SAME_AS = p(OWL, "sameAs");

  // dcat
  static final Property DCAT_DATASET = p(DCAT, "dataset");
  static final Property DCAT_DISTRIBUTION = p(DCAT, "distribution");
  static final Property ACCESS_URL = p(DCAT, "accessURL");
  static final Property DOWNLOAD_URL = p(DCAT, "downloadURL");
  static final Property ACCESS_SERVICE = p(DCAT, "accessService");
  static final Property MEDIA_TYPE_P = p(DCAT, "mediaType");
  static final Property BYTE_SIZE = p(DCAT, "byteSize");
  static final Property CONTACT_POINT = p(DCAT, "contactPoint");
  static final Property THEME = p(DCAT, "theme");
  static final Property KEYWORD = p(DCAT, "keyword");
  static final Property LANDING_PAGE = p(DCAT, "landingPage");
  static final Property START_DATE = p(DCAT, "startDate");
  static final Property END_DATE = p(DCAT, "endDate");
  static final Property ENDPOINT_URL = p(DCAT, "endpointURL");
  static final Property ENDPOINT_DESCRIPTION = p(DCAT, "endpointDescription");
  static final Property SERVES_DATASET = p(DCAT, "servesDataset");

  // dcterms
  static final Property TITLE = p(DCT, "title");
  static final Property DESCRIPTION = p(DCT, "description");
  static final Property IDENTIFIER = p(DCT, "identifier");
  static final Property PUBLISHER = p(DCT, "publisher");
  static final Property DCT_TYPE = p(DCT, "type");
  static final Property LICENSE = p(DCT, "license");
  static final Property RIGHTS = p(DCT, "rights");
  static final Property ACCESS_RIGHTS = p(DCT, "accessRights");
  static final Property ACCRUAL_PERIODICITY = p(DCT, "accrualPeriodicity");
  static final Property ISSUED = p(DCT, "issued");
  static final Property MODIFIED = p(DCT, "modified");
  static final Property SPATIAL = p(DCT, "spatial");
  static final Property TEMPORAL = p(DCT, "temporal");
  static final Property CONFORMS_TO = p(DCT, "conformsTo");
  static final Property FORMAT = p(DCT, "format");
  static final Property LANGUAGE = p(DCT, "language");
  static final Property CREATOR = p(DCT, "creator");

  // foaf
  static final Property FOAF_NAME = p(FOAF, "name");
  static final Property FOAF_PAGE = p(FOAF, "page");
  static final Property FOAF_MBOX = p(FOAF, "mbox");
  static final Property PRIMARY_TOPIC = p(FOAF, "primaryTopic");

  // vcard
  static final Property VCARD_FN = p(VCARD, "fn");
  static final Property VCARD_ORGANIZATION_NAME = p(VCARD, "organization-name");
  static final Property HAS_EMAIL = p(VCARD, "hasEmail");
  static final Property HAS_URL = p(VCARD, "hasURL");
  static final Property HAS_TELEPHONE = p(VCARD, "hasTelephone");
  static final Property HAS_VALUE = p(VCARD, "hasValue");

  // adms, dcatap
  static final Property ADMS_CONTACT_POINT = p(ADMS, "contactPoint");
  static final Property ADMS_STATUS = p(ADMS, "status");
  static final Property HVD_CATEGORY = p(DCATAP, "hvdCategory");
  static final Property APPLICABLE_LEGISLATION = p(DCATAP, "applicableLegislation");

  // DCAT-AP 1.x and other legacy terms
  static final Property SCHEMA_START_DATE = p(SCHEMA, "startDate");
  static final Property SCHEMA_END_DATE = p(SCHEMA, "endDate");
  static final Property HAS_BEGINNING = p(TIME, "hasBeginning");
  static final Property HAS_END = p(TIME, "hasEnd");
  static final Property IN_XSD_DATE = p(TIME, "inXSDDate");
  static final Property IN_XSD_DATE_TIME = p(TIME, "inXSDDateTime");
  static final Property IN_XSD_DATE_TIME_STAMP = p(TIME, "inXSDDateTimeStamp");
  static final Property GEOGRAPHIC_NAME = p(LOCN, "geographicName");
  static final Property GEOMETRY = p(LOCN, "geometry");
  static final Property BBOX = p(DCAT, "bbox");
}
