package se.odis.dcat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import se.odis.model.InputProblem;
import se.odis.model.InvalidInputException;

/**
 * Reads a DCAT-AP or DCAT-AP-SE catalogue (RDF/XML, Turtle, JSON-LD, N-Triples or RDF/JSON, from a
 * file, a stream or its URL) and maps every
 * {@code dcat:Dataset} in it to an ODIS {@link se.odis.model.Dataset}.
 *
 * <p>What the catalogue says is mapped: titles and descriptions with their languages, publisher and
 * its ADMS type, contact point, EU data themes, keywords, licence (on the dataset or, when they
 * agree, its distributions), access rights, formats and media types, access and download URLs,
 * data services (as API distributions), update frequency, issued and modified dates, spatial and
 * temporal coverage, the high-value-dataset category and status. What a catalogue cannot say —
 * personal data, secrecy, third-party rights, other legal obstacles, roles, progress through the
 * guide — is left absent, so that an assessment names those facts as still to be answered. A
 * dataset found in a catalogue is {@link se.odis.model.Lifecycle#PUBLISHED} unless its status says
 * otherwise.
 *
 * <p>Real catalogues are messy, and are read anyway: a byte-order mark, DCAT-AP 1.x properties,
 * formats as free text, media types or EU file-type URIs, licence URIs in any variant, missing or
 * malformed language tags, empty {@code mailto:} contact points, distributions no dataset links to.
 * Each oddity becomes a {@link SourceNote}. Only input that is not well-formed RDF is an error.
 *
 * <p>Files and streams are read without touching the network: remote JSON-LD contexts are refused.
 * {@link #fetch} reads a catalogue from its URL. Thread-safe.
 */
public final class DcatImporter {
  private DcatImporter() {}

  /**
   * Reads a catalogue file, telling its syntax from its content: an XML prolog or {@code rdf:RDF}
   * element is RDF/XML, {@code @prefix}/{@code PREFIX} or IRIs Turtle (N-Triples when every line is
   * one triple), {@code @context}/{@code @graph} or a JSON array JSON-LD, and
   * {@code {"subject": {"predicate": [{"type": …}]}}} RDF/JSON. The file name's extension
   * ({@link RdfSyntax#fromFileName}) is only a hint, used when the content does not decide; when it
   * names another syntax than the content shows, the import notes it
   * ({@link SourceNote#SYNTAX_FROM_CONTENT}).
   *
   * @param file the file
   * @return the datasets and notes
   * @throws InvalidInputException if the file cannot be read or is not well-formed; the problem
   *     names the file, the line and column where the parser reports them, and the syntax that was
   *     tried and why
   */
  public static CatalogImport read(Path file) throws InvalidInputException {
    return read(file, (ImportListener) null);
  }

  /**
   * Reads a catalogue file as {@link #read(Path)} does, telling {@code listener} of the catalogue
   * and of each dataset as soon as it is mapped: a caller can work on the first datasets while the
   * others are mapped.
   *
   * @param file the file
   * @param listener told the catalogue as a whole, then each dataset, on this thread; or null
   * @return the datasets and notes, as {@link #read(Path)} returns them
   * @throws InvalidInputException as {@link #read(Path)}; the listener may have been told part of
   *     the import before
   */
  public static CatalogImport read(Path file, ImportListener listener) throws InvalidInputException {
    Objects.requireNonNull(file, "file");
    RdfSyntax hint = RdfSyntax.fromFileName(file.getFileName() == null ? "" : file.getFileName().toString()).orElse(null);
    return read(bytes(file), null, hint, "the file name", file.toString(), file.toAbsolutePath().toUri().toString(), listener);
  }

  /**
   * Reads a catalogue file in the given syntax.
   *
   * @param file the file
   * @param syntax its syntax
   * @return the datasets and notes
   * @throws InvalidInputException if the file cannot be read or is not well-formed
   */
  public static CatalogImport read(Path file, RdfSyntax syntax) throws InvalidInputException {
    return read(file, syntax, null);
  }

  /**
   * Reads a catalogue file in the given syntax, telling {@code listener} of the catalogue and of
   * each dataset as soon as it is mapped ({@link #read(Path, ImportListener)}).
   *
   * @param file the file
   * @param syntax its syntax
   * @param listener told the catalogue as a whole, then each dataset, on this thread; or null
   * @return the datasets and notes
   * @throws InvalidInputException if the file cannot be read or is not well-formed
   */
  public static CatalogImport read(Path file, RdfSyntax syntax, ImportListener listener) throws InvalidInputException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(syntax, "syntax");
    return read(bytes(file), syntax, null, null, file.toString(), file.toAbsolutePath().toUri().toString(), listener);
  }

  private static byte[] bytes(Path file) throws InvalidInputException {
    String source = file.toString();
    try {
      if (Files.isDirectory(file)) {
        throw new InvalidInputException(new InputProblem(source, 0, 0, "", "a directory, not a file", "a catalogue file"), null);
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(new InputProblem(source, 0, 0, "", "no such file", "a readable catalogue file"), e);
    } catch (IOException e) {
      throw new InvalidInputException(new InputProblem(source, 0, 0, "", "cannot read the file: " + e.getMessage(), null), e);
    } catch (OutOfMemoryError e) {
      throw new InvalidInputException(new InputProblem(source, 0, 0, "", "the file is too large to read into memory", null), null);
    }
  }

  /**
   * Reads a catalogue from a stream, which is read to its end but not closed. Relative IRIs in it
   * are resolved against a placeholder base ({@code urn:odis:import:}), as a stream has no location.
   *
   * @param in the stream
   * @param syntax its syntax
   * @param source a label for notes and errors, such as a file name or {@code <stdin>}
   * @return the datasets and notes
   * @throws InvalidInputException if the stream cannot be read or is not well-formed
   */
  public static CatalogImport read(InputStream in, RdfSyntax syntax, String source) throws InvalidInputException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(syntax, "syntax");
    Objects.requireNonNull(source, "source");
    return read(bytes(in, source), syntax, null, null, source, STREAM_BASE);
  }

  /**
   * Reads a catalogue from a stream, telling its syntax from its content as {@link #read(Path)}
   * does. The stream is read to its end but not closed; relative IRIs are resolved against a
   * placeholder base ({@code urn:odis:import:}).
   *
   * @param in the stream
   * @param source a label for notes and errors, such as {@code <stdin>}
   * @return the datasets and notes
   * @throws InvalidInputException if the stream cannot be read or is not well-formed
   */
  public static CatalogImport read(InputStream in, String source) throws InvalidInputException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    return read(bytes(in, source), null, null, null, source, STREAM_BASE);
  }

  /**
   * Reads a catalogue from an http or https URL: the syntax negotiated with the server (Turtle,
   * RDF/XML, JSON-LD, N-Triples, RDF/JSON) and told from the content, the server's media type only a
   * hint; gzip, redirects and retries as {@link FetchSettings} say. A catalogue published in pages
   * (Hydra: a {@code hydra:PartialCollectionView} with {@code hydra:next}, or the older
   * {@code hydra:PagedCollection} with {@code hydra:nextPage}) is read page by page, up to
   * {@link FetchSettings#getMaxPages()}, and the pages merged into one catalogue; a page that leads
   * back to one already read ends the paging, with a note.
   *
   * @param url the catalogue's URL
   * @param settings timeouts, limits and retries
   * @return the datasets and notes; the source label is the URL as given
   * @throws InvalidInputException for every failure — a URL that is not http(s), DNS, TLS, a
   *     timeout, an HTTP status other than 2xx after retries, a redirect loop or a redirect to
   *     another scheme, a catalogue over the size limit or with more pages than the limit, a page
   *     that is not well-formed RDF — naming the URL
   */
  public static CatalogImport fetch(String url, FetchSettings settings) throws InvalidInputException {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(settings, "settings");
    return HydraPaging.fetch(Http.httpUri(url, url), settings, url);
  }

  private static final String STREAM_BASE = "urn:odis:import:";

  private static byte[] bytes(InputStream in, String source) throws InvalidInputException {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new InvalidInputException(new InputProblem(source, 0, 0, "", "cannot read: " + e.getMessage(), null), e);
    }
  }

  private static CatalogImport read(byte[] bytes, RdfSyntax explicit, RdfSyntax hint, String hintSource, String source,
      String base) throws InvalidInputException {
    return read(bytes, explicit, hint, hintSource, source, base, null);
  }

  private static CatalogImport read(byte[] bytes, RdfSyntax explicit, RdfSyntax hint, String hintSource, String source,
      String base, ImportListener listener) throws InvalidInputException {
    return deeply(source, () -> {
      RdfReading.Parsed parsed = RdfReading.parse(bytes, explicit, hint, hintSource, source, base);
      return new DcatMapper(parsed.model, source).map(parsed.notes, parsed.syntax.label(), listener);
    });
  }

  /** Work on a graph that may recurse once per level of nesting. */
  interface Deep<T> {
    T run() throws InvalidInputException;
  }

  static <T> T deeply(String source, Deep<T> work) throws InvalidInputException {
    try {
      return work.run();
    } catch (StackOverflowError e) {
      // The RDF parsers and the walk over a dataset's resources recurse once per level of
      // nesting (blank nodes in blank nodes, lists): thousands of levels are no catalogue, and
      // the thread's stack, once unwound to here, is whole again.
      throw new InvalidInputException(new InputProblem(source, 0, 0, "",
          "resources or lists are nested too deeply to read (thousands of levels)",
          "a catalogue whose resources nest a few levels deep"), null);
    }
  }
}
