package se.odis.dcat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.odis.model.InvalidInputException;

/** An import told as it goes: the catalogue first, then each dataset, as the finished import holds them. */
class ImportListenerTest {
  @TempDir Path dir;

  private static final String CATALOGUE = String.join("\n",
      "@prefix dcat: <http://www.w3.org/ns/dcat#> .",
      "@prefix dcterms: <http://purl.org/dc/terms/> .",
      "<https://x.se/d/10> a dcat:Dataset ; dcterms:title \"Tio\"@sv ; dcat:distribution <https://x.se/dist/1> .",
      "<https://x.se/d/2> a dcat:Dataset ; dcterms:title \"Två\" .",
      "[ a dcat:Dataset ; dcterms:title \"Blank\"@sv ] .",
      "<https://x.se/c> dcat:dataset <https://x.se/d/untyped> .",
      "<https://x.se/d/untyped> dcterms:title \"Otypad\"@sv .",
      "<https://x.se/dist/1> a dcat:Distribution ; dcat:accessURL <https://x.se/1.csv> .",
      "<https://x.se/dist/9> a dcat:Distribution ; dcat:accessURL <https://x.se/9.csv> .",
      "");

  /** Records what it is told, and that the catalogue came first and once. */
  private static final class Recorder implements ImportListener {
    final List<String> order = new ArrayList<>();
    String syntax;
    List<SourceNote> notes;
    int count = -1;
    final List<ImportedDataset> datasets = new ArrayList<>();

    @Override
    public void catalogue(String syntax, List<SourceNote> notes, int datasets) {
      order.add("catalogue");
      this.syntax = syntax;
      this.notes = notes;
      this.count = datasets;
    }

    @Override
    public void dataset(ImportedDataset dataset) {
      order.add("dataset");
      datasets.add(dataset);
    }
  }

  @Test
  void toldTheCatalogueFirst_thenEveryDataset_asTheImportHoldsThem() throws Exception {
    Path file = Files.writeString(dir.resolve("c.ttl"), CATALOGUE);
    Recorder told = new Recorder();

    CatalogImport imported = DcatImporter.read(file, told);

    assertThat(imported.getDatasets()).hasSize(4);
    assertThat(told.order).containsExactly("catalogue", "dataset", "dataset", "dataset", "dataset");
    assertThat(told.syntax).isEqualTo(imported.getSyntax());
    assertThat(told.count).isEqualTo(4);
    // The catalogue's own notes (a dataset listed but not typed, a distribution of no dataset) are all made before.
    assertThat(told.notes).isEqualTo(imported.getNotes()).extracting(SourceNote::getCode)
        .containsExactlyInAnyOrder(SourceNote.MISSING_TYPE, SourceNote.ORPHAN_DISTRIBUTION);
    for (int i = 0; i < 4; i++) {
      assertThat(told.datasets.get(i)).isSameAs(imported.getDatasets().get(i));
    }
    CatalogImport plain = DcatImporter.read(file);
    assertThat(plain.getNotes()).isEqualTo(imported.getNotes());
    for (int i = 0; i < 4; i++) {
      assertThat(plain.getDatasets().get(i).getDataset()).isEqualTo(imported.getDatasets().get(i).getDataset());
      assertThat(plain.getDatasets().get(i).getNotes()).isEqualTo(imported.getDatasets().get(i).getNotes());
    }
  }

  @Test
  void aCatalogueWithoutDatasets_isToldWithItsNoteAndNone() throws Exception {
    Path file = Files.writeString(dir.resolve("empty.ttl"),
        "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n<https://x.se/c> a dcat:Catalog .\n");
    Recorder told = new Recorder();

    CatalogImport imported = DcatImporter.read(file, RdfSyntax.TURTLE, told);

    assertThat(told.order).containsExactly("catalogue");
    assertThat(told.count).isZero();
    assertThat(told.notes).isEqualTo(imported.getNotes()).extracting(SourceNote::getCode).containsExactly(SourceNote.NO_DATASETS);
  }

  @Test
  void aMalformedCatalogue_isToldNothing() throws Exception {
    Path file = Files.writeString(dir.resolve("bad.ttl"), "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n<x> a dcat:Dataset ; <y> \"open .\n");
    Recorder told = new Recorder();

    assertThatThrownBy(() -> DcatImporter.read(file, told)).isInstanceOf(InvalidInputException.class);
    assertThat(told.order).isEmpty();
  }
}
