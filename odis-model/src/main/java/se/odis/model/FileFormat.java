package se.odis.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What ODIS knows of a distribution's format: a normalised code and its openness on the 5-star
 * scale of open data (as ckanext-qa scores it). Built from free-text formats ({@code "csv"},
 * {@code ".CSV"}), EU file-type codes or URIs ({@code …/file-type/CSV}) and IANA media types
 * ({@code text/csv}). Immutable.
 */
public final class FileFormat {
  private static final Map<String, FileFormat> BY_CODE = new HashMap<>();
  private static final Map<String, FileFormat> BY_MEDIA_TYPE = new HashMap<>();

  /** The format of an unrecognised or absent format: 0 stars, not machine-readable. */
  public static final FileFormat UNKNOWN = new FileFormat("UNKNOWN", 0, false);

  static {
    // stars: 0 web page, 1 document on the web, 2 machine-readable but proprietary,
    // 3 open machine-readable format, 5 linked data (RDF).
    add("HTML", 0, false, "text/html", "application/xhtml+xml", "HTM");
    add("PDF", 1, true, "application/pdf");
    add("DOC", 1, true, "application/msword");
    add("DOCX", 1, true, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    add("ODT", 1, false, "application/vnd.oasis.opendocument.text");
    add("TXT", 1, false, "text/plain");
    add("PNG", 1, false, "image/png");
    add("JPEG", 1, false, "image/jpeg", "JPG");
    add("TIFF", 1, false, "image/tiff", "TIF");
    add("XLS", 2, true, "application/vnd.ms-excel");
    add("XLSX", 2, true, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    add("SHP", 2, true, "application/x-shapefile", "SHAPE", "SHAPEFILE", "ESRI SHAPEFILE");
    add("MDB", 2, true, "application/x-msaccess", "ACCESS");
    add("DBF", 2, true, "application/dbf");
    add("CSV", 3, false, "text/csv");
    add("TSV", 3, false, "text/tab-separated-values");
    add("JSON", 3, false, "application/json");
    add("XML", 3, false, "application/xml", "text/xml");
    add("GEOJSON", 3, false, "application/geo+json", "application/vnd.geo+json");
    add("ODS", 3, false, "application/vnd.oasis.opendocument.spreadsheet");
    add("GML", 3, false, "application/gml+xml");
    add("KML", 3, false, "application/vnd.google-earth.kml+xml");
    add("GPKG", 3, false, "application/geopackage+sqlite3", "GEOPACKAGE");
    add("WMS", 3, false, "application/vnd.ogc.wms_xml", "WMS_SRVC", "OGC WMS");
    add("WFS", 3, false, "application/vnd.ogc.wfs_xml", "WFS_SRVC", "OGC WFS");
    add("WMTS", 3, false, null, "WMTS_SRVC");
    add("PARQUET", 3, false, "application/vnd.apache.parquet");
    add("NETCDF", 3, false, "application/x-netcdf", "NETCDF4");
    add("ZIP", 1, false, "application/zip");
    add("RDF", 5, false, "application/rdf+xml", "RDF_XML", "RDF/XML", "RDFXML");
    add("TURTLE", 5, false, "text/turtle", "TTL", "RDF_TURTLE");
    add("JSON-LD", 5, false, "application/ld+json", "JSON_LD", "JSONLD");
    add("N-TRIPLES", 5, false, "application/n-triples", "RDF_N_TRIPLES", "NT");
    add("SPARQL", 5, false, "application/sparql-results+json", "SPARQLQ");
  }

  private final String code;
  private final int stars;
  private final boolean proprietary;

  private FileFormat(String code, int stars, boolean proprietary) {
    this.code = code;
    this.stars = stars;
    this.proprietary = proprietary;
  }

  private static void add(String code, int stars, boolean proprietary, String mediaType, String... aliases) {
    FileFormat f = new FileFormat(code, stars, proprietary);
    BY_CODE.put(code, f);
    for (String a : aliases) BY_CODE.put(a, f);
    if (mediaType != null) BY_MEDIA_TYPE.put(mediaType, f);
  }

  /**
   * Recognises a format from what a distribution says of itself.
   *
   * @param format free text, an EU file-type code or URI; may be null
   * @param mediaType an IANA media type, possibly with parameters or as an IANA URI; may be null
   * @return the format, {@link #UNKNOWN} if neither is recognised
   */
  public static FileFormat of(@Nullable String format, @Nullable String mediaType) {
    if (format != null) {
      String f = format.strip();
      int slash = f.lastIndexOf('/');
      if (f.contains("://") && slash >= 0) {
        String tail = f.substring(slash + 1);
        if (f.contains("iana.org/assignments/media-types/")) {
          FileFormat byType = byMediaType(f.substring(f.indexOf("media-types/") + 12));
          if (byType != UNKNOWN) return byType;
        }
        f = tail;
      }
      f = f.toUpperCase(Locale.ROOT);
      if (f.startsWith(".")) f = f.substring(1);
      FileFormat byCode = BY_CODE.get(f);
      if (byCode != null) return byCode;
      FileFormat byType = byMediaType(format.strip().toLowerCase(Locale.ROOT));
      if (byType != UNKNOWN) return byType;
    }
    if (mediaType != null) {
      String m = mediaType.strip().toLowerCase(Locale.ROOT);
      if (m.contains("iana.org/assignments/media-types/")) m = m.substring(m.indexOf("media-types/") + 12);
      return byMediaType(m);
    }
    return UNKNOWN;
  }

  private static FileFormat byMediaType(String m) {
    int semi = m.indexOf(';');
    String bare = (semi >= 0 ? m.substring(0, semi) : m).strip().toLowerCase(Locale.ROOT);
    return BY_MEDIA_TYPE.getOrDefault(bare, UNKNOWN);
  }

  /** @return the normalised code, e.g. {@code CSV}; {@code UNKNOWN} if not recognised */
  public String getCode() {
    return code;
  }

  /** @return openness from 0 (web page) to 5 (linked data); 0 if not recognised */
  public int getStars() {
    return stars;
  }

  /** @return true if a program can read the data's structure (2 stars or more) */
  public boolean isMachineReadable() {
    return stars >= 2;
  }

  /** @return true if the format is owned by a vendor (XLS, SHP, DOC, PDF…) */
  public boolean isProprietary() {
    return proprietary;
  }

  /** @return true if ODIS recognised the format */
  public boolean isKnown() {
    return this != UNKNOWN;
  }

  @Override
  public String toString() {
    return code;
  }
}
