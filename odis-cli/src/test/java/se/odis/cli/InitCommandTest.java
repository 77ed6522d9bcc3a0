package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.cli.Cli.odis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.odis.cli.Cli.Result;
import se.odis.model.Assessment;
import se.odis.model.Dataset;
import se.odis.model.DatasetReader;
import se.odis.model.Fees;
import se.odis.model.Guide;
import se.odis.model.LegalObstacles;
import se.odis.model.PersonalDataStatus;
import se.odis.model.ProfileReader;
import se.odis.model.Secrecy;
import se.odis.model.Storage;
import se.odis.model.TaskStatus;
import se.odis.model.ThirdPartyRights;
import se.odis.model.Verdict;

/** {@code odis init}: a starter file with every decisive fact UNKNOWN, that reads back and assesses. */
class InitCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void init_idOrTitleOdisWouldRefuse_isAUsageError_notAStarterFileThatFailsLater() {
    Result lineBreak = odis("init", "--id", "park\nering");
    Result control = odis("init", "--title", "a\u0007b");

    assertThat(lineBreak.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(lineBreak.out()).isEmpty();
    assertThat(lineBreak.err()).startsWith("odis: error: --id: 'id' holds a line break or tab; expected one line of text\n");
    assertThat(control.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(control.err()).startsWith("odis: error: --title: the text holds the control character U+0007");
  }

  @Test
  void init_toStandardOutput_readsBackStrictly_withEveryDecisiveFactUnknown() throws Exception {
    Result r = odis("init", "--id", "parkering-01", "--title", "Parkeringsplatser");

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    Dataset d = DatasetReader.strict().read(r.out(), "init");
    assertThat(d.getId()).isEqualTo("parkering-01");
    assertThat(d.getTitle().get("sv")).isEqualTo("Parkeringsplatser");
    assertThat(d.getPersonalData().getStatus()).isEqualTo(PersonalDataStatus.UNKNOWN);
    assertThat(d.getPersonalData().getMeasures()).isEmpty();
    assertThat(d.getSecrecy()).isEqualTo(Secrecy.UNKNOWN);
    assertThat(d.getThirdPartyRights()).isEqualTo(ThirdPartyRights.UNKNOWN);
    assertThat(d.getOtherLegalObstacles()).isEqualTo(LegalObstacles.UNKNOWN);
    assertThat(d.getFees()).isEqualTo(Fees.UNKNOWN);
    assertThat(d.getStorage()).isEqualTo(Storage.UNKNOWN);
    assertThat(d.getLicence()).isNull();
    assertThat(d.getRoles().getOwner()).isNull();
    assertThat(d.getProgress()).hasSize(Guide.odis().getTasks().size());
    assertThat(d.getProgress().values()).allSatisfy(p -> assertThat(p.getStatus()).isEqualTo(TaskStatus.NOT_STARTED));
  }

  @Test
  void init_showsTheDecisiveFactsAsUnknownInTheFileItself() throws Exception {
    JsonNode n = JSON.readTree(odis("init").out());

    assertThat(n.path("id").asText()).isEqualTo(InitCommand.DEFAULT_ID);
    assertThat(n.path("personalData").path("status").asText()).isEqualTo("UNKNOWN");
    assertThat(n.path("personalData").path("measures").isArray()).isTrue();
    for (String fact : List.of("secrecy", "thirdPartyRights", "otherLegalObstacles", "fees", "storage")) {
      assertThat(n.path(fact).asText()).as(fact).isEqualTo("UNKNOWN");
    }
    assertThat(n.has("licence") && n.get("licence").isNull()).as("licence slot").isTrue();
    assertThat(n.path("title").path("sv").asText()).isEmpty();
    assertThat(n.path("title").has("en")).isTrue();
    assertThat(n.path("roles").has("owner")).isTrue();
  }

  @Test
  void init_assessesAsInProgress() throws Exception {
    Dataset d = DatasetReader.strict().read(odis("init", "--id", "x").out(), "init");

    Assessment a = Assessors.shared().assess(d, LocalDate.of(2026, 11, 26));

    assertThat(a.getVerdict()).isEqualTo(Verdict.IN_PROGRESS);
    assertThat(a.getStage()).isEqualTo("A1");
  }

  @Test
  void init_hasASlotForEveryFieldOfTheSchema_andPointsToIt() throws Exception {
    JsonNode schema = JSON.readTree(SchemaCommand.text());
    JsonNode n = JSON.readTree(odis("init").out());

    List<String> fields = new ArrayList<>();
    schema.path("properties").fieldNames().forEachRemaining(fields::add);
    fields.remove("imported"); // where an imported file came from: odis import writes it, init has nothing to say
    List<String> written = new ArrayList<>();
    n.fieldNames().forEachRemaining(written::add);
    assertThat(written).containsExactlyInAnyOrderElementsOf(fields);
    assertThat(written.get(0)).isEqualTo("$schema");
    assertThat(written.get(written.size() - 1)).isEqualTo("progress");
    assertThat(n.path("$schema").asText()).isEqualTo(schema.path("$id").asText());
  }

  @Test
  void init_isValidAgainstTheSchema() {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, b -> b
        .schemaMappers(m -> m.mapPrefix("https://json-schema.org/draft/2020-12/", "classpath:draft/2020-12/"))
        .schemaLoaders(l -> l.values(loaders -> loaders.add(0, iri -> {
          if (iri.toString().startsWith("http")) throw new IllegalStateException("the test must not fetch " + iri);
          return null;
        }))));
    JsonSchema schema = factory.getSchema(SchemaCommand.text(), InputFormat.JSON,
        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

    assertThat(schema.validate(odis("init", "--title", "T").out(), InputFormat.JSON)).isEmpty();
  }

  @Test
  void init_leavesCompositeFactsNull_soThatAProfilesDefaultsApply() throws Exception {
    Dataset d = DatasetReader.strict().read(odis("init").out(), "init");

    Dataset withDefaults = ProfileReader.read(Path.of(RulesCommandTest.PROFILE)).applyTo(d);

    assertThat(withDefaults.getPublisher()).isNotNull();
    assertThat(withDefaults.getPublisher().getName()).isEqualTo("Exempelkommun");
    assertThat(withDefaults.getContactPoint()).isNotNull();
    assertThat(withDefaults.getLicence()).isEqualTo("CC0-1.0");
    assertThat(withDefaults.getFees()).isEqualTo(Fees.NONE);
  }

  @Test
  void init_layout_isTwoSpaceIndentedWithEmptyArraysInline() {
    String out = odis("init").out();

    assertThat(out).startsWith("{\n  \"$schema\": \"").contains("\n  \"distributions\": [],\n")
        .contains("\n  \"publisher\": null,\n").endsWith("}\n").doesNotContain("\r", "\t");
  }

  @Test
  void init_toFile_writesItAndSaysWhatToDoNext(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("lekplatser-03.json");

    Result r = odis("init", "-o", file.toString());

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo("Skrev " + file + " (id lekplatser-03). Fyll i den och bedöm den sedan med: odis assess "
        + file + "\n");
    assertThat(DatasetReader.strict().read(file).getId()).as("id from the file name").isEqualTo("lekplatser-03");
  }

  @Test
  void init_toFileInEnglish(@TempDir Path dir) {
    Path file = dir.resolve("x.json");

    Result r = odis("init", "--lang", "en", "--id", "given", "--output", file.toString());

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("Wrote " + file + " (id given). Fill it in, then assess it with: odis assess ");
  }

  @Test
  void init_existingFile_isNotOverwrittenWithoutForce(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("mine.json"), "{\"id\": \"precious\"}");

    Result r = odis("init", "-o", file.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("odis: error: " + file + " already exists; give --force to overwrite it\n");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("{\"id\": \"precious\"}");
  }

  @Test
  void init_existingFileWithForce_isOverwritten(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("mine.json"), "{\"id\": \"precious\"}");

    Result r = odis("init", "-o", file.toString(), "--force", "--id", "new");

    assertThat(r.exitCode()).isZero();
    assertThat(DatasetReader.strict().read(file).getId()).isEqualTo("new");
  }

  @Test
  void init_intoMissingDirectory_exitsTwo(@TempDir Path dir) {
    Result r = odis("init", "-o", dir.resolve("no/such/dir/x.json").toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).startsWith("odis: error: ").contains("directory does not exist");
  }

  @Test
  void init_blankId_exitsTwo() {
    Result r = odis("init", "--id", " ");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("--id must not be blank");
  }
}
