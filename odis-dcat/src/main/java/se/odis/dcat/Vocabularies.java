package se.odis.dcat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import se.odis.model.AccessRights;
import se.odis.model.DataTheme;
import se.odis.model.FileFormat;
import se.odis.model.Frequency;
import se.odis.model.HvdCategory;
import se.odis.model.Lifecycle;
import se.odis.model.LocalizedText;
import se.odis.model.PublisherType;

/**
 * The controlled vocabularies of DCAT-AP(-SE): how their concept URIs map to the ODIS enums and
 * back, with the labels the exporter writes. URIs are matched leniently (http or https, with or
 * without {@code www.} and a trailing slash, the EU {@code mdr/authority} alias); what is not
 * recognised is null, and the caller notes it.
 */
final class Vocabularies {
  private Vocabularies() {}

  // Compiled once (bare runs for every URI compared with a vocabulary), and first, before the
  // static fields below that may call the methods using them.
  private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("^(?i)https?://");
  private static final java.util.regex.Pattern WWW = java.util.regex.Pattern.compile("^(?i)www\\.");
  private static final java.util.regex.Pattern FREQUENCY_SEPARATORS = java.util.regex.Pattern.compile("[ _-]");
  private static final java.util.regex.Pattern MEDIA_TYPE =
      java.util.regex.Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*");

  static final String EU_AUTHORITY = "http://publications.europa.eu/resource/authority/";
  static final String DATA_THEME = EU_AUTHORITY + "data-theme/";
  static final String FILE_TYPE = EU_AUTHORITY + "file-type/";
  static final String ACCESS_RIGHT = EU_AUTHORITY + "access-right/";
  static final String FREQUENCY = EU_AUTHORITY + "frequency/";
  static final String DATASET_STATUS = EU_AUTHORITY + "dataset-status/";
  static final String DISTRIBUTION_STATUS = EU_AUTHORITY + "distribution-status/";
  static final String ADMS_PUBLISHER_TYPE = "http://purl.org/adms/publishertype/";
  static final String ADMS_STATUS = "http://purl.org/adms/status/";
  static final String HVD_BASE = "http://data.europa.eu/bna/";
  static final String DC_FREQ = "http://purl.org/cld/freq/";
  static final String IANA_MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";

  /**
   * Returns what follows a vocabulary's base in a URI, matched leniently, or null.
   *
   * @param uri the concept URI as found
   * @param base the vocabulary base, ending in "/"
   */
  static String codeIn(String uri, String base) {
    if (uri == null) return null;
    String u = bare(uri);
    String b = bare(base);
    if (!u.startsWith(b) && b.startsWith("publications.europa.eu/resource/authority/")) {
      b = b.replace("/resource/authority/", "/mdr/authority/");
    }
    if (!u.startsWith(b)) return null;
    String code = u.substring(b.length());
    while (code.endsWith("/")) code = code.substring(0, code.length() - 1);
    return code.isEmpty() || code.contains("/") ? null : code;
  }

  private static String bare(String uri) {
    return WWW.matcher(SCHEME.matcher(uri.strip()).replaceFirst("")).replaceFirst("");
  }

  // ---- data themes ---------------------------------------------------------------------------

  static DataTheme theme(String uri) {
    String code = codeIn(uri, DATA_THEME);
    if (code == null) return null;
    try {
      return DataTheme.valueOf(code.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static final Map<DataTheme, LocalizedText> THEME_LABELS = new HashMap<>();

  static {
    themeLabel(DataTheme.AGRI, "Jordbruk, fiske, skogsbruk och livsmedel", "Agriculture, fisheries, forestry and food");
    themeLabel(DataTheme.ECON, "Ekonomi och finans", "Economy and finance");
    themeLabel(DataTheme.EDUC, "Utbildning, kultur och sport", "Education, culture and sport");
    themeLabel(DataTheme.ENER, "Energi", "Energy");
    themeLabel(DataTheme.ENVI, "Miljö", "Environment");
    themeLabel(DataTheme.GOVE, "Regeringen och den offentliga sektorn", "Government and public sector");
    themeLabel(DataTheme.HEAL, "Hälsa", "Health");
    themeLabel(DataTheme.INTR, "Internationella frågor", "International issues");
    themeLabel(DataTheme.JUST, "Rättvisa, rättsliga system och allmän säkerhet", "Justice, legal system and public safety");
    themeLabel(DataTheme.REGI, "Regioner och städer", "Regions and cities");
    themeLabel(DataTheme.SOCI, "Befolkning och samhälle", "Population and society");
    themeLabel(DataTheme.TECH, "Vetenskap och teknik", "Science and technology");
    themeLabel(DataTheme.TRAN, "Transport", "Transport");
    themeLabel(DataTheme.OP_DATPRO, "Tillfälliga uppgifter", "Provisional data");
  }

  private static void themeLabel(DataTheme t, String sv, String en) {
    THEME_LABELS.put(t, LocalizedText.of(sv, en));
  }

  /** @return the theme's label in the EU vocabulary, Swedish and English */
  static LocalizedText themeLabel(DataTheme t) {
    return THEME_LABELS.get(t);
  }

  // ---- frequency -----------------------------------------------------------------------------

  private static final Map<String, Frequency> DC_FREQUENCIES = new HashMap<>();

  static {
    // Dublin Core Collection Description Frequency vocabulary, used by DCAT-AP 1.x catalogues.
    DC_FREQUENCIES.put("triennial", Frequency.TRIENNIAL);
    DC_FREQUENCIES.put("biennial", Frequency.BIENNIAL);
    DC_FREQUENCIES.put("annual", Frequency.ANNUAL);
    DC_FREQUENCIES.put("semiannual", Frequency.ANNUAL_2);
    DC_FREQUENCIES.put("threetimesayear", Frequency.ANNUAL_3);
    DC_FREQUENCIES.put("quarterly", Frequency.QUARTERLY);
    DC_FREQUENCIES.put("bimonthly", Frequency.BIMONTHLY);
    DC_FREQUENCIES.put("monthly", Frequency.MONTHLY);
    DC_FREQUENCIES.put("semimonthly", Frequency.MONTHLY_2);
    DC_FREQUENCIES.put("threetimesamonth", Frequency.MONTHLY_3);
    DC_FREQUENCIES.put("biweekly", Frequency.BIWEEKLY);
    DC_FREQUENCIES.put("weekly", Frequency.WEEKLY);
    DC_FREQUENCIES.put("semiweekly", Frequency.WEEKLY_2);
    DC_FREQUENCIES.put("threetimesaweek", Frequency.WEEKLY_3);
    DC_FREQUENCIES.put("daily", Frequency.DAILY);
    DC_FREQUENCIES.put("continuous", Frequency.CONT);
    DC_FREQUENCIES.put("irregular", Frequency.IRREG);
  }

  /** @return the frequency of an EU frequency URI, or null */
  static Frequency euFrequency(String uri) {
    String code = codeIn(uri, FREQUENCY);
    return code == null ? null : frequencyCode(code);
  }

  /** @return the frequency of a Dublin Core Collection frequency URI (DCAT-AP 1.x), or null */
  static Frequency dcFrequency(String uri) {
    String code = codeIn(uri, DC_FREQ);
    return code == null ? null : DC_FREQUENCIES.get(code.toLowerCase(Locale.ROOT));
  }

  /** @return the frequency with this EU code, or null */
  static Frequency frequencyCode(String code) {
    for (Frequency f : Frequency.values()) {
      if (f.getCode().equalsIgnoreCase(code)) return f;
    }
    return null;
  }

  private static final Map<String, Frequency> FREQUENCY_WORDS = new HashMap<>();

  static {
    // Words found in CKAN extras: ISO 19115 maintenance frequency codes and plain English.
    FREQUENCY_WORDS.put("continual", Frequency.CONT);
    FREQUENCY_WORDS.put("continuous", Frequency.CONT);
    FREQUENCY_WORDS.put("realtime", Frequency.CONT);
    FREQUENCY_WORDS.put("daily", Frequency.DAILY);
    FREQUENCY_WORDS.put("weekly", Frequency.WEEKLY);
    FREQUENCY_WORDS.put("fortnightly", Frequency.BIWEEKLY);
    FREQUENCY_WORDS.put("biweekly", Frequency.BIWEEKLY);
    FREQUENCY_WORDS.put("monthly", Frequency.MONTHLY);
    FREQUENCY_WORDS.put("quarterly", Frequency.QUARTERLY);
    FREQUENCY_WORDS.put("biannually", Frequency.ANNUAL_2);
    FREQUENCY_WORDS.put("semiannual", Frequency.ANNUAL_2);
    FREQUENCY_WORDS.put("annually", Frequency.ANNUAL);
    FREQUENCY_WORDS.put("annual", Frequency.ANNUAL);
    FREQUENCY_WORDS.put("yearly", Frequency.ANNUAL);
    FREQUENCY_WORDS.put("irregular", Frequency.IRREG);
    FREQUENCY_WORDS.put("asneeded", Frequency.IRREG);
    FREQUENCY_WORDS.put("notplanned", Frequency.NEVER);
    FREQUENCY_WORDS.put("never", Frequency.NEVER);
    FREQUENCY_WORDS.put("unknown", Frequency.UNKNOWN);
  }

  /** @return the frequency of a URI (EU or Dublin Core) or a code or word, or null */
  static Frequency anyFrequency(String text) {
    if (text == null || text.isBlank()) return null;
    Frequency f = euFrequency(text);
    if (f == null) f = dcFrequency(text);
    if (f == null && !text.contains("/")) f = frequencyCode(text.strip());
    if (f == null) f = FREQUENCY_WORDS.get(FREQUENCY_SEPARATORS.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(""));
    return f;
  }

  // ---- access rights -------------------------------------------------------------------------

  /** @return the access rights of an EU access-right URI (or a bare code), or null */
  static AccessRights accessRights(String uriOrCode) {
    if (uriOrCode == null) return null;
    String code = uriOrCode.contains("/") ? codeIn(uriOrCode, ACCESS_RIGHT) : uriOrCode.strip();
    if (code == null) return null;
    switch (code.toUpperCase(Locale.ROOT).replace('-', '_')) {
      case "PUBLIC": return AccessRights.PUBLIC;
      case "RESTRICTED": return AccessRights.RESTRICTED;
      case "NON_PUBLIC": return AccessRights.NON_PUBLIC;
      default: return null;
    }
  }

  static String accessRightsUri(AccessRights a) {
    return ACCESS_RIGHT + a.name();
  }

  // ---- publisher types -----------------------------------------------------------------------

  /** @return the publisher type of an ADMS publisher-type URI, or null */
  static PublisherType publisherType(String uri) {
    String code = codeIn(uri, ADMS_PUBLISHER_TYPE);
    if (code == null) return null;
    if (code.equals("PrivateIndividual(s)")) return PublisherType.PRIVATE_INDIVIDUAL;
    for (PublisherType t : PublisherType.values()) {
      if (t.getCode().equalsIgnoreCase(code)) return t;
    }
    return null;
  }

  /** @return the URI as the ADMS vocabulary spells it (which writes {@code PrivateIndividual(s)}) */
  static String publisherTypeUri(PublisherType t) {
    return t == PublisherType.PRIVATE_INDIVIDUAL ? ADMS_PUBLISHER_TYPE + "PrivateIndividual(s)" : t.getUri();
  }

  /** @return the English label of the ADMS concept */
  static String publisherTypeLabel(PublisherType t) {
    switch (t) {
      case ACADEMIA_SCIENTIFIC_ORGANISATION: return "Academia/Scientific organisation";
      case COMPANY: return "Company";
      case INDUSTRY_CONSORTIUM: return "Industry consortium";
      case LOCAL_AUTHORITY: return "Local Authority";
      case NATIONAL_AUTHORITY: return "National authority";
      case NON_GOVERNMENTAL_ORGANISATION: return "Non-Governmental Organisation";
      case NON_PROFIT_ORGANISATION: return "Non-Profit Organisation";
      case PRIVATE_INDIVIDUAL: return "Private Individual(s)";
      case REGIONAL_AUTHORITY: return "Regional authority";
      case STANDARDISATION_BODY: return "Standardisation body";
      case SUPRA_NATIONAL_AUTHORITY: return "Supra-national authority";
      default: throw new IllegalArgumentException(t.name());
    }
  }

  // ---- status --------------------------------------------------------------------------------

  /** @return the lifecycle of an ADMS status or EU dataset-status URI, or null */
  static Lifecycle status(String uri) {
    String code = codeIn(uri, ADMS_STATUS);
    if (code == null) code = codeIn(uri, DATASET_STATUS);
    if (code == null) code = codeIn(uri, DISTRIBUTION_STATUS);
    if (code == null) return null;
    switch (code.toUpperCase(Locale.ROOT)) {
      case "COMPLETED": return Lifecycle.PUBLISHED;
      case "DEPRECATED": return Lifecycle.DEPRECATED;
      case "WITHDRAWN": return Lifecycle.WITHDRAWN;
      case "UNDERDEVELOPMENT": case "DEVELOP": return Lifecycle.PLANNED;
      default: return null;
    }
  }

  static String statusUri(Lifecycle l) {
    switch (l) {
      case PUBLISHED: return ADMS_STATUS + "Completed";
      case DEPRECATED: return ADMS_STATUS + "Deprecated";
      case WITHDRAWN: return ADMS_STATUS + "Withdrawn";
      default: return ADMS_STATUS + "UnderDevelopment";
    }
  }

  /** @return the EU distribution-status concept of a lifecycle, as DCAT-AP 3 asks of a distribution's adms:status */
  static String distributionStatusUri(Lifecycle l) {
    switch (l) {
      case PUBLISHED: return DISTRIBUTION_STATUS + "COMPLETED";
      case DEPRECATED: return DISTRIBUTION_STATUS + "DEPRECATED";
      case WITHDRAWN: return DISTRIBUTION_STATUS + "WITHDRAWN";
      default: return DISTRIBUTION_STATUS + "DEVELOP";
    }
  }

  static String statusLabel(Lifecycle l) {
    switch (l) {
      case PUBLISHED: return "Completed";
      case DEPRECATED: return "Deprecated";
      case WITHDRAWN: return "Withdrawn";
      default: return "Under development";
    }
  }

  // ---- high-value datasets -------------------------------------------------------------------

  private static final Map<String, HvdCategory> HVD = new HashMap<>();

  static {
    for (HvdCategory c : HvdCategory.values()) {
      HVD.put(c.getUri().substring(HVD_BASE.length()), c);
    }
    // The HVD vocabulary (http://data.europa.eu/bna/asd487ae75) is a hierarchy: the six categories
    // of the Annex and, below them, the dataset kinds the Annex lists. Catalogues may use the most
    // specific concept; ODIS keeps the category it belongs to.
    sub(HvdCategory.GEOSPATIAL, "c_c3de25e4", "c_6a3f6896", "c_60182062", "c_6c2bb82d", "c_642643e6",
        "c_fbd2fc3f", "c_9427236f");
    sub(HvdCategory.EARTH_OBSERVATION_AND_ENVIRONMENT, "c_38933a65", "c_af646f5b", "c_c873f344",
        "c_87a129d9", "c_b21e1296", "c_ad9ae929", "c_4ba9548e", "c_b7de66cd", "c_b7f6a4f3",
        "c_63be22bd", "c_e3f55603", "c_06b1eec4", "c_4d63300b", "c_315692ad", "c_59e64dd4",
        "c_c3919aec", "c_63b37dd4", "c_e4358335", "c_f399050e", "c_4dd389c5", "c_91185a85",
        "c_b40e6d46", "c_59c93ba5", "c_83aa10a6", "c_7b8fbb64", "c_793164b6", "c_43f88346");
    sub(HvdCategory.METEOROLOGICAL, "c_3af3368c", "c_36807466", "c_13e3cf16", "c_d13a4420", "c_be47b010");
    sub(HvdCategory.STATISTICS, "c_04bf94a3", "c_4ac557e7", "c_f2b50efd", "c_317b9493", "c_fd4e881c",
        "c_a2c6dcd8", "c_6a7250c1", "c_c0022235", "c_2aed31f9", "c_34abf8c1", "c_dd8f4797",
        "c_424bb0b4", "c_4acb6bf3", "c_23385471", "c_20cd11bb", "c_a3767648", "c_92874eb2",
        "c_a8b937c4", "c_a49ec591", "c_b72b721f", "c_95da87c7", "c_59627af3");
    sub(HvdCategory.COMPANIES_AND_COMPANY_OWNERSHIP, "c_56a1bf47", "c_8f0fac04");
    sub(HvdCategory.MOBILITY, "c_b151a0ba", "c_f6886b00", "c_664c9e5a", "c_f76b01e6", "c_e5f69a04",
        "c_25f43866", "c_99bc517f", "c_593bc53d", "c_66b946cb", "c_3e8e3bf7", "c_407951ff",
        "c_fa2a1c3a", "c_298ffb73", "c_9cbe4435", "c_03ba8d92", "c_b24028d7", "c_1e787364",
        "c_7e19ef26", "c_fef208ab", "c_1226dc1a", "c_bc8941d9", "c_883d0205", "c_2037ada4",
        "c_b121e2f6", "c_c19af83a", "c_e50004c6", "c_4b74ea13");
  }

  private static void sub(HvdCategory parent, String... codes) {
    for (String c : codes) HVD.put(c, parent);
  }

  /** @return the HVD category of a concept URI, its own or the one it belongs to; null if unknown */
  static HvdCategory hvdCategory(String uri) {
    String code = codeIn(uri, HVD_BASE);
    return code == null ? null : HVD.get(code.toLowerCase(Locale.ROOT));
  }

  /** @return true if the URI is one of the six top categories (not a concept below one) */
  static boolean isTopHvdCategory(String uri) {
    HvdCategory c = hvdCategory(uri);
    return c != null && codeIn(uri, HVD_BASE).equalsIgnoreCase(c.getUri().substring(HVD_BASE.length()));
  }

  /** @return how many HVD concepts ODIS knows (categories and the concepts below them) */
  static int hvdConceptCount() {
    return HVD.size();
  }

  static boolean isHvdLegislation(String uri) {
    return HvdCategory.isRegulation(uri);
  }

  // ---- formats -------------------------------------------------------------------------------

  /**
   * Returns the EU file-type URI for a format as ODIS recognises it, or null when the format is
   * unknown or the EU table has no concept for it.
   */
  static String fileTypeUri(FileFormat f) {
    switch (f.getCode()) {
      case "UNKNOWN": return null;
      case "RDF": return FILE_TYPE + "RDF_XML";
      case "TURTLE": return FILE_TYPE + "RDF_TURTLE";
      case "JSON-LD": return FILE_TYPE + "JSON_LD";
      case "N-TRIPLES": return FILE_TYPE + "RDF_N_TRIPLES";
      case "SPARQL": return FILE_TYPE + "SPARQLQ";
      case "WMS": return FILE_TYPE + "WMS_SRVC";
      case "WFS": return FILE_TYPE + "WFS_SRVC";
      case "WMTS": return FILE_TYPE + "WMTS_SRVC";
      default: return FILE_TYPE + f.getCode();
    }
  }

  /** @return the IANA URI of a media type written as {@code type/subtype}, or null if it is not one */
  static String ianaUri(String mediaType) {
    if (mediaType == null) return null;
    String m = mediaType.strip().toLowerCase(Locale.ROOT);
    int semi = m.indexOf(';');
    if (semi >= 0) m = m.substring(0, semi).strip();
    return MEDIA_TYPE.matcher(m).matches() ? IANA_MEDIA_TYPES + m : null;
  }
}
