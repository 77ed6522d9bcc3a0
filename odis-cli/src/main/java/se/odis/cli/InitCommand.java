package se.odis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import se.odis.model.DatasetReader;
import se.odis.model.Fees;
import se.odis.model.InputProblem;
import se.odis.model.InvalidInputException;
import se.odis.model.GuideTask;
import se.odis.model.Guide;
import se.odis.model.LegalObstacles;
import se.odis.model.Lifecycle;
import se.odis.model.OdisJson;
import se.odis.model.PersonalDataStatus;
import se.odis.model.Secrecy;
import se.odis.model.Storage;
import se.odis.model.TaskStatus;
import se.odis.model.TextCheck;
import se.odis.model.ThirdPartyRights;

/**
 * {@code odis init}: writes a starter dataset file for a coordinator to fill in. Every fact that
 * decides publishability is present and {@code UNKNOWN}; every other field is present as an empty
 * slot ({@code null}, {@code ""}, {@code []}); every task of the guide is listed, not started. The
 * file reads back strictly and assesses as in progress.
 */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Writes a starter dataset file to fill in.",
      "Every fact that decides publishability is present and UNKNOWN, every other field is an empty "
          + "slot, and every task of the guide is listed as NOT_STARTED. Fill it in, then run "
          + "'odis assess' on it.",
    })
final class InitCommand implements Callable<Integer> {
  /** The id used when neither {@code --id} nor {@code -o} gives one. */
  static final String DEFAULT_ID = "new-dataset";

  @Spec CommandSpec spec;

  @Option(names = "--id", paramLabel = "ID",
      description = "The dataset's id, unique within the municipality (default: the output file's name "
          + "without .json, else " + DEFAULT_ID + ").")
  String id;

  @Option(names = "--title", paramLabel = "TEXT", description = "The dataset's title in Swedish.")
  String title;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to this file instead of standard output.")
  Path output;

  @Option(names = "--force", description = "Overwrite the output file if it exists.")
  boolean force;

  @Mixin LanguageOption lang;

  @Mixin DebugOption debug;

  @Override
  public Integer call() throws IOException {
    String datasetId = datasetId();
    String json = PrettyJson.asBuilt(starter(datasetId, title));
    // The starter file must be one that odis reads: an id or title it would refuse is refused here.
    try {
      DatasetReader.strict().read(json, "odis init");
    } catch (InvalidInputException e) {
      InputProblem p = e.getProblem();
      String option = p.getPointer().startsWith("/title") ? "--title" : "--id";
      throw new ParameterException(spec.commandLine(), option + ": " + p.getProblem()
          + (p.getExpected() == null ? "" : "; expected " + p.getExpected()));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (output == null) {
      out.print(json);
      out.flush();
      return ExitCodes.OK;
    }
    PrintWriter err = spec.commandLine().getErr();
    try {
      if (force) {
        Files.writeString(output, json, StandardCharsets.UTF_8);
      } else {
        Files.writeString(output, json, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      }
    } catch (FileAlreadyExistsException e) {
      ErrorHandler.error(err, output + " already exists; give --force to overwrite it");
      err.flush();
      return ExitCodes.BAD_INPUT;
    } catch (NoSuchFileException e) {
      ErrorHandler.error(err, output + ": cannot write the file: its directory does not exist");
      err.flush();
      return ExitCodes.BAD_INPUT;
    } catch (IOException e) {
      ErrorHandler.error(err, output + ": cannot write the file: " + e.getMessage());
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    out.println(TextCheck.printable(lang.labels().format("init.wrote", output, datasetId)));
    out.flush();
    return ExitCodes.OK;
  }

  private String datasetId() {
    String given = id;
    if (given == null && output != null) {
      String name = output.getFileName().toString();
      given = name.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }
    if (given == null) given = DEFAULT_ID;
    if (given.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--id must not be blank; expected the dataset's id, e.g. parkering-01");
    }
    return given.strip();
  }

  /**
   * The starter dataset, its fields in the order the guide meets them.
   *
   * @param id the dataset id
   * @param title the Swedish title, or null
   * @return the JSON tree
   */
  static ObjectNode starter(String id, String title) {
    JsonNode schema = schema();
    JsonNode properties = schema.path("properties");
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode d = f.objectNode();
    d.put("$schema", schema.path("$id").asText("dataset.schema.json"));
    d.put("id", id);
    d.set("title", text(title == null ? "" : title, ""));
    d.set("description", text("", ""));
    d.put("status", Lifecycle.PLANNED.name());
    // A: who answers for the data, who needs it, what it brings, what it costs.
    ObjectNode roles = f.objectNode();
    roles.putNull("producer");
    roles.putNull("owner");
    roles.putNull("steward");
    d.set("roles", roles);
    d.putArray("audiences");
    d.putArray("benefits");
    d.putArray("risks");
    d.putNull("effort");
    // B1: the facts that decide whether the data may be published at all; unknown until answered.
    ObjectNode personal = f.objectNode();
    personal.put("status", PersonalDataStatus.UNKNOWN.name());
    personal.putArray("measures");
    d.set("personalData", personal);
    d.put("secrecy", Secrecy.UNKNOWN.name());
    d.putArray("secrecyMeasures");
    d.put("thirdPartyRights", ThirdPartyRights.UNKNOWN.name());
    d.put("otherLegalObstacles", LegalObstacles.UNKNOWN.name());
    d.putNull("licence");
    d.put("fees", Fees.UNKNOWN.name());
    // B2: how it is published. null slots, not empty objects, so that a profile's defaults apply.
    d.putNull("conformsTo");
    d.put("storage", Storage.UNKNOWN.name());
    d.putArray("distributions");
    d.putNull("support");
    // Metadata (DCAT-AP-SE).
    d.putNull("publisher");
    d.putNull("contactPoint");
    d.putArray("themes");
    d.putArray("keywords");
    d.putNull("spatial");
    d.putNull("temporal");
    d.putNull("accrualPeriodicity");
    d.putNull("accessRights");
    d.putNull("landingPage");
    d.putNull("hvdCategory");
    d.putNull("issued");
    d.putNull("modified");
    d.putNull("metadataModified");
    // Only what the input takes: a field the schema does not (or no longer) have is dropped, and
    // one it has that is not above gets an empty slot, so that the starter never falls behind.
    d.retain(iterable(properties.fieldNames()));
    for (String name : iterable(properties.fieldNames())) {
      if (d.has(name) || name.equals("progress")) continue;
      JsonNode slot = emptySlot(properties.get(name));
      if (slot != null) d.set(name, slot);
    }
    // Progress through the guide, last: every task, none started.
    ObjectNode progress = d.putObject("progress");
    for (GuideTask t : Guide.odis().getTasks()) {
      progress.putObject(t.getId()).put("status", TaskStatus.NOT_STARTED.name());
    }
    return d;
  }

  /** An empty value for a schema property: [] for an array, null where null is allowed, else none. */
  private static JsonNode emptySlot(JsonNode property) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    JsonNode type = property.path("type");
    if (type.asText().equals("array")) return f.arrayNode();
    boolean nullable = type.isArray() && type.toString().contains("\"null\"")
        || property.path("anyOf").toString().contains("{\"type\":\"null\"}");
    return nullable ? f.nullNode() : null;
  }

  private static java.util.List<String> iterable(java.util.Iterator<String> names) {
    java.util.List<String> out = new java.util.ArrayList<>();
    names.forEachRemaining(out::add);
    return out;
  }

  private static ObjectNode text(String sv, String en) {
    ObjectNode t = JsonNodeFactory.instance.objectNode();
    t.put("sv", sv);
    t.put("en", en);
    return t;
  }

  /** The dataset schema, which says what fields the input has. */
  static JsonNode schema() {
    try {
      return OdisJson.mapper().readTree(SchemaCommand.text());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("the dataset schema cannot be read", e);
    }
  }
}
