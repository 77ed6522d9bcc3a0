package se.odis.dcat;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.FactoryRDFStd;
import org.apache.jena.riot.system.SyntaxLabels;
import org.apache.jena.sparql.util.Context;
import se.odis.model.InputProblem;
import se.odis.model.InvalidInputException;

/** Parses RDF bytes into a Jena model, turning every parser complaint into notes or one clean error. */
final class RdfReading {
  private static final int MAX_WARNINGS = 50;

  private RdfReading() {}

  /** The parsed graph and the notes made while parsing. */
  static final class Parsed {
    final Model model;
    final List<SourceNote> notes;
    final RdfSyntax syntax;

    Parsed(Model model, List<SourceNote> notes, RdfSyntax syntax) {
      this.model = model;
      this.notes = notes;
      this.syntax = syntax;
    }
  }

  /** Thrown by the error handler to stop the parser at the first error, with its position. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final long line;
    final long col;

    Stop(String message, long line, long col) {
      super(message, null, false, false);
      this.line = line;
      this.col = col;
    }
  }

  /** @return the length of a UTF-8 byte-order mark at the start, 3, or 0 if there is none */
  static int bomLength(byte[] bytes) {
    return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
  }

  /**
   * Reads a document whose syntax is known or told from its content.
   *
   * @param bytes the document
   * @param explicit the syntax the caller insists on, or null to tell it from the content
   * @param hint the syntax a file name or media type suggests, or null
   * @param hintSource what the hint came from ("the file name"), for messages
   * @param source the label for notes and errors
   * @param baseIri the base for relative IRIs
   */
  static Parsed parse(byte[] bytes, RdfSyntax explicit, RdfSyntax hint, String hintSource, String source,
      String baseIri) throws InvalidInputException {
    if (explicit != null) return parse(bytes, explicit, "", source, baseIri);
    SyntaxSniffer.Sniffed sniffed = SyntaxSniffer.sniff(bytes, bomLength(bytes), hint, hintSource);
    Parsed parsed = parse(bytes, sniffed.syntax, sniffed.why(), source, baseIri);
    if (sniffed.contradictsHint()) {
      parsed.notes.add(0, SourceNote.of(source, SourceNote.SYNTAX_FROM_CONTENT,
          svHintSource(hintSource) + " anger " + hint.label() + " men innehållet är " + sniffed.syntax.label()
              + "; det lästes som " + sniffed.syntax.label() + ".",
          capitalise(hintSource) + " suggests " + hint.label() + " but the content is " + sniffed.syntax.label()
              + "; it was read as " + sniffed.syntax.label() + "."));
    }
    return parsed;
  }

  private static String svHintSource(String hintSource) {
    if (hintSource == null) return "Namnet";
    return hintSource.startsWith("the server") ? "Serverns Content-Type" : "Filnamnet";
  }

  private static String capitalise(String s) {
    return s == null || s.isEmpty() ? "The name" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * @param why why this syntax was tried, appended to an error's description ("" when obvious)
   */
  static Parsed parse(byte[] bytes, RdfSyntax syntax, String why, String source, String baseIri)
      throws InvalidInputException {
    List<SourceNote> notes = new ArrayList<>();
    int offset = bomLength(bytes);
    if (offset > 0) {
      notes.add(SourceNote.of(source, SourceNote.BOM,
          "Filen börjar med ett byte-order mark (BOM) för UTF-8; det hoppades över.",
          "The file begins with a UTF-8 byte-order mark (BOM); it was skipped."));
    } else if (bytes.length >= 2 && syntax != RdfSyntax.RDF_XML
        && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE))) {
      throw new InvalidInputException(new InputProblem(source, 1, 1, "",
          "the file is UTF-16 encoded" + why, "UTF-8, as " + syntax.label() + " requires"), null);
    }
    Model model = ModelFactory.createDefaultModel();
    ErrorHandler handler = new ErrorHandler() {
      private int warnings;

      @Override
      public void warning(String message, long line, long col) {
        warnings++;
        if (warnings <= MAX_WARNINGS) {
          String at = position(line, col);
          notes.add(SourceNote.of(source, SourceNote.PARSER_WARNING,
              "Tolkaren varnar" + at.replace("line", "rad").replace("column", "kolumn") + ": " + message,
              "The parser warns" + at + ": " + message));
        } else if (warnings == MAX_WARNINGS + 1) {
          notes.add(SourceNote.of(source, SourceNote.PARSER_WARNING,
              "Fler varningar från tolkaren visas inte.", "Further parser warnings are not shown."));
        }
      }

      @Override
      public void error(String message, long line, long col) {
        throw new Stop(message, line, col);
      }

      @Override
      public void fatal(String message, long line, long col) {
        throw new Stop(message, line, col);
      }
    };
    LenientFactory factory = new LenientFactory();
    try {
      RDFParser.create()
          .source(new ByteArrayInputStream(bytes, offset, bytes.length - offset))
          .lang(syntax.lang())
          .base(baseIri)
          .errorHandler(handler)
          .factory(factory)
          .context(jsonLdContext())
          .parse(model);
    } catch (Stop e) {
      throw new InvalidInputException(problem(source, syntax, why, e.getMessage(), e.line, e.col), e);
    } catch (RiotParseException e) {
      throw new InvalidInputException(problem(source, syntax, why, e.getOriginalMessage(), e.getLine(), e.getCol()), e);
    } catch (RiotException e) {
      throw new InvalidInputException(problem(source, syntax, why, e.getMessage(), -1, -1), e);
    } catch (RuntimeException e) {
      // a parser that fails in an unforeseen way is still a problem with this input, not a crash
      throw new InvalidInputException(problem(source, syntax, why,
          "the parser failed (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")",
          -1, -1), e);
    }
    if (factory.cleaned > 0) notes.add(TextCleaning.note(source, factory.cleaned));
    for (String tag : factory.badTags) {
      notes.add(SourceNote.of(source, SourceNote.BAD_LANGUAGE_TAG,
          "Språkkoden \"" + tag + "\" är felformad; texter med den lästes utan språkkod.",
          "The language tag \"" + tag + "\" is malformed; texts with it were read without a language tag."));
    }
    return new Parsed(model, notes, syntax);
  }

  /**
   * Jena's node factory, except that a language tag Jena cannot handle (it fails on some malformed
   * tags in RDF/XML rather than reporting them) gives a literal without a tag, and is remembered.
   */
  private static final class LenientFactory extends FactoryRDFStd {
    final Set<String> badTags = new TreeSet<>();
    /** How many texts held characters that are not text (see {@link TextCleaning}). */
    int cleaned;

    LenientFactory() {
      super(SyntaxLabels.createLabelToNode());
    }

    private String clean(String lexical) {
      String c = TextCleaning.clean(lexical);
      if (c != lexical) cleaned++;
      return c;
    }

    @Override
    public Node createStringLiteral(String lexical) {
      return super.createStringLiteral(clean(lexical));
    }

    @Override
    public Node createLangLiteral(String lexical, String langTag) {
      String text = clean(lexical);
      try {
        return super.createLangLiteral(text, langTag);
      } catch (RuntimeException e) {
        badTags.add(langTag);
        return super.createStringLiteral(text);
      }
    }
  }

  private static String position(long line, long col) {
    if (line <= 0) return "";
    return " (line " + line + (col > 0 ? ", column " + col : "") + ")";
  }

  private static InputProblem problem(String source, RdfSyntax syntax, String why, String message, long line, long col) {
    String m = message == null || message.isBlank() ? "the file cannot be read" : message.strip();
    if (m.contains(REMOTE_CONTEXT_REFUSED)) {
      return new InputProblem(source, 0, 0, "", "the JSON-LD @context is a remote document, which ODIS never fetches",
          "a JSON-LD file whose @context is written in the file itself");
    }
    return new InputProblem(source, (int) Math.max(0, Math.min(Integer.MAX_VALUE, line)),
        (int) Math.max(0, Math.min(Integer.MAX_VALUE, col)), "", "malformed " + syntax.label() + why + ": " + m,
        "well-formed " + syntax.label());
  }

  private static final String REMOTE_CONTEXT_REFUSED = "ODIS does not load remote JSON-LD documents";

  /** A JSON-LD setup that refuses to load any remote document: an import never touches the network. */
  private static Context jsonLdContext() {
    // Given the loader from the start: the options' default loader is an HTTP client, and making
    // it (TLS, the trusted certificates: some 400 classes) took a fifth of every parse, JSON-LD or not.
    JsonLdOptions options = new JsonLdOptions((url, o) -> {
      throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, REMOTE_CONTEXT_REFUSED + ": " + url);
    });
    Context context = new Context();
    context.set(LangJSONLD11.JSONLD_OPTIONS, options);
    return context;
  }
}
