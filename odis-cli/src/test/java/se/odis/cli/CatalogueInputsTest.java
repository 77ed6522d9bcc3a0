package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.cli.Fixtures.all;
import static se.odis.cli.Fixtures.problem;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.odis.cli.InputFormat.From;

/** A catalogue's datasets handed out one by one, without the rest of odis assess. */
class CatalogueInputsTest {
  @TempDir Path dir;
  private final List<String> told = new ArrayList<>();
  private final CatalogueInputs dcat = new CatalogueInputs(From.DCAT, null, (label, syntax, count, notes) -> told.add(label + " " + count));



  @Test
  void everyDataset_withItsUri_andTheCatalogueIsTold() throws Exception {
    Path ttl = Fixtures.write(dir.resolve("c.ttl"), CatalogueTest.TURTLE);

    List<Pending> read = all(dcat.read(ttl, "given/c.ttl"));

    assertThat(read).hasSize(2);
    assertThat(read.get(0).load().origin().file()).isEqualTo("given/c.ttl");
    assertThat(read.get(0).load().origin().uri()).isEqualTo("https://example.se/ds/1");
    assertThat(told).containsExactly("given/c.ttl 2");
  }

  @Test
  void aCatalogueWithoutDatasets_isAProblem_notAnEmptySuccess() {
    byte[] empty = "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n<https://example.se/c> a dcat:Catalog .\n"
        .getBytes(StandardCharsets.UTF_8);

    List<Pending> read = all(dcat.read(empty, "<stdin>"));

    assertThat(read).hasSize(1);
    assertThat(problem(read.get(0)).getProblem()).startsWith("no dataset in it (read as ");
    assertThat(problem(read.get(0)).getExpected()).isEqualTo("a catalogue with at least one dcat:Dataset");
  }

  @Test
  void aBrokenFile_isAProblemNamedAsGiven() {
    Path ttl = Fixtures.write(dir.resolve("c.ttl"), "this is not turtle");

    List<Pending> read = all(dcat.read(ttl, "given/c.ttl"));

    assertThat(read).hasSize(1);
    assertThat(problem(read.get(0)).getSource()).isEqualTo("given/c.ttl");
    assertThat(told).isEmpty();
  }

  // The same, when the file was read ahead (ReadAhead) and its datasets are handed out as they are mapped.

  @Test
  void readAhead_givesTheSameDatasetsAndTellsTheSame_asReadingTheFile() throws Exception {
    Path ttl = Fixtures.write(dir.resolve("c.ttl"), CatalogueTest.TURTLE);
    List<Pending> direct = all(dcat.read(ttl, "given/c.ttl"));
    List<String> toldDirect = new ArrayList<>(told);
    told.clear();

    List<Pending> streamed = all(aheadOf(ttl).read(ttl, "given/c.ttl"));

    assertThat(told).isEqualTo(toldDirect).containsExactly("given/c.ttl 2");
    assertThat(streamed).hasSameSizeAs(direct);
    for (int i = 0; i < direct.size(); i++) {
      DatasetInput a = direct.get(i).load();
      DatasetInput b = streamed.get(i).load();
      assertThat(b.dataset()).isEqualTo(a.dataset());
      assertThat(b.origin()).isEqualTo(a.origin());
      assertThat(b.notes()).isEqualTo(a.notes());
    }
  }

  @Test
  void readAhead_aBrokenFile_isTheProblemNamedAsGiven() {
    Path ttl = Fixtures.write(dir.resolve("c.ttl"), "this is not turtle");
    String expected = problem(all(dcat.read(ttl, "given/c.ttl")).get(0)).toString();

    List<Pending> read = all(aheadOf(ttl).read(ttl, "given/c.ttl"));

    assertThat(read).hasSize(1);
    assertThat(problem(read.get(0)).toString()).isEqualTo(expected).contains("given/c.ttl");
    assertThat(told).isEmpty();
  }

  @Test
  void readAhead_aCatalogueWithoutDatasets_isAProblem() {
    Path ttl = Fixtures.write(dir.resolve("c.ttl"), "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n<https://example.se/c> a dcat:Catalog .\n");

    List<Pending> read = all(aheadOf(ttl).read(ttl, "given/c.ttl"));

    assertThat(read).hasSize(1);
    assertThat(problem(read.get(0)).getProblem()).isEqualTo("no dataset in it (read as Turtle)");
    assertThat(told).containsExactly("given/c.ttl 0");
  }

  private CatalogueInputs aheadOf(Path file) {
    ReadAhead ahead = ReadAhead.start(List.of(file.toString()), From.DCAT, null);
    assertThat(ahead).isNotNull();
    return new CatalogueInputs(From.DCAT, null, (label, syntax, count, notes) -> told.add(label + " " + count), ahead);
  }
}
