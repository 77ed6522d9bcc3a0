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
  private final CatalogueInputs dcat = new CatalogueInputs(From.DCAT, null, (label, c) -> told.add(label + " " + c.getDatasets().size()));



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
}
