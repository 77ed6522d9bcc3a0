package se.odis.dcat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.odis.model.DatasetReader;
import se.odis.model.InputProblem;
import se.odis.model.InvalidInputException;

/**
 * Reads CKAN package metadata (the JSON of the {@code package_show} action) and maps each package
 * to an ODIS {@link se.odis.model.Dataset}: one package, a {@code {"result": …}} envelope, a list of
 * packages or a {@code package_search} result.
 *
 * <p>Mapped: title and notes (or their {@code _translated} forms), organisation as publisher,
 * maintainer (else author) as contact point, {@code license_id} (CKAN's ids such as {@code cc-by},
 * {@code odc-odbl} and {@code cc-zero} as well as SPDX ids; {@code notspecified} is noted), tags as
 * keywords, {@code url} as landing page, resources as distributions (URL, format, media type, size;
 * {@code API} as format or resource type marks an API), issued (the {@code issued} extra, else
 * {@code metadata_created}), modified (the {@code modified} extra), {@code metadata_modified} as
 * the metadata's date, {@code state} as lifecycle, and the common DCAT extras (frequency, theme,
 * access rights, temporal coverage). Texts take the package's one stated language, else are taken
 * to be Swedish (noted). A record in DCAT-JSON form is read as well, with a note. As with
 * {@link DcatImporter}, what CKAN does not say stays absent, and oddities become {@link SourceNote}s
 * whose subject is a JSON pointer. Thread-safe.
 */
public final class CkanImporter {
  // A key given twice in one object cannot be told apart from a mistake: which value was meant?
  // Reading it as "the last one wins" would silently drop the other, so it is an error, as in
  // ODIS's own files.
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private CkanImporter() {}

  /**
   * Reads a CKAN JSON file (UTF-8; a byte-order mark is skipped and noted).
   *
   * @param file the file
   * @return the datasets, in file order, and notes
   * @throws InvalidInputException if the file cannot be read or is not JSON; the problem names the
   *     file, line and column
   */
  public static CatalogImport read(Path file) throws InvalidInputException {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    try {
      return read(Files.readAllBytes(file), source);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(new InputProblem(source, 0, 0, "", "no such file", "a readable CKAN JSON file"), e);
    } catch (IOException e) {
      throw new InvalidInputException(new InputProblem(source, 0, 0, "", "cannot read the file: " + e.getMessage(), null), e);
    }
  }

  /**
   * Reads CKAN JSON from a stream, which is read to its end but not closed.
   *
   * @param in the stream
   * @param source a label for notes and errors
   * @return the datasets, in document order, and notes
   * @throws InvalidInputException if the stream cannot be read or is not JSON
   */
  public static CatalogImport read(InputStream in, String source) throws InvalidInputException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    try {
      return read(in.readAllBytes(), source);
    } catch (IOException e) {
      throw new InvalidInputException(new InputProblem(source, 0, 0, "", "cannot read: " + e.getMessage(), null), e);
    }
  }

  /**
   * Reads the packages of a CKAN portal from its action API over http or https: every package that
   * {@code package_search} lists, page by page ({@code rows} and {@code start}, as many rows a page as
   * {@link FetchSettings#getCkanRows()}) until its {@code count} is reached. The URL is the portal's
   * ({@code https://ckan.example.org}, to which {@code /api/3/action/package_search} is added) or an
   * action URL: a {@code package_search} URL is paged from where it starts, any other
   * ({@code package_show?id=…}) read as it is. Redirects, retries, timeouts and limits are as
   * {@link FetchSettings} say.
   *
   * @param url the portal or action URL
   * @param settings timeouts, limits and retries
   * @return the packages as datasets, in the order the portal lists them, and notes
   * @throws InvalidInputException for every failure, naming the URL: a URL that is not http(s), DNS,
   *     TLS, a timeout, an HTTP status other than 2xx after retries, an API error answer, more pages
   *     than {@link FetchSettings#getMaxPages()}, an answer that is not CKAN JSON
   */
  public static CatalogImport fetch(String url, FetchSettings settings) throws InvalidInputException {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(settings, "settings");
    return CkanPaging.fetch(Http.httpUri(url, url), settings, url);
  }

  private static boolean looksLikePackage(JsonNode n) {
    return n.hasNonNull("name") || n.hasNonNull("id") || n.hasNonNull("title") || n.hasNonNull("resources");
  }

  private static CatalogImport read(byte[] bytes, String source) throws InvalidInputException {
    Parsed parsed = parse(bytes, source);
    CatalogImport result = new CkanMapper(source).map(parsed.root);
    if (parsed.notes.isEmpty()) return result;
    List<SourceNote> notes = new ArrayList<>(parsed.notes);
    notes.addAll(result.getNotes());
    return new CatalogImport(source, result.getSyntax(), result.getDatasets(), notes);
  }

  /** A CKAN document, checked and cleaned, and the notes made on the way (byte-order mark, broken text). */
  static final class Parsed {
    final JsonNode root;
    final List<SourceNote> notes;

    Parsed(JsonNode root, List<SourceNote> notes) {
      this.root = root;
      this.notes = notes;
    }
  }

  /**
   * Reads CKAN JSON and checks that it is a package, a list of them or an API answer holding them.
   *
   * @throws InvalidInputException if it is not JSON, an API error answer, or no package
   */
  static Parsed parse(byte[] bytes, String source) throws InvalidInputException {
    int offset = 0;
    boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    if (bom) offset = 3;
    JsonNode root;
    try {
      root = JSON.readTree(new ByteArrayInputStream(bytes, offset, bytes.length - offset));
    } catch (JsonProcessingException e) {
      // Described as dataset files' syntax errors are (no Jackson words), then said of CKAN JSON.
      InputProblem p = DatasetReader.describe(e, source);
      throw new InvalidInputException(new InputProblem(source, p.getLine(), p.getColumn(), p.getPointer(),
          p.getProblem().replace("the dataset object", "the first JSON value"),
          "CKAN package_show JSON: one JSON value per file"), e);
    } catch (IOException e) {
      throw new InvalidInputException(new InputProblem(source, 0, 0, "", "cannot read: " + e.getMessage(), null), e);
    }
    if (root == null || root.isMissingNode()) {
      throw new InvalidInputException(new InputProblem(source, 0, 0, "", "the file is empty", "CKAN package_show JSON"), null);
    }
    if (!root.isObject() && !root.isArray()) {
      throw new InvalidInputException(new InputProblem(source, 1, 1, "", "the JSON is a single value, not a package",
          "an object (a package or {\"result\": …}) or a list of packages"), null);
    }
    // A CKAN API answer that reports a failure is not an empty catalogue, and an object that has
    // none of a package's fields is not a package: either would be assessed as an empty dataset.
    if (root.isObject() && root.path("success").isBoolean() && !root.path("success").booleanValue()) {
      String why = root.path("error").path("message").asText(root.path("error").toString());
      throw new InvalidInputException(new InputProblem(source, 1, 1, "/success",
          "the CKAN API answered with an error: " + why, "a successful package_show or package_search answer"), null);
    }
    if (root.isObject() && !root.has("result") && !looksLikePackage(root)) {
      throw new InvalidInputException(new InputProblem(source, 1, 1, "",
          "the object has none of a CKAN package's fields (name, id, title, resources)",
          "CKAN package_show JSON: a package, or an API answer with \"result\""), null);
    }
    JsonNode results = root.path("result").path("results");
    if (!results.isMissingNode() && !results.isArray()) {
      throw new InvalidInputException(new InputProblem(source, 1, 1, "/result/results",
          "the search answer's results are " + (results.isNull() ? "null" : "not a list"),
          "a list of packages, e.g. \"results\": [{\"name\": …}]"), null);
    }
    int cleaned = clean(root);
    List<SourceNote> notes = new ArrayList<>();
    if (bom) {
      notes.add(SourceNote.of(source, SourceNote.BOM,
          "Filen börjar med ett byte-order mark (BOM) för UTF-8; det hoppades över.",
          "The file begins with a UTF-8 byte-order mark (BOM); it was skipped."));
    }
    if (cleaned > 0) notes.add(TextCleaning.note(source, cleaned));
    return new Parsed(root, notes);
  }

  /** Cleans every text value in the tree (see {@link TextCleaning}); returns how many it changed. */
  private static int clean(JsonNode n) {
    int changed = 0;
    if (n.isObject()) {
      for (java.util.Iterator<java.util.Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        java.util.Map.Entry<String, JsonNode> e = it.next();
        JsonNode c = cleaned(e.getValue());
        if (c != null) {
          e.setValue(c);
          changed++;
        } else {
          changed += clean(e.getValue());
        }
      }
    } else if (n.isArray()) {
      com.fasterxml.jackson.databind.node.ArrayNode a = (com.fasterxml.jackson.databind.node.ArrayNode) n;
      for (int i = 0; i < a.size(); i++) {
        JsonNode c = cleaned(a.get(i));
        if (c != null) {
          a.set(i, c);
          changed++;
        } else {
          changed += clean(a.get(i));
        }
      }
    }
    return changed;
  }

  /** @return the text node with its text cleaned, or null if it is no text node or needs none */
  private static JsonNode cleaned(JsonNode v) {
    if (!v.isTextual()) return null;
    String c = TextCleaning.clean(v.textValue());
    return c == v.textValue() ? null : com.fasterxml.jackson.databind.node.TextNode.valueOf(c);
  }
}
