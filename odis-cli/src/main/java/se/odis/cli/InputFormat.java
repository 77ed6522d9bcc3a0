package se.odis.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import se.odis.dcat.RdfSyntax;

/**
 * What {@code odis assess} reads: {@code --from odis|dcat|ckan} and, for DCAT, the RDF syntax
 * ({@code --input-format}). Both accept any case.
 */
final class InputFormat {
  private InputFormat() {}

  /** {@code --from}: the kind of input. */
  enum From {
    /** ODIS dataset JSON: one dataset, a JSON array or NDJSON. */
    ODIS("odis"),
    /** A DCAT-AP(-SE) catalogue in RDF; every dataset in it. */
    DCAT("dcat"),
    /** CKAN package JSON; every package in it. */
    CKAN("ckan");

    final String name;

    From(String name) {
      this.name = name;
    }

    /**
     * Tells whether a directory walk reads a file of this name.
     *
     * @param fileName the file's name
     * @param syntax for DCAT, the syntax given for every catalogue file (then any file is read), or
     *     null (then only a name that tells a syntax)
     */
    boolean accepts(String fileName, RdfSyntax syntax) {
      String n = fileName.toLowerCase(Locale.ROOT);
      switch (this) {
        case DCAT:
          return syntax != null || RdfSyntax.fromFileName(n).isPresent();
        case CKAN:
          return n.endsWith(".json");
        default:
          return n.endsWith(".json") || n.endsWith(".ndjson") || n.endsWith(".jsonl");
      }
    }

    /** @return what one file of this kind is called in messages: dataset, catalogue or CKAN */
    String fileKind() {
      return this == DCAT ? "catalogue" : this == CKAN ? "CKAN" : "dataset";
    }

    /** @return the files of this kind a directory walk reads, with their endings, for messages */
    String extensions() {
      switch (this) {
        case DCAT:
          return "catalogue (*.ttl, *.rdf, *.xml, *.jsonld, *.json, *.nt, *.rj)";
        case CKAN:
          return "CKAN (*.json)";
        default:
          return "dataset (*.json, *.ndjson, *.jsonl)";
      }
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** {@code --input-format}: the RDF syntax of a DCAT catalogue. */
  enum Syntax {
    TURTLE("turtle", RdfSyntax.TURTLE),
    RDFXML("rdfxml", RdfSyntax.RDF_XML),
    JSONLD("jsonld", RdfSyntax.JSON_LD),
    NTRIPLES("ntriples", RdfSyntax.N_TRIPLES),
    RDFJSON("rdfjson", RdfSyntax.RDF_JSON);

    final String name;
    final RdfSyntax syntax;

    Syntax(String name, RdfSyntax syntax) {
      this.name = name;
      this.syntax = syntax;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static String names(Enum<?>[] values) {
    return Arrays.stream(values).map(Object::toString).collect(Collectors.joining(", "));
  }

  /** Converts {@code --from}. */
  static final class FromConverter implements ITypeConverter<From> {
    @Override
    public From convert(String value) {
      for (From f : From.values()) {
        if (f.name.equalsIgnoreCase(value.strip())) return f;
      }
      throw new TypeConversionException("'" + value + "' is not an input kind; expected one of " + names(From.values()));
    }
  }

  /** Converts {@code --input-format}. */
  static final class SyntaxConverter implements ITypeConverter<Syntax> {
    @Override
    public Syntax convert(String value) {
      String v = value.strip().replace("-", "").replace("/", "");
      for (Syntax s : Syntax.values()) {
        if (s.name.equalsIgnoreCase(v)) return s;
      }
      throw new TypeConversionException("'" + value + "' is not an RDF syntax; expected one of " + names(Syntax.values()));
    }
  }

  /** The values shown in help for {@code --from}. */
  static final class FromCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(From.values()).map(Object::toString).iterator();
    }
  }

  /** The values shown in help for {@code --input-format}. */
  static final class SyntaxCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Syntax.values()).map(Object::toString).iterator();
    }
  }
}
