package se.odis.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schema of the dataset input ({@code se/odis/model/dataset.schema.json}) is valid,
 * accepts the examples, rejects what the strict reader rejects, and names exactly the properties,
 * enum values, nullability and task ids the model has — so a field added to the model without the
 * schema fails here. Nothing is fetched from the network: the schema's {@code $id} and the
 * 2020-12 meta-schema are mapped to class-path resources, and any other http(s) load fails.
 */
class DatasetSchemaTest {
  static final String SCHEMA_ID = "https://odis.se/schema/dataset.schema.json";
  static final String SCHEMA_RESOURCE = "/se/odis/model/dataset.schema.json";
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(
      SpecVersion.VersionFlag.V202012,
      builder -> builder
          .schemaMappers(m -> m
              .mapPrefix("https://odis.se/schema/", "classpath:se/odis/model/")
              .mapPrefix("https://json-schema.org/draft/2020-12/", "classpath:draft/2020-12/"))
          .schemaLoaders(l -> l.values(loaders -> loaders.add(0, iri -> {
            String s = iri.toString();
            if (s.startsWith("http:") || s.startsWith("https:")) {
              throw new IllegalStateException("the schema tests must not fetch " + s);
            }
            return null;
          }))));

  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  /** The schema, loaded by its $id (mapped to the class path), with format assertions on. */
  static final JsonSchema SCHEMA = load();

  private static JsonSchema load() {
    JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(SCHEMA_ID), CONFIG);
    schema.initializeValidators();
    return schema;
  }

  static JsonNode schemaTree() {
    try (InputStream in = DatasetSchemaTest.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      assertThat(in).as("class-path resource %s", SCHEMA_RESOURCE).isNotNull();
      return PLAIN.readTree(in);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static Set<ValidationMessage> validate(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  // ---------------------------------------------------------------- the schema itself

  @Test
  void schema_againstTheDraft202012MetaSchema_isValid() {
    JsonSchema meta = FACTORY.getSchema(SchemaLocation.of(JsonMetaSchema.getV202012().getIri()), CONFIG);
    assertThat(meta.validate(schemaTree())).isEmpty();
  }

  @Test
  void factory_remoteSchema_isNeverFetched() {
    try {
      FACTORY.getSchema(SchemaLocation.of("https://example.invalid/other.schema.json"), CONFIG);
      fail("a remote schema was loaded");
    } catch (RuntimeException e) {
      assertThat(e).hasStackTraceContaining("must not fetch https://example.invalid/other.schema.json");
    }
  }

  @Test
  void schema_header_namesDraft202012AndTheOdisId() {
    JsonNode tree = schemaTree();
    assertThat(tree.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(tree.path("$id").asText()).isEqualTo(SCHEMA_ID);
    assertThat(tree.path("required")).containsExactly(PLAIN.getNodeFactory().textNode("id"));
  }

  @Test
  void schema_everyProperty_hasAnEnglishDescription() {
    List<String> missing = new ArrayList<>();
    JsonNode tree = schemaTree();
    List<JsonNode> objects = new ArrayList<>(List.of(tree));
    tree.path("$defs").forEach(objects::add);
    for (JsonNode object : objects) {
      object.path("properties").properties().forEach(e -> {
        if (e.getValue().path("description").asText("").isBlank()) missing.add(e.getKey());
      });
    }
    tree.path("$defs").properties().forEach(e -> {
      if (e.getValue().path("description").asText("").isBlank()) missing.add("$defs/" + e.getKey());
    });
    assertThat(missing).as("properties without a description").isEmpty();
  }

  @Test
  void schema_decisiveFacts_sayAbsentIsUnknownNotNo() {
    JsonNode tree = schemaTree();
    for (String fact : List.of("secrecy", "thirdPartyRights", "otherLegalObstacles", "licence", "personalData")) {
      assertThat(tree.path("properties").path(fact).path("description").asText())
          .as(fact).containsAnyOf("UNKNOWN", "never taken to be open");
    }
    assertThat(def("PersonalData").path("properties").path("status").path("description").asText())
        .contains("Absent means UNKNOWN").contains("never \"no\"");
    assertThat(def("Roles").path("properties").path("owner").path("description").asText()).contains("UNKNOWN");
  }

  @Test
  void schema_objects_allowNoOtherPropertiesExceptTextsAndProgress() {
    JsonNode tree = schemaTree();
    assertThat(tree.path("additionalProperties").asBoolean(true)).isFalse();
    tree.path("$defs").properties().forEach(e -> {
      if (!e.getValue().path("type").asText().equals("object")) return;
      if (e.getKey().equals("LocalizedText")) {
        assertThat(e.getValue().path("additionalProperties").path("type").asText()).isEqualTo("string");
      } else {
        assertThat(e.getValue().path("additionalProperties").isBoolean()).as(e.getKey()).isTrue();
        assertThat(e.getValue().path("additionalProperties").asBoolean()).as(e.getKey()).isFalse();
      }
    });
  }

  // ---------------------------------------------------------------- examples and bad inputs

  static Stream<Path> examples() throws IOException {
    return DatasetReaderTest.examples();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void example_validatesAgainstTheSchema(Path example) throws IOException {
    assertThat(validate(Files.readString(example))).as("%s", example).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void example_withSchemaReference_validates(Path example) throws IOException {
    String json = Files.readString(example).replaceFirst("\\{", "{\"\\$schema\": \"" + SCHEMA_ID + "\",");
    assertThat(validate(json)).isEmpty();
  }

  @Test
  void onlyId_validates() {
    assertThat(validate("{\"id\": \"x\"}")).isEmpty();
  }

  @Test
  void nullForNullableFields_validates() {
    assertThat(validate("""
        {"id": "x", "$schema": null, "publisher": {"name": null, "type": null}, "licence": null,
         "hvdCategory": null, "issued": null, "temporal": {"start": "2020-01-01", "end": null},
         "effort": {"size": null, "proportionate": null}, "landingPage": null,
         "distributions": [{"title": null, "byteSize": null, "accessUrl": null}],
         "progress": {"A3.3.1": {"status": "DONE", "date": null}}}""")).isEmpty();
  }

  /** Inputs the strict reader rejects and the schema can describe; both must reject them. */
  @ParameterizedTest
  @ValueSource(strings = {
      "{\"id\": \"x\", \"titel\": {\"sv\": \"Lekplatser\"}}",
      "{\"id\": \"x\", \"distributions\": [{\"acessUrl\": \"https://example.se\"}]}",
      "{\"id\": \"x\", \"publisher\": {\"nmae\": \"Exempelkommun\"}}",
      "{\"id\": \"x\", \"progress\": {\"A.1.1.1\": {\"status\": \"DONE\", \"who\": \"Anna\"}}}",
      "{\"id\": \"x\", \"secrecy\": \"MAYBE\"}",
      "{\"id\": \"x\", \"secrecy\": \"none\"}",
      "{\"id\": \"x\", \"publisher\": {\"type\": \"LOCAL_AUTHORITY\"}}",
      "{\"id\": \"x\", \"progress\": {\"A.1.1.1\": {\"status\": \"FINISHED\"}}}",
      "{\"id\": \"x\", \"distributions\": [{\"api\": \"true\"}]}",
      "{\"id\": \"x\", \"licence\": 4}",
      "{\"id\": \"x\", \"keywords\": {\"a\": \"b\"}}",
      "{\"id\": \"x\", \"keywords\": \"parkering\"}",
      "{\"id\": \"x\", \"title\": \"Lekplatser\"}",
      "{\"id\": true}",
      "{\"id\": \"x\", \"issued\": \"2026-1-5\"}",
      "{\"id\": \"x\", \"issued\": \"2026-13-01\"}",
      "{\"id\": \"x\", \"modified\": \"2026-01-05T10:00:00\"}",
      "{\"id\": \"x\", \"progress\": {\"A.1.1.1\": {\"status\": \"DONE\", \"date\": \"2026-1-5\"}}}",
      "{\"id\": \"x\", \"landingPage\": \"\"}",
      "{\"id\": \"x\", \"landingPage\": \"javascript:alert(1)\"}",
      "{\"id\": \"x\", \"landingPage\": \"om/parkering.html\"}",
      "{\"id\": \"x\", \"distributions\": [{\"accessUrl\": \"file:///etc/passwd\"}]}",
      "{\"id\": \"x\", \"distributions\": [{\"accessUrl\": \"ftp://ftp.example.se/data\"}]}",
      "{\"id\": \"x\", \"distributions\": [{\"downloadUrl\": \"file:///etc/passwd\"}]}",
      "{\"id\": \"x\", \"distributions\": [{\"documentation\": \"javascript:alert(1)\"}]}",
      "{\"id\": \"x\", \"progress\": {\"A.9.9.9\": {\"status\": \"DONE\"}}}",
      "{\"id\": \"x\", \"progress\": {\"A.3.3\": {\"status\": \"DONE\"}}}",
      "{\"id\": \"x\", \"progress\": {\"A.1.1.1\": {}}}",
      "{\"id\": \"x\", \"progress\": {\"A.1.1.1\": null}}",
      "{\"id\": \"x\", \"secrecy\": null}",
      "{\"id\": \"x\", \"keywords\": [null]}",
      "{\"id\": \"x\", \"distributions\": null}",
      "{\"id\": null}",
      "{\"licence\": \"CC0-1.0\"}",
      "{\"id\": \"\"}",
      "{\"id\": \"   \"}",
      "{\"id\": \"park\\nering\"}",
      "{\"id\": \"park\\tering\"}",
      "{\"id\": \"x\", \"title\": {\"Swedish\": \"Lekplatser\"}}",
      "{\"id\": \"x\", \"title\": {\"sv\": null}}",
      "{\"id\": \"x\", \"audiences\": [{\"name\": \"a\"}]}",
      "{\"id\": \"x\", \"distributions\": [{\"byteSize\": \"12\"}]}",
      "[{\"id\": \"x\"}]"})
  void badInput_rejectedByTheReader_isRejectedByTheSchemaToo(String json) {
    try {
      DatasetReader.strict().read(json, "bad.json");
      fail("the reader accepted %s", json);
    } catch (InvalidInputException expected) {
      // as it should
    }
    assertThat(validate(json)).as("schema errors for %s", json).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://exa mple.se", "http://[::1"})
  void malformedUri_rejectedByTheReader_isRejectedByTheSchemaToo(String uri) {
    String json = "{\"id\": \"x\", \"landingPage\": \"" + uri + "\"}";
    try {
      DatasetReader.strict().read(json, "bad.json");
      fail("the reader accepted %s", json);
    } catch (InvalidInputException expected) {
      // as it should
    }
    assertThat(validate(json)).as("schema errors for %s", json).isNotEmpty();
  }

  @Test
  void bothTaskIdStyles_validate() {
    assertThat(validate("{\"id\": \"x\", \"progress\": {\"A3.3.1\": {\"status\": \"DONE\"},"
        + " \"B.3.2.2\": {\"status\": \"NOT_STARTED\"}}}")).isEmpty();
  }

  // ---------------------------------------------------------------- in sync with the model

  /** The model types whose JSON the schema describes, by the schema object that describes them. */
  static Map<String, Class<?>> describedTypes() {
    Map<String, Class<?>> types = new LinkedHashMap<>();
    types.put("", ImmutableDataset.class);
    types.put("Distribution", ImmutableDistribution.class);
    types.put("DataService", ImmutableDataService.class);
    types.put("PersonalData", ImmutablePersonalData.class);
    types.put("Roles", ImmutableRoles.class);
    types.put("Publisher", ImmutablePublisher.class);
    types.put("ContactPoint", ImmutableContactPoint.class);
    types.put("TaskProgress", ImmutableTaskProgress.class);
    types.put("Audience", ImmutableAudience.class);
    types.put("Support", ImmutableSupport.class);
    types.put("Effort", ImmutableEffort.class);
    types.put("TemporalCoverage", ImmutableTemporalCoverage.class);
    types.put("Provenance", ImmutableProvenance.class);
    return types;
  }

  private static JsonNode def(String name) {
    JsonNode tree = schemaTree();
    return name.isEmpty() ? tree : tree.path("$defs").path(name);
  }

  private static Set<String> schemaProperties(String def) {
    Set<String> names = new TreeSet<>();
    def(def).path("properties").fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The names Jackson reads for an Immutable type: the properties of its generated JSON delegate. */
  static Set<String> jacksonReads(Class<?> immutable) {
    ObjectMapper mapper = OdisJson.mapper();
    BeanDescription desc = mapper.getDeserializationConfig().introspect(mapper.constructType(jsonDelegate(immutable)));
    return desc.findProperties().stream()
        .filter(BeanPropertyDefinition::couldDeserialize)
        .map(BeanPropertyDefinition::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The names Jackson writes for an Immutable type. */
  static Set<String> jacksonWrites(Class<?> immutable) {
    ObjectMapper mapper = OdisJson.mapper();
    BeanDescription desc = mapper.getSerializationConfig().introspect(mapper.constructType(immutable));
    return desc.findProperties().stream()
        .filter(BeanPropertyDefinition::couldSerialize)
        .map(BeanPropertyDefinition::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Class<?> jsonDelegate(Class<?> immutable) {
    return Arrays.stream(immutable.getDeclaredClasses())
        .filter(c -> c.getSimpleName().equals("Json"))
        .findFirst()
        .orElseThrow(() -> new AssertionError(immutable + " has no generated Json delegate"));
  }

  @Test
  void schemaProperties_ofEveryType_equalWhatJacksonReadsAndWrites() {
    describedTypes().forEach((def, type) -> {
      Set<String> reads = jacksonReads(type);
      assertThat(reads).as("Jackson reads properties of %s", type.getSimpleName()).isNotEmpty();
      assertThat(schemaProperties(def))
          .as("schema properties of %s — update dataset.schema.json when the model changes",
              def.isEmpty() ? "the dataset" : "$defs/" + def)
          .isEqualTo(reads);
      assertThat(jacksonWrites(type)).as("Jackson writes %s", type.getSimpleName()).isEqualTo(reads);
    });
  }

  @Test
  void schemaRequired_ofEveryType_equalsWhatJacksonRequires() {
    describedTypes().forEach((def, type) -> {
      Set<String> schemaRequired = new TreeSet<>();
      def(def).path("required").forEach(n -> schemaRequired.add(n.asText()));
      ObjectMapper mapper = OdisJson.mapper();
      Set<String> required = mapper.getDeserializationConfig()
          .introspect(mapper.constructType(jsonDelegate(type))).findProperties().stream()
          .filter(BeanPropertyDefinition::isRequired)
          .map(BeanPropertyDefinition::getName)
          .collect(Collectors.toCollection(TreeSet::new));
      assertThat(schemaRequired).as("required of %s", def.isEmpty() ? "the dataset" : def).isEqualTo(required);
    });
  }

  /** A minimal valid object of each type, to which one property at a time is added. */
  private static final Map<String, Map<String, String>> MINIMAL = Map.of(
      "", Map.of("id", "\"x\""),
      "TaskProgress", Map.of("status", "\"DONE\""),
      "Audience", Map.of("kind", "\"INTERNAL\"", "name", "\"a\""),
      "Provenance", Map.of("catalogue", "\"c.rdf\"", "format", "\"DCAT\"", "identifier", "\"x\"", "date", "\"2026-01-01\""));

  @Test
  void schemaNullability_ofEveryProperty_equalsWhetherJacksonAcceptsNull() {
    describedTypes().forEach((def, type) -> {
      for (String property : schemaProperties(def)) {
        Map<String, String> fields = new LinkedHashMap<>(MINIMAL.getOrDefault(def, Map.of()));
        fields.remove(property);
        fields.put(property, "null");
        String json = fields.entrySet().stream()
            .map(f -> "\"" + f.getKey() + "\": " + f.getValue())
            .collect(Collectors.joining(", ", "{", "}"));
        boolean jacksonAccepts;
        try {
          OdisJson.mapper().readerFor(type).readValue(json);
          jacksonAccepts = true;
        } catch (InvalidNullException e) {
          jacksonAccepts = false;
        } catch (IOException e) {
          throw new AssertionError("reading " + json + " as " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
        assertThat(allowsNull(def(def).path("properties").path(property)))
            .as("schema allows null for %s/%s (Jackson %s it)", def.isEmpty() ? "dataset" : def, property,
                jacksonAccepts ? "accepts" : "rejects")
            .isEqualTo(jacksonAccepts);
      }
    });
  }

  private static boolean allowsNull(JsonNode property) {
    JsonNode type = property.path("type");
    if (type.isTextual() && type.asText().equals("null")) return true;
    if (type.isArray() && StreamSupport.stream(type.spliterator(), false).anyMatch(t -> t.asText().equals("null"))) {
      return true;
    }
    if (property.path("enum").isArray()
        && StreamSupport.stream(property.path("enum").spliterator(), false).anyMatch(JsonNode::isNull)) {
      return true;
    }
    for (String combinator : List.of("anyOf", "oneOf")) {
      for (JsonNode branch : property.path(combinator)) {
        if (allowsNull(branch)) return true;
      }
    }
    return false;
  }

  @Test
  void schemaEnums_equalTheJsonNamesOfTheJavaEnums() throws Exception {
    Map<String, Class<? extends Enum<?>>> enums = new LinkedHashMap<>();
    enums.put("Secrecy", Secrecy.class);
    enums.put("ThirdPartyRights", ThirdPartyRights.class);
    enums.put("LegalObstacles", LegalObstacles.class);
    enums.put("PersonalDataStatus", PersonalDataStatus.class);
    enums.put("ProtectiveMeasure", ProtectiveMeasure.class);
    enums.put("Fees", Fees.class);
    enums.put("Lifecycle", Lifecycle.class);
    enums.put("Storage", Storage.class);
    enums.put("TaskStatus", TaskStatus.class);
    enums.put("AccessRights", AccessRights.class);
    enums.put("HvdCategory", HvdCategory.class);
    enums.put("Frequency", Frequency.class);
    enums.put("DataTheme", DataTheme.class);
    enums.put("PublisherType", PublisherType.class);
    for (Map.Entry<String, Class<? extends Enum<?>>> e : enums.entrySet()) {
      assertThat(enumValues(def(e.getKey()).path("enum")))
          .as("$defs/%s enum", e.getKey())
          .containsExactlyElementsOf(jsonNames(e.getValue()));
    }
    assertThat(enumValues(def("Audience").path("properties").path("kind").path("enum")))
        .containsExactlyElementsOf(jsonNames(Audience.Kind.class));
    assertThat(enumValues(def("Effort").path("properties").path("size").path("enum")))
        .containsExactlyElementsOf(jsonNames(Effort.Size.class));
  }

  private static List<String> enumValues(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(n -> {
      if (!n.isNull()) values.add(n.asText());
    });
    return values;
  }

  private static List<String> jsonNames(Class<? extends Enum<?>> type) throws IOException {
    List<String> names = new ArrayList<>();
    for (Enum<?> c : type.getEnumConstants()) names.add(PLAIN.readTree(OdisJson.mapper().writeValueAsString(c)).asText());
    return names;
  }

  @Test
  void schemaTaskIds_areTheGuidesTasksInBothStyles() {
    List<String> canonical = Guide.odis().getTasks().stream().map(GuideTask::getId).collect(Collectors.toList());
    assertThat(canonical).hasSize(56);
    List<String> both = new ArrayList<>(canonical);
    canonical.forEach(id -> both.add(id.charAt(0) + id.substring(2)));
    JsonNode taskId = def("TaskId");
    assertThat(enumValues(taskId.path("enum"))).containsExactlyInAnyOrderElementsOf(both);
    assertThat(taskId.path("pattern").asText()).isEqualTo("^[ABC]\\.?[1-9]\\.[1-9]\\.[1-9]$");
    for (String id : both) {
      assertThat(id).matches("[ABC]\\.?[1-9]\\.[1-9]\\.[1-9]");
      assertThat(TaskId.of(id).getId()).isIn(canonical);
    }
  }

  @Test
  void schemaDates_haveFormatDateAndAStrictPattern() {
    JsonNode date = def("date");
    assertThat(date.path("format").asText()).isEqualTo("date");
    assertThat(date.path("pattern").asText()).isEqualTo("^\\d{4}-\\d{2}-\\d{2}$");
  }

  @Test
  void schemaLanguageTags_matchLocalizedText() {
    assertThat(def("LocalizedText").path("propertyNames").path("pattern").asText())
        .isEqualTo("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$");
    assertThat(validate("{\"id\": \"x\", \"title\": {\"sv\": \"a\", \"en-GB\": \"b\", \"smj\": \"c\"}}")).isEmpty();
  }
}
