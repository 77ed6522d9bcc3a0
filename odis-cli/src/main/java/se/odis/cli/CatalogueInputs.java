package se.odis.cli;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiConsumer;
import se.odis.cli.InputFormat.From;
import se.odis.dcat.CatalogImport;
import se.odis.dcat.CkanImporter;
import se.odis.dcat.DcatImporter;
import se.odis.dcat.FetchSettings;
import se.odis.dcat.ImportedDataset;
import se.odis.dcat.RdfSyntax;
import se.odis.model.InputProblem;
import se.odis.model.InvalidInputException;
import se.odis.report.Origin;

/**
 * The datasets of {@code --from dcat|ckan} catalogues: each catalogue (a file, standard input or a
 * URL) is imported whole and its datasets handed out one by one, with the catalogue's URI of each
 * and the importer's notes. A catalogue that cannot be read, or holds no dataset, is one problem.
 */
final class CatalogueInputs {
  private final From from;
  private final RdfSyntax syntax;
  private final BiConsumer<String, CatalogImport> catalogues;
  private final ReadAhead readAhead;

  /**
   * @param from DCAT or CKAN
   * @param syntax the RDF syntax of DCAT catalogue files and standard input, or null to tell it
   *     from each one's content
   * @param catalogues told every catalogue imported (with its notes about the source as a whole),
   *     in input order, or null
   */
  CatalogueInputs(From from, RdfSyntax syntax, BiConsumer<String, CatalogImport> catalogues) {
    this(from, syntax, catalogues, null);
  }

  /**
   * @param readAhead the first catalogue file's import, begun earlier ({@link ReadAhead}), or null
   */
  CatalogueInputs(From from, RdfSyntax syntax, BiConsumer<String, CatalogImport> catalogues, ReadAhead readAhead) {
    this.from = from;
    this.syntax = syntax;
    this.catalogues = catalogues;
    this.readAhead = readAhead;
  }

  /** @return the datasets of the catalogue at a URL (a CKAN portal's, read page by page) */
  Iterator<Pending> fetch(String url) {
    // The importer names the URL in every problem, pages included: nothing to relabel.
    return datasets(() -> from == From.CKAN ? CkanImporter.fetch(url, FetchSettings.defaults())
        : DcatImporter.fetch(url, FetchSettings.defaults()), url, false);
  }

  /** @return the datasets of a catalogue file, problems named by {@code label} (the file as given) */
  Iterator<Pending> read(Path file, String label) {
    return datasets(() -> {
      CatalogImport ahead = readAhead == null ? null : readAhead.take(file);
      return ahead != null ? ahead : readFile(from, syntax, file);
    }, label, true);
  }

  /**
   * Imports a catalogue file.
   *
   * @param from DCAT or CKAN
   * @param syntax the RDF syntax of a DCAT file, or null to tell it from the content
   */
  static CatalogImport readFile(From from, RdfSyntax syntax, Path file) throws InvalidInputException {
    return from == From.CKAN ? CkanImporter.read(file)
        : syntax != null ? DcatImporter.read(file, syntax) : DcatImporter.read(file);
  }

  /** @return the datasets of a catalogue read from a stream (standard input) */
  Iterator<Pending> read(byte[] content, String label) {
    return datasets(() -> from == From.CKAN ? CkanImporter.read(new ByteArrayInputStream(content), label)
        : syntax != null ? DcatImporter.read(new ByteArrayInputStream(content), syntax, label)
        : DcatImporter.read(new ByteArrayInputStream(content), label), label, true);
  }

  /** Reads one catalogue. */
  @FunctionalInterface
  private interface CatalogueReader {
    CatalogImport read() throws InvalidInputException;
  }

  /**
   * @param relabel whether a problem is to be named by the argument as given rather than the path
   *     the importer saw
   */
  private Iterator<Pending> datasets(CatalogueReader reader, String label, boolean relabel) {
    CatalogImport imported;
    try {
      imported = reader.read();
    } catch (InvalidInputException e) {
      return List.of(Pending.failing(relabel ? Inputs.relabel(e.getProblem(), label) : e.getProblem())).iterator();
    }
    if (catalogues != null) catalogues.accept(label, imported);
    List<Pending> items = new ArrayList<>();
    for (ImportedDataset d : imported.getDatasets()) {
      DatasetInput loaded = new DatasetInput(d.getDataset(), new Origin(label, null, d.getSourceUri()), d.getNotes());
      items.add(() -> loaded);
    }
    if (items.isEmpty()) {
      // Nothing to assess is no success: the input is not what it was given as (a CKAN file read as
      // DCAT, a vocabulary, a page of links), and the report says so as it says of any bad input.
      items.add(Pending.failing(new InputProblem(label, 0, 0, "",
          "no dataset in it (read as " + imported.getSyntax() + ")",
          from == From.CKAN ? "CKAN JSON with at least one package" : "a catalogue with at least one dcat:Dataset")));
    }
    return items.iterator();
  }
}
