package se.odis.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.odis.dcat.CkanImporter;
import se.odis.dcat.DcatImporter;
import se.odis.dcat.RdfSyntax;
import se.odis.model.CatalogueFormat;
import se.odis.model.DatasetReader;
import se.odis.model.InvalidInputException;
import se.odis.record.RecordImport.Kind;

/** {@link RecordImport} on small catalogues: identity, writing whole or not at all, and refusals. */
class RecordImportTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  @TempDir Path tmp;

  /** A Turtle catalogue of datasets {@code ds1…dsN} with the given title prefix. */
  static String catalogue(int n, String title) {
    StringBuilder sb = new StringBuilder("@prefix dcat: <http://www.w3.org/ns/dcat#> .\n"
        + "@prefix dct: <http://purl.org/dc/terms/> .\n"
        + "<https://data.exempelkommun.se/catalog> a dcat:Catalog ;\n");
    for (int i = 1; i <= n; i++) sb.append("  dcat:dataset <https://data.exempelkommun.se/ds/").append(i).append("> ;\n");
    sb.append("  dct:title \"Katalog\"@sv .\n");
    for (int i = 1; i <= n; i++) {
      sb.append("<https://data.exempelkommun.se/ds/").append(i).append("> a dcat:Dataset ;\n")
          .append("  dct:identifier \"ds").append(i).append("\" ;\n")
          .append("  dct:title \"").append(title).append(' ').append(i).append("\"@sv ;\n")
          .append("  dct:description \"Beskrivning\"@sv .\n");
    }
    return sb.toString();
  }

  private RecordImport plan(Path dir, String turtle, LocalDate day) throws InvalidInputException {
    var content = DcatImporter.read(new ByteArrayInputStream(turtle.getBytes(StandardCharsets.UTF_8)), RdfSyntax.TURTLE,
        "katalog.ttl");
    return RecordImport.plan(dir, List.of(new RecordImport.Source(content, CatalogueFormat.DCAT,
        tmp.resolve("katalog.ttl").toString())), day);
  }

  private static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> files = new HashMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.toList()) files.put(p.getFileName().toString(), Files.readString(p));
    }
    return files;
  }

  /** A sink that fails the n-th prepare or the n-th commit, and otherwise writes for real. */
  static AtomicFiles.Sink failing(int prepareAt, int commitAt) {
    AtomicInteger prepares = new AtomicInteger();
    AtomicInteger commits = new AtomicInteger();
    return new AtomicFiles.Sink() {
      @Override
      public Path prepare(Path target, String text) throws IOException {
        if (prepares.incrementAndGet() == prepareAt) throw new IOException("No space left on device");
        return AtomicFiles.prepare(target, text);
      }

      @Override
      public void commit(Path temp, Path target) throws IOException {
        if (commits.incrementAndGet() == commitAt) throw new IOException("Input/output error");
        AtomicFiles.commit(temp, target);
      }
    };
  }

  @Test
  void write_failingTheThirdFile_changesNoFile_andLeavesNoTemporaryFile() throws Exception {
    Path dir = tmp.resolve("record");
    plan(dir, catalogue(5, "Gammal"), DAY).write();
    Map<String, String> before = snapshot(dir);
    RecordImport update = plan(dir, catalogue(5, "Ny"), DAY.plusDays(1));
    assertThat(update.files()).hasSize(5);

    assertThatThrownBy(() -> update.write(failing(3, 0)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("cannot write the file (No space left on device); no file of the record was changed");

    assertThat(snapshot(dir)).isEqualTo(before);
  }

  @Test
  void write_failingTheThirdRename_leavesEachFileOldOrNew_andRunningAgainFinishes() throws Exception {
    Path dir = tmp.resolve("record");
    plan(dir, catalogue(5, "Gammal"), DAY).write();
    Map<String, String> before = snapshot(dir);
    RecordImport update = plan(dir, catalogue(5, "Ny"), DAY.plusDays(1));

    assertThatThrownBy(() -> update.write(failing(0, 3)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("2 of 5 files were replaced, the others are as they were: run the import again");

    Map<String, String> after = snapshot(dir);
    assertThat(after.keySet()).isEqualTo(before.keySet()); // no temporary file left
    int changed = 0;
    for (String name : after.keySet()) {
      var d = DatasetReader.strict().read(after.get(name), name); // each file whole
      if (!after.get(name).equals(before.get(name))) {
        changed++;
        assertThat(d.getTitle().get("sv")).startsWith("Ny ");
      }
    }
    assertThat(changed).isEqualTo(2);
    plan(dir, catalogue(5, "Ny"), DAY.plusDays(2)).write();
    for (String text : snapshot(dir).values()) assertThat(text).contains("\"sv\": \"Ny ");
  }

  @Test
  void plan_identifiesDatasetsByUri_whateverTheirFileIsCalledAndWhereverItIs() throws Exception {
    Path dir = tmp.resolve("record");
    plan(dir, catalogue(2, "T"), DAY).write();
    Files.createDirectories(dir.resolve("kultur"));
    Files.move(dir.resolve("ds1.json"), dir.resolve("kultur/bibliotek.json"));

    RecordImport again = plan(dir, catalogue(2, "T"), DAY);

    assertThat(again.changes()).extracting(RecordImport.Change::kind).containsExactly(Kind.UNCHANGED, Kind.UNCHANGED);
    assertThat(again.changes().get(0).file()).isEqualTo(dir.resolve("kultur/bibliotek.json"));
  }

  @Test
  void plan_brokenFileInTheRecord_refusesTheWholeImport() throws Exception {
    Path dir = tmp.resolve("record");
    plan(dir, catalogue(2, "T"), DAY).write();
    Files.writeString(dir.resolve("trasig.json"), "{\"id\": \"x\", \"secrecy\": \"MAYBE\"}");

    assertThatThrownBy(() -> plan(dir, catalogue(3, "T"), DAY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(dir.resolve("trasig.json") + ":1:").hasMessageContaining("/secrecy");
  }

  @Test
  void plan_twoFilesForOneDataset_orARecordThatIsAFile_areRefused() throws Exception {
    Path dir = tmp.resolve("record");
    plan(dir, catalogue(1, "T"), DAY).write();
    Files.copy(dir.resolve("ds1.json"), dir.resolve("kopia.json"));
    Path file = Files.writeString(tmp.resolve("fil"), "x");

    assertThatThrownBy(() -> plan(dir, catalogue(1, "T"), DAY)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("is the same catalogue dataset as");
    assertThatThrownBy(() -> plan(file, catalogue(1, "T"), DAY)).isInstanceOf(InvalidInputException.class)
        .hasMessage(file + ": is not a directory; expected a directory for the record's dataset files (it is made if it does not exist)");
  }

  @Test
  void plan_nameTakenByAHandWrittenFile_getsTheHashedName() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("record"));
    Files.writeString(dir.resolve("ds1.json"), "{\"id\": \"egen\"}");

    RecordImport first = plan(dir, catalogue(1, "T"), DAY);
    first.write();

    assertThat(first.files()).singleElement().satisfies(p -> assertThat(p.getFileName().toString()).matches("ds1-[0-9a-f]{8}\\.json"));
    assertThat(Files.readString(dir.resolve("ds1.json"))).isEqualTo("{\"id\": \"egen\"}");
  }

  @Test
  void plan_ckan_identifiesPackagesByName() throws Exception {
    Path dir = tmp.resolve("record");
    String ckan = "{\"result\": {\"results\": [{\"name\": \"parkering\", \"title\": \"Parkering\"},"
        + " {\"name\": \"lekplatser\", \"title\": \"Lekplatser\"}]}}";
    var content = CkanImporter.read(new ByteArrayInputStream(ckan.getBytes(StandardCharsets.UTF_8)), "ckan.json");
    RecordImport first = RecordImport.plan(dir, List.of(new RecordImport.Source(content, CatalogueFormat.CKAN,
        "https://ckan.exempelkommun.se")), DAY);
    first.write();
    String reordered = "{\"result\": {\"results\": [{\"name\": \"lekplatser\", \"title\": \"Lekplatser\"},"
        + " {\"name\": \"parkering\", \"title\": \"Parkering\"}]}}";
    var again = CkanImporter.read(new ByteArrayInputStream(reordered.getBytes(StandardCharsets.UTF_8)), "ckan.json");

    RecordImport second = RecordImport.plan(dir, List.of(new RecordImport.Source(again, CatalogueFormat.CKAN,
        "https://ckan.exempelkommun.se")), DAY);

    assertThat(first.files()).extracting(p -> p.getFileName().toString()).containsExactly("lekplatser.json", "parkering.json");
    var d = DatasetReader.strict().read(dir.resolve("parkering.json"));
    assertThat(d.getImported().getCatalogue()).isEqualTo("https://ckan.exempelkommun.se");
    assertThat(d.getImported().getUri()).isNull();
    assertThat(second.changes()).extracting(RecordImport.Change::kind).containsOnly(Kind.UNCHANGED);
  }

  private RecordImport ckan(Path dir, String packages, LocalDate day) throws InvalidInputException {
    String json = "{\"result\": {\"results\": [" + packages + "]}}";
    var content = CkanImporter.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "ckan.json");
    return RecordImport.plan(dir, List.of(new RecordImport.Source(content, CatalogueFormat.CKAN,
        "https://ckan.exempelkommun.se")), day);
  }

  private static String pkg(String name, String title, String notes) {
    return "{\"name\": \"" + name + "\", \"title\": \"" + title + "\", \"notes\": \"" + notes + "\"}";
  }

  @Test
  void plan_datasetRenamed_withEverythingElseAsImported_staysInItsFile_withWhatWasRecorded() throws Exception {
    Path dir = tmp.resolve("record");
    ckan(dir, pkg("parkering", "Parkering", "Parkeringsplatser i kommunen") + ", " + pkg("lekplatser", "Lekplatser", "Lekplatser"),
        DAY).write();
    Path parkering = dir.resolve("parkering.json");
    RecordFile.read(parkering).set("roles.owner", "Trafiknämnden").write(parkering);

    RecordImport renamed = ckan(dir, pkg("parkeringsplatser", "Parkeringsplatser", "Parkeringsplatser i kommunen") + ", "
        + pkg("lekplatser", "Lekplatser", "Lekplatser"), DAY.plusDays(1));
    renamed.write();

    assertThat(renamed.changes()).extracting(RecordImport.Change::kind).containsExactly(Kind.UPDATED, Kind.UNCHANGED);
    assertThat(renamed.changes().get(0).identifier()).isEqualTo("parkeringsplatser");
    assertThat(renamed.changes().get(0).file()).isEqualTo(parkering);
    assertThat(renamed.changes().get(0).fields()).contains("imported.identifier").anyMatch(f -> f.startsWith("title."));
    assertThat(Files.list(dir).count()).isEqualTo(2);
    var d = DatasetReader.strict().read(parkering);
    assertThat(d.getRoles().getOwner()).isEqualTo("Trafiknämnden");
    assertThat(d.getImported().getIdentifier()).isEqualTo("parkeringsplatser");
    assertThat(d.getTitle().best("sv")).isEqualTo("Parkeringsplatser");
    // Next time it is known by its new identifier: nothing to do.
    assertThat(ckan(dir, pkg("parkeringsplatser", "Parkeringsplatser", "Parkeringsplatser i kommunen") + ", "
        + pkg("lekplatser", "Lekplatser", "Lekplatser"), DAY.plusDays(2)).files()).isEmpty();
  }

  @Test
  void plan_renamesThatCouldMatchSeveralWays_orChangeMoreThanTheTitle_areGoneAndAdded() throws Exception {
    Path dir = tmp.resolve("record");
    ckan(dir, pkg("a", "A", "Samma") + ", " + pkg("b", "B", "Samma") + ", " + pkg("c", "C", "Egen"), DAY).write();

    RecordImport again = ckan(dir, pkg("a2", "A2", "Samma") + ", " + pkg("b2", "B2", "Samma") + ", " + pkg("c2", "C2", "Annan"),
        DAY.plusDays(1));

    assertThat(again.changes()).extracting(RecordImport.Change::kind)
        .containsExactly(Kind.ADDED, Kind.ADDED, Kind.ADDED, Kind.GONE, Kind.GONE, Kind.GONE);
  }

  @Test
  void plan_sameDatasetTwice_isRefused() {
    String twice = catalogue(1, "T");
    assertThatThrownBy(() -> {
      var c = DcatImporter.read(new ByteArrayInputStream(twice.getBytes(StandardCharsets.UTF_8)), RdfSyntax.TURTLE, "a.ttl");
      RecordImport.plan(tmp.resolve("r"), List.of(new RecordImport.Source(c, CatalogueFormat.DCAT, "a.ttl"),
          new RecordImport.Source(c, CatalogueFormat.DCAT, "b.ttl")), DAY);
    }).isInstanceOf(InvalidInputException.class)
        .hasMessage("b.ttl: the dataset <https://data.exempelkommun.se/ds/1> is given twice, also in a.ttl; "
            + "expected each dataset in one catalogue only");
  }
}
