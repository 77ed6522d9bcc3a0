package se.odis.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import se.odis.dcat.DcatExporter;
import se.odis.dcat.RdfSyntax;
import se.odis.model.Dataset;
import se.odis.model.DatasetReader;
import se.odis.model.ProfileReader;

/**
 * {@code odis export --to dcat-ap-se FILE}: writes a dataset's metadata as DCAT-AP-SE, for a
 * portal to harvest. Only the metadata is written; the facts ODIS assesses (personal data,
 * secrecy, progress…) have no place in DCAT-AP and are left out.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Writes a dataset's metadata as DCAT-AP-SE.",
      "Turtle by default, or RDF/XML, JSON-LD or N-Triples, on standard output. The dataset is read "
          + "as strictly as 'odis assess' reads it, and not assessed; facts DCAT-AP has no place for "
          + "(personal data, secrecy, progress…) are left out.",
    })
final class ExportCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin OutputOption output;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The dataset: a JSON file, UTF-8.")
  Path file;

  @Option(names = "--to", paramLabel = "TARGET", defaultValue = "dcat-ap-se",
      completionCandidates = TargetCandidates.class,
      description = "What to write: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String target;

  @Option(names = "--syntax", paramLabel = "SYNTAX", defaultValue = "turtle",
      converter = SyntaxConverter.class, completionCandidates = SyntaxCandidates.class,
      description = "RDF syntax: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  RdfSyntax syntax;

  @Option(names = "--base-uri", paramLabel = "URI",
      description = "The URI the dataset's id is appended to, to make the dataset's URI "
          + "(default: " + DcatExporter.DEFAULT_BASE_IRI + "), e.g. https://data.exempelkommun.se/dataset/")
  String baseUri;

  @Option(names = "--profile", paramLabel = "FILE",
      description = "A municipality profile (.json, .yaml) whose defaults (publisher, contact point, "
          + "licence…) fill in what the dataset leaves open, as 'odis assess --profile' does.")
  Path profileFile;

  @Mixin DebugOption debug;

  /** The targets {@code --to} accepts. */
  static final class TargetCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return java.util.List.of("dcat-ap-se").iterator();
    }
  }

  @Override
  public Integer call() throws Exception {
    if (!"dcat-ap-se".equalsIgnoreCase(target.strip())) {
      throw new ParameterException(spec.commandLine(),
          "--to '" + target + "' is not a target odis exports to; expected dcat-ap-se");
    }
    DcatExporter exporter;
    try {
      exporter = baseUri == null ? new DcatExporter() : new DcatExporter(baseUri.strip());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--base-uri: " + e.getMessage()
          + "; expected an absolute URI such as https://data.exempelkommun.se/dataset/");
    }
    Dataset dataset = DatasetReader.strict().read(file);
    if (profileFile != null) dataset = ProfileReader.read(profileFile).applyTo(dataset);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      exporter.write(dataset, syntax, bytes);
    } catch (IllegalArgumentException e) {
      PrintWriter err = spec.commandLine().getErr();
      ErrorHandler.error(err, file + ": " + e.getMessage()
          + "; expected absolute links, e.g. https://data.exempelkommun.se/docs/api");
      err.flush();
      return ExitCodes.BAD_INPUT;
    } catch (org.apache.jena.shared.CannotEncodeCharacterException e) {
      // XML 1.0 cannot hold some characters that JSON text can (U+FFFE, U+FFFF): the dataset is
      // fine, the syntax is not.
      PrintWriter err = spec.commandLine().getErr();
      ErrorHandler.error(err, file + ": RDF/XML cannot hold the character "
          + String.format("U+%04X", (int) e.getBadChar()) + " in the dataset's text; expected another --syntax "
          + "(turtle, jsonld, ntriples) or text without that character");
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    output.write(bytes.toString(StandardCharsets.UTF_8));
    return ExitCodes.OK;
  }

  /** The names {@code --syntax} accepts, by syntax. */
  private static String name(RdfSyntax s) {
    switch (s) {
      case TURTLE: return "turtle";
      case RDF_XML: return "rdfxml";
      case JSON_LD: return "jsonld";
      case RDF_JSON: return "rdfjson";
      default: return "ntriples";
    }
  }

  /** Converts {@code --syntax}; accepts any case and the usual aliases (ttl, rdf, xml, json-ld, nt). */
  static final class SyntaxConverter implements ITypeConverter<RdfSyntax> {
    @Override
    public RdfSyntax convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace("/", "");
      switch (v) {
        case "turtle": case "ttl": return RdfSyntax.TURTLE;
        case "rdfxml": case "rdf": case "xml": return RdfSyntax.RDF_XML;
        case "jsonld": return RdfSyntax.JSON_LD;
        case "ntriples": case "nt": return RdfSyntax.N_TRIPLES;
        case "rdfjson": case "rj": return RdfSyntax.RDF_JSON;
        default:
          throw new TypeConversionException("'" + value + "' is not an RDF syntax odis writes; expected one of "
              + Arrays.stream(RdfSyntax.values()).map(ExportCommand::name).collect(Collectors.joining(", ")));
      }
    }
  }

  /** The values shown in help as {@code ${COMPLETION-CANDIDATES}}. */
  static final class SyntaxCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(RdfSyntax.values()).map(ExportCommand::name).iterator();
    }
  }
}
