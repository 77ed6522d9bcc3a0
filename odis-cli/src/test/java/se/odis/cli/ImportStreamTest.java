package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.odis.cli.InputFormat.From;
import se.odis.dcat.CatalogImport;
import se.odis.dcat.DcatImporter;
import se.odis.dcat.ImportedDataset;
import se.odis.model.InputProblem;
import se.odis.model.InvalidInputException;

/** An import handed from the thread that imports to the one that reads the inputs, dataset by dataset. */
class ImportStreamTest {
  @TempDir Path dir;

  private List<ImportedDataset> datasets() throws Exception {
    return DcatImporter.read(Fixtures.write(dir.resolve("c.ttl"), CatalogueTest.TURTLE)).getDatasets();
  }

  @Test
  void aDataset_isHandedOverAsSoonAsItIsTold_beforeTheImportEnds() throws Exception {
    List<ImportedDataset> mapped = datasets();
    ImportStream stream = new ImportStream();
    CompletableFuture<ImportedDataset> first = CompletableFuture.supplyAsync(() -> {
      try {
        stream.awaitCatalogue();
        return stream.await(0);
      } catch (InvalidInputException e) {
        throw new AssertionError(e);
      }
    });
    CompletableFuture<ImportedDataset> second = CompletableFuture.supplyAsync(() -> {
      try {
        return stream.await(1);
      } catch (InvalidInputException e) {
        throw new AssertionError(e);
      }
    });

    stream.catalogue("Turtle", List.of(), 2);
    stream.dataset(mapped.get(0));

    assertThat(first.get(10, TimeUnit.SECONDS)).isSameAs(mapped.get(0));
    assertThat(second).isNotDone();
    stream.dataset(mapped.get(1));
    stream.finished(null);
    assertThat(second.get(10, TimeUnit.SECONDS)).isSameAs(mapped.get(1));
    assertThat(stream.syntax()).isEqualTo("Turtle");
    assertThat(stream.count()).isEqualTo(2);
  }

  @Test
  void aFailureBeforeTheCatalogue_isThrownByAwaitCatalogue() {
    ImportStream stream = new ImportStream();
    InputProblem problem = new InputProblem("c.ttl", 3, 4, "", "not Turtle", null);

    stream.finished(new InvalidInputException(problem, null));

    assertThatThrownBy(stream::awaitCatalogue).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).getProblem()).isSameAs(problem));
  }

  @Test
  void aFailureAfterSomeDatasets_keepsThem_andIsThrownForTheNext() throws Exception {
    List<ImportedDataset> mapped = datasets();
    ImportStream stream = new ImportStream();
    InputProblem problem = new InputProblem("c.ttl", 0, 0, "", "nested too deeply", null);

    stream.catalogue("Turtle", List.of(), 2);
    stream.dataset(mapped.get(0));
    stream.finished(new InvalidInputException(problem, null));

    assertThat(stream.await(0)).isSameAs(mapped.get(0));
    assertThatThrownBy(() -> stream.await(1)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aBugInTheImport_isThrownAsItIs() {
    ImportStream stream = new ImportStream();

    stream.finished(new IllegalStateException("bug"));

    assertThatThrownBy(stream::awaitCatalogue).isInstanceOf(IllegalStateException.class).hasMessage("bug");
  }

  @Test
  void readAhead_streamsTheImportOnce_thatTakeWouldHaveGiven() throws Exception {
    Path ttl = Fixtures.write(dir.resolve("c.ttl"), CatalogueTest.TURTLE);
    ReadAhead ahead = ReadAhead.start(List.of(ttl.toString()), From.DCAT, null);

    assertThat(ahead.stream(dir.resolve("other.ttl"))).isNull();
    ImportStream stream = ahead.stream(ttl);
    assertThat(ahead.stream(ttl)).isNull();
    assertThat(ahead.take(ttl)).isNull();

    stream.awaitCatalogue();
    CatalogImport direct = DcatImporter.read(ttl);
    assertThat(stream.count()).isEqualTo(direct.getDatasets().size());
    assertThat(stream.notes()).isEqualTo(direct.getNotes());
    for (int i = 0; i < stream.count(); i++) {
      assertThat(stream.await(i).getDataset()).isEqualTo(direct.getDatasets().get(i).getDataset());
    }
  }
}
