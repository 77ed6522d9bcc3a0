package se.odis.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * What must hold for every valid dataset: it survives a JSON round trip unchanged, its JSON
 * satisfies the published schema, and no input whatever makes the reader throw anything but an
 * {@link InvalidInputException} that names a line and column and shows no internals.
 */
class DatasetProperties {
  private static final ObjectMapper MAPPER = OdisJson.mapper();
  private static final ObjectMapper PLAIN = new ObjectMapper();

  @Provide
  Arbitrary<Dataset> datasets() {
    return DatasetArbitraries.datasets().withoutEdgeCases();
  }

  private static String write(Dataset d) {
    try {
      return MAPPER.writeValueAsString(d);
    } catch (JsonProcessingException e) {
      throw new AssertionError("cannot write " + d, e);
    }
  }

  @Property(tries = 300)
  void roundTrip_anyDataset_readsBackEqual(@ForAll("datasets") Dataset dataset) throws InvalidInputException {
    String json = write(dataset);
    Dataset read = DatasetReader.strict().read(json, "generated.json");
    assertThat(read).isEqualTo(dataset);
    assertThat(write(read)).isEqualTo(json);
  }

  @Property(tries = 100)
  void schema_anyWrittenDataset_validates(@ForAll("datasets") Dataset dataset) {
    assertThat(DatasetSchemaTest.validate(write(dataset))).isEmpty();
  }

  @Property(tries = 300)
  void read_anyOneCharacterEdit_eitherReadsOrIsAnInputProblemWithAPlace(
      @ForAll("datasets") Dataset dataset,
      @ForAll @IntRange(min = 0, max = 100_000) int position,
      @ForAll("edits") String edit) {
    String json = write(dataset);
    int at = position % (json.length() + 1);
    String mutated = edit.isEmpty()
        ? json.substring(0, Math.min(at, json.length() - 1)) + json.substring(Math.min(at, json.length() - 1) + 1)
        : json.substring(0, at) + edit + json.substring(at);
    assertReadsOrReportsWell(mutated);
  }

  @Provide
  Arbitrary<String> edits() {
    return Arbitraries.of("", "", "", "{", "}", "[", "]", ",", ":", "\"", "'", "null", "0", "-1.5e3", "true",
        " ", "\n", "\\", "x", "\"x\":1,", "/*", "\u0000", "å", "\uFEFF");
  }

  @Property(tries = 500)
  void read_anyString_eitherReadsOrIsAnInputProblemWithAPlace(@ForAll("jsonish") String input) {
    assertReadsOrReportsWell(input);
  }

  @Provide
  Arbitrary<String> jsonish() {
    Arbitrary<String> token = Arbitraries.of("{", "}", "[", "]", ",", ":", "\"id\"", "\"x\"", "\"secrecy\"",
        "\"NONE\"", "\"progress\"", "\"A3.3.1\"", "\"status\"", "\"DONE\"", "null", "1", "true", " ", "\n",
        "\"title\"", "\"sv\"", "\"issued\"", "\"2026-01-31\"", "\"distributions\"", "'");
    return Arbitraries.oneOf(
        token.list().ofMaxSize(25).map(l -> String.join("", l)),
        Arbitraries.strings().ofMaxLength(40));
  }

  private static void assertReadsOrReportsWell(String input) {
    try {
      DatasetReader.strict().read(input, "edited.json");
    } catch (InvalidInputException e) {
      InputProblem p = e.getProblem();
      assertThat(p.getSource()).isEqualTo("edited.json");
      assertThat(p.getLine()).as("line of %s", p).isPositive();
      assertThat(p.getColumn()).as("column of %s", p).isPositive();
      assertThat(p.getPointer()).as("pointer of %s", p).matches("(/[^/]*)*");
      DatasetReaderTest.assertNoInternals(p);
    }
  }

  // ---------------------------------------------------------------- the generator covers the model

  /**
   * The generator draws every property the JSON has (so the round trip above means something for
   * each of them) and every value of each decisive fact, UNKNOWN included. A new model attribute
   * without a generator in {@link DatasetArbitraries} fails here.
   */
  @Example
  void generator_overManySamples_coversEveryPropertyAndEveryFactValue() {
    Map<String, Set<String>> seen = new LinkedHashMap<>();
    Set<Secrecy> secrecy = EnumSet.noneOf(Secrecy.class);
    Set<PersonalDataStatus> personal = EnumSet.noneOf(PersonalDataStatus.class);
    Set<ThirdPartyRights> rights = EnumSet.noneOf(ThirdPartyRights.class);
    Set<LegalObstacles> obstacles = EnumSet.noneOf(LegalObstacles.class);
    Set<TaskStatus> statuses = EnumSet.noneOf(TaskStatus.class);
    List<Dataset> sample = DatasetArbitraries.datasets().withoutEdgeCases().sampleStream().limit(300).collect(Collectors.toList());
    for (Dataset d : sample) {
      JsonNode tree = readTree(write(d));
      collect(seen, "", tree);
      tree.path("distributions").forEach(n -> collect(seen, "Distribution", n));
      tree.path("dataServices").forEach(n -> collect(seen, "DataService", n));
      collect(seen, "PersonalData", tree.path("personalData"));
      collect(seen, "Roles", tree.path("roles"));
      collect(seen, "Publisher", tree.path("publisher"));
      collect(seen, "ContactPoint", tree.path("contactPoint"));
      tree.path("progress").forEach(n -> collect(seen, "TaskProgress", n));
      tree.path("audiences").forEach(n -> collect(seen, "Audience", n));
      collect(seen, "Support", tree.path("support"));
      collect(seen, "Effort", tree.path("effort"));
      collect(seen, "TemporalCoverage", tree.path("temporal"));
      collect(seen, "Provenance", tree.path("imported"));
      secrecy.add(d.getSecrecy());
      personal.add(d.getPersonalData().getStatus());
      rights.add(d.getThirdPartyRights());
      obstacles.add(d.getOtherLegalObstacles());
      d.getProgress().values().forEach(p -> statuses.add(p.getStatus()));
    }
    DatasetSchemaTest.describedTypes().forEach((def, type) ->
        assertThat(seen.getOrDefault(def, Set.of()))
            .as("properties of %s drawn by DatasetArbitraries", def.isEmpty() ? "the dataset" : def)
            .isEqualTo(DatasetSchemaTest.jacksonReads(type)));
    assertThat(secrecy).containsExactlyInAnyOrder(Secrecy.values());
    assertThat(personal).containsExactlyInAnyOrder(PersonalDataStatus.values());
    assertThat(rights).containsExactlyInAnyOrder(ThirdPartyRights.values());
    assertThat(obstacles).containsExactlyInAnyOrder(LegalObstacles.values());
    assertThat(statuses).containsExactlyInAnyOrder(TaskStatus.values());
    assertThat(sample.stream().map(Dataset::getLicence).collect(Collectors.toSet()))
        .contains("CC0-1.0", "proprietary", "Exempelkommunens villkor", null);
    Function<Dataset, Boolean> hasUnrecognisedLicence =
        d -> d.getLicence() != null && !Licence.parse(d.getLicence()).isRecognised();
    assertThat(sample.stream().anyMatch(hasUnrecognisedLicence::apply)).isTrue();
  }

  private static void collect(Map<String, Set<String>> seen, String def, JsonNode object) {
    if (!object.isObject()) return;
    object.fieldNames().forEachRemaining(name -> seen.computeIfAbsent(def, k -> new TreeSet<>()).add(name));
  }

  private static JsonNode readTree(String json) {
    try {
      return PLAIN.readTree(json);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }
}
