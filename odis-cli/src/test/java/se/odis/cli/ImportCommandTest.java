package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.cli.Cli.odis;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.odis.cli.Cli.Result;
import se.odis.model.DatasetReader;
import se.odis.model.test.SharedData;

/** {@code odis import}: a catalogue into the record, and again. */
class ImportCommandTest {
  @TempDir Path tmp;

  static final String TURTLE = "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n"
      + "@prefix dct: <http://purl.org/dc/terms/> .\n"
      + "<https://e.se/ds/1> a dcat:Dataset ; dct:identifier \"parkering\" ; dct:title \"Parkering\"@sv .\n"
      + "<https://e.se/ds/2> a dcat:Dataset ; dct:identifier \"lekplatser\" ; dct:title \"Lekplatser\"@sv .\n";

  private Path catalogue(String text) throws Exception {
    return Files.writeString(tmp.resolve("katalog.ttl"), text, StandardCharsets.UTF_8);
  }

  private static long count(Path dir) throws Exception {
    if (!Files.exists(dir)) return 0;
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).count();
    }
  }

  @Test
  void import_writesOneFilePerDataset_andSaysSo_thenAgainChangesNothing() throws Exception {
    Path cat = catalogue(TURTLE);
    Path dir = tmp.resolve("record");

    Result first = odis("import", "--from", "dcat", cat.toString(), "--into", dir.toString());
    Result second = odis("import", "--from", "dcat", cat.toString(), "--into", dir.toString(), "--lang", "en");

    assertThat(first.exitCode()).isZero();
    assertThat(first.out()).isEqualTo("2 datamängder från " + cat + " till " + dir + " (" + LocalDate.now() + "):\n"
        + "  2 tillagda, 0 uppdaterade, 0 oförändrade, 0 borta ur katalogen, 0 konflikter\n\n"
        + "Tillagda (2)\n"
        + "  + parkering  " + dir.resolve("parkering.json") + "\n"
        + "  + lekplatser  " + dir.resolve("lekplatser.json") + "\n");
    assertThat(DatasetReader.strict().read(dir.resolve("parkering.json")).getImported().getIdentifier()).isEqualTo("parkering");
    assertThat(second.out()).isEqualTo("2 datasets from " + cat + " into " + dir + " (" + LocalDate.now() + "):\n"
        + "  0 added, 0 updated, 2 unchanged, 0 gone from the catalogue, 0 conflicts\n");
  }

  @Test
  void import_reimport_reportsUpdatedGoneAndConflicts() throws Exception {
    Path cat = catalogue(TURTLE);
    Path dir = tmp.resolve("record");
    odis("import", "--from", "dcat", cat.toString(), "--into", dir.toString());
    odis("set", dir.resolve("parkering.json").toString(), "title.sv", "Parkeringsplatser");
    odis("set", dir.resolve("parkering.json").toString(), "secrecy", "NONE");
    catalogue("@prefix dcat: <http://www.w3.org/ns/dcat#> .\n@prefix dct: <http://purl.org/dc/terms/> .\n"
        + "<https://e.se/ds/1> a dcat:Dataset ; dct:identifier \"parkering\" ; dct:title \"Parkering i stan\"@sv ;"
        + " dct:description \"Ny\"@sv .\n");

    Result r = odis("import", "--from", "dcat", cat.toString(), "--into", dir.toString(), "--lang", "en");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("  0 added, 1 updated, 0 unchanged, 1 gone from the catalogue, 1 conflicts\n")
        .contains("Updated (1) – the fields taken from the catalogue\n  ~ parkering  " + dir.resolve("parkering.json")
            + ": description.sv\n")
        .contains("  - lekplatser  " + dir.resolve("lekplatser.json") + " (missing since " + LocalDate.now() + ")\n")
        .contains("  ! parkering  " + dir.resolve("parkering.json")
            + ": title.sv: yours \"Parkeringsplatser\", the catalogue's now \"Parkering i stan\"\n");
    var d = DatasetReader.strict().read(dir.resolve("parkering.json"));
    assertThat(d.getTitle().get("sv")).isEqualTo("Parkeringsplatser");
    assertThat(d.getSecrecy().name()).isEqualTo("NONE");
    assertThat(d.getDescription().get("sv")).isEqualTo("Ny");
  }

  @Test
  void import_dryRun_writesNothing() throws Exception {
    Path dir = tmp.resolve("record");

    Result r = odis("import", "--from", "dcat", catalogue(TURTLE).toString(), "--into", dir.toString(), "--dry-run");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("Torrkörning: inget skrevs.\n2 datamängder från ");
    assertThat(Files.exists(dir)).isFalse();
  }

  static Stream<Object[]> badImports() {
    return Stream.of(
        new Object[] {new String[] {"--from", "odis", "CAT", "--into", "DIR"}, "import reads catalogues"},
        new Object[] {new String[] {"--from", "dcat", "CAT"}, "Missing required option: '--into=DIR'"},
        new Object[] {new String[] {"CAT", "--into", "DIR"}, "Missing required option: '--from=KIND'"},
        new Object[] {new String[] {"--from", "dcat", "-", "--into", "DIR"}, "not standard input"},
        new Object[] {new String[] {"--from", "dcat", "NONE", "--into", "DIR"}, "no such file"},
        new Object[] {new String[] {"--from", "ckan", "CAT", "--into", "DIR"}, ""},
        new Object[] {new String[] {"--from", "ckan", "CAT", "--input-format", "turtle", "--into", "DIR"},
            "--input-format applies only to --from dcat"},
        new Object[] {new String[] {"--from", "dcat", "CAT", "--into", "FILE"}, "is not a directory"},
        new Object[] {new String[] {"--from", "dcat", "BROKEN", "--into", "DIR"}, "BROKEN"});
  }

  @ParameterizedTest
  @MethodSource("badImports")
  void import_badInput_exitsTwo_writesNothing(String[] args, String expected) throws Exception {
    Path cat = catalogue(TURTLE);
    Path dir = tmp.resolve("record");
    Path file = Files.writeString(tmp.resolve("file"), "x");
    Path broken = Files.writeString(tmp.resolve("broken.ttl"), "<a> <b> .");
    String[] all = Stream.concat(Stream.of("import"), Stream.of(args).map(a -> a.replace("BROKEN", broken.toString())
        .replace("CAT", cat.toString()).replace("NONE", tmp.resolve("none.ttl").toString())
        .replace("FILE", file.toString()).replace("DIR", dir.toString()))).toArray(String[]::new);

    Result r = odis(all);

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).startsWith("odis: error: ").contains(expected.replace("BROKEN", broken.toString()))
        .doesNotContain("Exception");
    assertThat(count(dir)).isZero();
  }

  @Test
  void import_intoADirectoryThatCannotBeMade_exitsTwo_sayingWhy() throws Exception {
    Path file = Files.writeString(tmp.resolve("en-fil"), "x");

    Result r = odis("import", "--from", "dcat", catalogue(TURTLE).toString(), "--into", file.resolve("record").toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).isEqualTo("odis: error: " + file.resolve("record")
        + ": cannot make the record directory (Not a directory); nothing was written\n");
    assertThat(Files.readString(file)).isEqualTo("x");
  }

  @Test
  void import_recordWithABrokenFile_exitsTwo_andWritesNothing() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("record"));
    Files.writeString(dir.resolve("trasig.json"), "{\"id\": ");

    Result r = odis("import", "--from", "dcat", catalogue(TURTLE).toString(), "--into", dir.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).startsWith("odis: error: " + dir.resolve("trasig.json") + ":1:");
    assertThat(count(dir)).isEqualTo(1);
  }

  @Test
  void import_theRaaCatalogue_thenAssessTheRecord() throws Exception {
    Path raa = SharedData.realdata("catalogs/raa-ksamsok-soch-catalog.rdf");
    Path dir = tmp.resolve("record");

    Result imported = odis("import", "--from", "dcat", raa.toString(), "--into", dir.toString());
    Result assessed = odis("assess", dir.toString(), "--format", "csv", "-q");

    assertThat(imported.exitCode()).isZero();
    assertThat(imported.out()).contains("  173 tillagda, 0 uppdaterade");
    assertThat(count(dir)).isEqualTo(173);
    assertThat(assessed.exitCode()).isEqualTo(ExitCodes.BLOCKERS);
    assertThat(assessed.out().lines().count()).isEqualTo(174);
  }
}
