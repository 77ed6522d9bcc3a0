package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.odis.cli.InputFormat.From;
import se.odis.dcat.CatalogImport;
import se.odis.dcat.DcatImporter;
import se.odis.model.InvalidInputException;

/** A catalogue file read ahead is the import the inputs would have made, handed over once. */
class ReadAheadTest {
  @TempDir Path dir;

  @Test
  void start_catalogueFile_givesTheSameImportOnceForThatFile() throws Exception {
    Path ttl = Fixtures.write(dir.resolve("catalog.ttl"), CatalogueTest.TURTLE);

    ReadAhead ahead = ReadAhead.start(List.of(ttl.toString()), From.DCAT, null);

    assertThat(ahead).isNotNull();
    assertThat(ahead.take(dir.resolve("other.ttl"))).isNull();
    CatalogImport taken = ahead.take(Path.of(ttl.toString()));
    CatalogImport direct = DcatImporter.read(ttl);
    assertThat(taken.getSyntax()).isEqualTo(direct.getSyntax());
    assertThat(taken.getNotes()).isEqualTo(direct.getNotes());
    assertThat(taken.getDatasets()).hasSameSizeAs(direct.getDatasets());
    for (int i = 0; i < direct.getDatasets().size(); i++) {
      assertThat(taken.getDatasets().get(i).getDataset()).isEqualTo(direct.getDatasets().get(i).getDataset());
      assertThat(taken.getDatasets().get(i).getNotes()).isEqualTo(direct.getDatasets().get(i).getNotes());
    }
    assertThat(ahead.take(ttl)).isNull(); // handed over once: a file given twice is read once anyway
  }

  @Test
  void take_malformedCatalogue_throwsTheProblemReadingWouldHave() {
    Path bad = Fixtures.write(dir.resolve("bad.ttl"), "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n<x> a dcat:Dataset ; <y> \"open .\n");
    InvalidInputException direct = null;
    try {
      DcatImporter.read(bad);
    } catch (InvalidInputException e) {
      direct = e;
    }
    assertThat(direct).isNotNull();
    String expected = direct.getProblem().toString();

    ReadAhead ahead = ReadAhead.start(List.of(bad.toString()), From.DCAT, null);

    assertThatThrownBy(() -> ahead.take(bad)).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).getProblem().toString()).isEqualTo(expected));
  }

  @Test
  void assessValueOptions_areTheOptionsOfAssessThatTakeAValue() {
    java.util.Set<String> names = new java.util.TreeSet<>();
    for (picocli.CommandLine.Model.OptionSpec o : Main.commandLine("assess").getSubcommands().get("assess")
        .getCommandSpec().options()) {
      if (o.arity().max() > 0) names.addAll(List.of(o.names()));
    }

    assertThat(ReadAhead.ASSESS_VALUE_OPTIONS).containsExactlyInAnyOrderElementsOf(names);
  }

  @Test
  void early_isClaimedByTheCommandItGlancedAt() throws Exception {
    Path ttl = Fixtures.write(dir.resolve("catalog.ttl"), CatalogueTest.TURTLE);

    ReadAhead.early("assess", "-q", "--from", "dcat", "--format", "csv", "--as-of=2026-01-01", "-o", "out.csv",
        ttl.toString(), "more.ttl");
    ReadAhead ahead = ReadAhead.claim(List.of(ttl.toString(), "more.ttl"), From.DCAT, null);

    assertThat(ahead).isNotNull();
    assertThat(ahead.take(ttl).getDatasets()).hasSameSizeAs(DcatImporter.read(ttl).getDatasets());
    assertThat(ReadAhead.claim(List.of(ttl.toString()), From.DCAT, null)).isNull(); // claimed once
  }

  @Test
  void early_withSyntaxAfterDoubleDash_isClaimedWithThatSyntax() {
    Path file = Fixtures.write(dir.resolve("catalog.txt"), CatalogueTest.TURTLE);

    ReadAhead.early("assess", "--from=DCAT", "--input-format", "turtle", "--", file.toString());

    assertThat(ReadAhead.claim(List.of(file.toString()), From.DCAT, se.odis.dcat.RdfSyntax.TURTLE)).isNotNull();
  }

  @Test
  void early_forAnotherCommandOrKind_isNotClaimed() {
    Path ttl = Fixtures.write(dir.resolve("catalog.ttl"), CatalogueTest.TURTLE);

    ReadAhead.early("assess", "--from", "dcat", ttl.toString());
    assertThat(ReadAhead.claim(List.of(ttl.toString()), From.CKAN, null)).isNull();
    ReadAhead.early("assess", "--from", "dcat", ttl.toString());
    assertThat(ReadAhead.claim(List.of(ttl.toString()), From.DCAT, se.odis.dcat.RdfSyntax.TURTLE)).isNull();
    ReadAhead.early("assess", "--from", "dcat", ttl.toString());
    assertThat(ReadAhead.claim(List.of("other.ttl"), From.DCAT, null)).isNull();
    ReadAhead.early("assess", ttl.toString());
    assertThat(ReadAhead.claim(List.of(ttl.toString()), From.ODIS, null)).isNull();
    ReadAhead.early("validate", "--from", "dcat", ttl.toString());
    ReadAhead.early("assess", "--from", "nonsense", ttl.toString());
    assertThat(ReadAhead.claim(List.of(ttl.toString()), From.DCAT, null)).isNull();
  }

  @Test
  void start_nothingToReadAhead_isNull() {
    Path ttl = Fixtures.write(dir.resolve("catalog.ttl"), CatalogueTest.TURTLE);

    assertThat(ReadAhead.start(List.of(ttl.toString()), From.ODIS, null)).isNull();
    assertThat(ReadAhead.start(List.of("-"), From.DCAT, null)).isNull();
    assertThat(ReadAhead.start(List.of("https://example.se/catalog.ttl"), From.DCAT, null)).isNull();
    assertThat(ReadAhead.start(List.of(dir.toString()), From.DCAT, null)).isNull();
    assertThat(ReadAhead.start(List.of(dir.resolve("missing.ttl").toString()), From.DCAT, null)).isNull();
  }
}
