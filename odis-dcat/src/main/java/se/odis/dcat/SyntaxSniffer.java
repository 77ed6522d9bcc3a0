package se.odis.dcat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;
import se.odis.model.Nullable;

/**
 * Tells an RDF document's syntax from its first bytes. A file name or a server's media type is
 * only a hint, used when the content does not decide: real catalogues are served as Turtle in a
 * file named {@code .rdf}, or as RDF/JSON named {@code .json}.
 */
final class SyntaxSniffer {
  private static final JsonFactory JSON = new JsonFactory();
  /** How far into the document the Turtle / N-Triples decision looks. */
  private static final int LINES_LOOKED_AT = 50;
  private static final int BYTES_LOOKED_AT = 64 * 1024;
  private static final Pattern NT_LINE = Pattern.compile(
      "\\s*(<[^>\\s]*>|_:\\S+)\\s+<[^>\\s]*>\\s+(<[^>\\s]*>|_:\\S+|\"(?:[^\"\\\\]|\\\\.)*\"(\\^\\^<[^>\\s]*>|@[A-Za-z0-9-]+)?)\\s*\\.\\s*(#.*)?");
  private static final Set<String> RDF_JSON_KEYS = Set.of("type", "value", "lang", "datatype");

  private SyntaxSniffer() {}

  /** What the syntax was told from. */
  enum Basis {
    /** The content decided. */
    CONTENT,
    /** The content did not decide; the hint (a file name, a media type) did. */
    HINT,
    /** Neither decided: Turtle, the most forgiving of the text syntaxes, was tried. */
    DEFAULT
  }

  /** A syntax and how it was told. */
  static final class Sniffed {
    final RdfSyntax syntax;
    final Basis basis;
    final @Nullable RdfSyntax hint;
    final @Nullable String hintSource;

    Sniffed(RdfSyntax syntax, Basis basis, @Nullable RdfSyntax hint, @Nullable String hintSource) {
      this.syntax = syntax;
      this.basis = basis;
      this.hint = hint;
      this.hintSource = hintSource;
    }

    /** @return true when the hint named another syntax than the content shows */
    boolean contradictsHint() {
      return basis == Basis.CONTENT && hint != null && hint != syntax;
    }

    /**
     * @return why this syntax was tried, for an error message, or "" when nothing needs saying (the
     *     content and the hint agree)
     */
    String why() {
      switch (basis) {
        case CONTENT:
          return contradictsHint()
              ? " (read as " + syntax.label() + " by its content; " + hintSource + " suggests " + hint.label() + ")"
              : hint == null ? " (read as " + syntax.label() + " by its content)" : "";
        case HINT:
          return " (read as " + syntax.label() + " because " + hintSource + " says so; the content does not tell)";
        default:
          return " (neither " + (hintSource == null ? "a name" : hintSource) + " nor the content tells the syntax; "
              + syntax.label() + " was tried)";
      }
    }
  }

  /**
   * @param bytes the document
   * @param offset where it starts (after a byte-order mark)
   * @param hint the syntax a file name or media type suggests, or null
   * @param hintSource what the hint came from, e.g. "the file name", for messages; null without a hint
   */
  static Sniffed sniff(byte[] bytes, int offset, @Nullable RdfSyntax hint, @Nullable String hintSource) {
    RdfSyntax told = byContent(bytes, offset, hint);
    if (told != null) return new Sniffed(told, Basis.CONTENT, hint, hintSource);
    if (hint != null) return new Sniffed(hint, Basis.HINT, hint, hintSource);
    return new Sniffed(RdfSyntax.TURTLE, Basis.DEFAULT, null, hintSource);
  }

  /** @return the syntax the content shows, or null if it does not decide */
  private static RdfSyntax byContent(byte[] b, int offset, @Nullable RdfSyntax hint) {
    int i = offset;
    while (i < b.length && isSpace(b[i])) i++;
    if (i >= b.length) return null;
    switch (b[i]) {
      case '{':
        return json(b, i, hint);
      case '[':
        return arrayOrBlankNode(b, i);
      case '(':
        return RdfSyntax.TURTLE; // a Turtle collection
      case '<':
        if (startsWith(b, i, "<?xml") || startsWith(b, i, "<!")) return RdfSyntax.RDF_XML;
        return isIri(b, i) ? turtleOrNTriples(b, i) : RdfSyntax.RDF_XML;
      case '@':
      case '#':
        return turtleOrNTriples(b, i);
      case '_':
        return startsWith(b, i, "_:") ? turtleOrNTriples(b, i) : null;
      default:
        if (startsWithWord(b, i, "PREFIX") || startsWithWord(b, i, "BASE")) return RdfSyntax.TURTLE;
        return null;
    }
  }

  /**
   * After {@code [}: a JSON-LD array of nodes ({@code [{…}]}, or {@code []} alone), or a Turtle
   * blank node ({@code [ a dcat:Dataset …]}, {@code [] dcat:…}). RDF/JSON is always an object.
   */
  private static RdfSyntax arrayOrBlankNode(byte[] b, int i) {
    int j = skipSpace(b, i + 1);
    if (j >= b.length || b[j] == '{') return RdfSyntax.JSON_LD;
    if (b[j] == ']') return skipSpace(b, j + 1) >= b.length ? RdfSyntax.JSON_LD : RdfSyntax.TURTLE;
    return RdfSyntax.TURTLE;
  }

  private static int skipSpace(byte[] b, int i) {
    while (i < b.length && isSpace(b[i])) i++;
    return i;
  }

  /** After {@code <}: an IRI ({@code <http://…>}, up to {@code >} with no space, holding a / # or :) rather than an XML tag. */
  private static boolean isIri(byte[] b, int i) {
    int end = Math.min(b.length, i + 4096);
    for (int j = i + 1; j < end; j++) {
      byte c = b[j];
      if (c == '>') {
        for (int k = i + 1; k < j; k++) {
          if (b[k] == '/' || b[k] == '#') return true;
        }
        return false;
      }
      if (isSpace(c) || c == '<' || c == '"') return false;
    }
    return false;
  }

  /**
   * Turtle or N-Triples: N-Triples when every statement among the first lines is one N-Triples line
   * (Turtle reads those too, so calling N-Triples Turtle would do no harm, but names it wrongly).
   */
  private static RdfSyntax turtleOrNTriples(byte[] b, int i) {
    String head = new String(b, i, Math.min(b.length - i, BYTES_LOOKED_AT), StandardCharsets.UTF_8);
    String[] lines = head.split("\r?\n|\r");
    int seen = 0;
    // the last line of a truncated head may be cut short
    int usable = b.length - i > BYTES_LOOKED_AT ? lines.length - 1 : lines.length;
    for (int k = 0; k < usable && seen < LINES_LOOKED_AT; k++) {
      String line = lines[k].strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      seen++;
      if (!NT_LINE.matcher(line).matches()) return RdfSyntax.TURTLE;
    }
    return seen > 0 ? RdfSyntax.N_TRIPLES : RdfSyntax.TURTLE;
  }

  /**
   * JSON: JSON-LD when a key starts with {@code @} or the shape is anything but RDF/JSON's
   * {@code {"subject": {"predicate": [{"type": …}]}}}; null when the object is empty.
   */
  private static RdfSyntax json(byte[] b, int i, @Nullable RdfSyntax hint) {
    try (JsonParser p = JSON.createParser(b, i, b.length - i)) {
      p.nextToken(); // {
      if (p.nextToken() != JsonToken.FIELD_NAME) return null;
      String subject = p.currentName();
      if (subject.startsWith("@")) return RdfSyntax.JSON_LD;
      if (p.nextToken() != JsonToken.START_OBJECT) return RdfSyntax.JSON_LD;
      JsonToken t = p.nextToken();
      if (t == JsonToken.END_OBJECT) return hint == RdfSyntax.RDF_JSON ? RdfSyntax.RDF_JSON : null;
      if (t != JsonToken.FIELD_NAME || p.currentName().startsWith("@")) return RdfSyntax.JSON_LD;
      if (p.nextToken() != JsonToken.START_ARRAY) return RdfSyntax.JSON_LD;
      t = p.nextToken();
      if (t == JsonToken.END_ARRAY) return hint == RdfSyntax.RDF_JSON ? RdfSyntax.RDF_JSON : null;
      if (t != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME) return RdfSyntax.JSON_LD;
      return RDF_JSON_KEYS.contains(p.currentName()) ? RdfSyntax.RDF_JSON : RdfSyntax.JSON_LD;
    } catch (IOException e) {
      // Not well-formed JSON: whichever JSON syntax is tried, its parser says where.
      return hint == RdfSyntax.RDF_JSON ? RdfSyntax.RDF_JSON : RdfSyntax.JSON_LD;
    }
  }

  private static boolean isSpace(byte c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private static boolean startsWith(byte[] b, int i, String s) {
    if (b.length - i < s.length()) return false;
    for (int k = 0; k < s.length(); k++) {
      if (b[i + k] != s.charAt(k)) return false;
    }
    return true;
  }

  /** A SPARQL-style Turtle directive (any case) followed by a space. */
  private static boolean startsWithWord(byte[] b, int i, String word) {
    if (b.length - i <= word.length()) return false;
    for (int k = 0; k < word.length(); k++) {
      if (Character.toUpperCase(b[i + k]) != word.charAt(k)) return false;
    }
    return isSpace(b[i + word.length()]);
  }
}
