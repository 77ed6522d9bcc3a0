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
 * Reads a DCAT-AP or DCAT-AP-SE catalogue (RDF/XML, Turtle, JSON-LD or N-Triples) and maps every
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
 * <p>Nothing is fetched from the network: remote JSON-LD contexts are refused. Thread-safe.
 */
public final class DcatImporter {
  private DcatImporter() {}

  /**
   * Reads a catalogue file, telling its syntax from the file name ({@link RdfSyntax#fromFileName}).
   *
   * @param file the file
   * @return the datasets and notes
   * @throws InvalidInputException if the file cannot be read, its syntax cannot be told from its
   *     name, or it is not well-formed; the problem names the file, and the line and column where
   *     the parser reports them
   */
  public static CatalogImport read(Path file) throws InvalidInputException {
    Objects.requireNonNull(file, "file");
    RdfSyntax syntax = RdfSyntax.fromFileName(file.getFileName() == null ? "" : file.getFileName().toString())
        .orElseThrow(() -> new InvalidInputException(new InputProblem(file.toString(), 0, 0, "",
            "cannot tell the RDF syntax from the file name",
            "a name ending in .ttl, .rdf, .xml, .jsonld, .json or .nt, or an explicit syntax"), null));
    return read(file, syntax);
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
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(syntax, "syntax");
    String source = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(new InputProblem(source, 0, 0, "", "no such file", "a readable catalogue file"), e);
    } catch (IOException e) {
      throw new InvalidInputException(new InputProblem(source, 0, 0, "", "cannot read the file: " + e.getMessage(), null), e);
    }
    return read(bytes, syntax, source, file.toAbsolutePath().toUri().toString());
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
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new InvalidInputException(new InputProblem(source, 0, 0, "", "cannot read: " + e.getMessage(), null), e);
    }
    return read(bytes, syntax, source, "urn:odis:import:");
  }

  private static CatalogImport read(byte[] bytes, RdfSyntax syntax, String source, String base) throws InvalidInputException {
    try {
      RdfReading.Parsed parsed = RdfReading.parse(bytes, syntax, source, base);
      return new DcatMapper(parsed.model, source).map(parsed.notes);
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
