package se.odis.dcat;

import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;

/** The RDF serialisations ODIS reads and writes. */
public enum RdfSyntax {
  /** Turtle ({@code .ttl}). */
  TURTLE(Lang.TURTLE, "Turtle", "text/turtle"),
  /** RDF/XML ({@code .rdf}, {@code .xml}, {@code .owl}). */
  RDF_XML(Lang.RDFXML, "RDF/XML", "application/rdf+xml"),
  /** JSON-LD ({@code .jsonld}, {@code .json}). Remote {@code @context} documents are never fetched. */
  JSON_LD(Lang.JSONLD, "JSON-LD", "application/ld+json"),
  /** N-Triples ({@code .nt}). */
  N_TRIPLES(Lang.NTRIPLES, "N-Triples", "application/n-triples"),
  /**
   * RDF/JSON ({@code .rj}), the W3C note's {@code {"subject": {"predicate": [{"type": …, "value": …}]}}}
   * shape in which Sveriges dataportal (EntryStore) serves its records.
   */
  RDF_JSON(Lang.RDFJSON, "RDF/JSON", "application/rdf+json");

  private final Lang lang;
  private final String label;
  private final String mediaType;

  RdfSyntax(Lang lang, String label, String mediaType) {
    this.lang = lang;
    this.label = label;
    this.mediaType = mediaType;
  }

  Lang lang() {
    return lang;
  }

  /** @return the syntax's usual name, e.g. {@code RDF/XML}, for messages */
  public String label() {
    return label;
  }

  /** @return the syntax's registered media type, e.g. {@code text/turtle} */
  public String mediaType() {
    return mediaType;
  }

  /**
   * Tells the syntax from a file name's extension, ignoring case: {@code .ttl}/{@code .turtle};
   * {@code .rdf}/{@code .xml}/{@code .owl}; {@code .jsonld}/{@code .json}; {@code .nt};
   * {@code .rj}. A name is only a hint: {@link DcatImporter} reads what the content is.
   *
   * @param fileName a file name or path
   * @return the syntax, or empty if the extension is not one of these
   */
  public static Optional<RdfSyntax> fromFileName(String fileName) {
    if (fileName == null) return Optional.empty();
    String n = fileName.strip().toLowerCase(Locale.ROOT);
    int dot = n.lastIndexOf('.');
    if (dot < 0 || dot < Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'))) return Optional.empty();
    switch (n.substring(dot + 1)) {
      case "ttl": case "turtle": return Optional.of(TURTLE);
      case "rdf": case "xml": case "owl": return Optional.of(RDF_XML);
      case "jsonld": case "json-ld": case "json": return Optional.of(JSON_LD);
      case "nt": return Optional.of(N_TRIPLES);
      case "rj": return Optional.of(RDF_JSON);
      default: return Optional.empty();
    }
  }

  /**
   * Tells the syntax from a media type as an HTTP server sends it ({@code Content-Type}), ignoring
   * parameters and case. {@code application/json} is not told: it may be JSON-LD or RDF/JSON.
   *
   * @param mediaType a media type such as {@code text/turtle; charset=utf-8}, or null
   * @return the syntax, or empty if the media type is not an RDF syntax's
   */
  public static Optional<RdfSyntax> fromMediaType(String mediaType) {
    if (mediaType == null) return Optional.empty();
    String m = mediaType.strip().toLowerCase(Locale.ROOT);
    int semi = m.indexOf(';');
    if (semi >= 0) m = m.substring(0, semi).strip();
    switch (m) {
      case "text/turtle": case "application/x-turtle": return Optional.of(TURTLE);
      case "application/rdf+xml": return Optional.of(RDF_XML);
      case "application/ld+json": return Optional.of(JSON_LD);
      case "application/n-triples": return Optional.of(N_TRIPLES);
      case "application/rdf+json": return Optional.of(RDF_JSON);
      default: return Optional.empty();
    }
  }
}
