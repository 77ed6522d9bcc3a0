package se.odis.dcat;

import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;

/** The RDF serialisations ODIS reads and writes. */
public enum RdfSyntax {
  /** Turtle ({@code .ttl}). */
  TURTLE(Lang.TURTLE),
  /** RDF/XML ({@code .rdf}, {@code .xml}, {@code .owl}). */
  RDF_XML(Lang.RDFXML),
  /** JSON-LD ({@code .jsonld}, {@code .json}). Remote {@code @context} documents are never fetched. */
  JSON_LD(Lang.JSONLD),
  /** N-Triples ({@code .nt}). */
  N_TRIPLES(Lang.NTRIPLES);

  private final Lang lang;

  RdfSyntax(Lang lang) {
    this.lang = lang;
  }

  Lang lang() {
    return lang;
  }

  /**
   * Tells the syntax from a file name's extension, ignoring case: {@code .ttl}/{@code .turtle};
   * {@code .rdf}/{@code .xml}/{@code .owl}; {@code .jsonld}/{@code .json}; {@code .nt}.
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
      default: return Optional.empty();
    }
  }
}
