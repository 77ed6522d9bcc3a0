package se.odis.cli;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import se.odis.cli.InputFormat.From;
import se.odis.dcat.CatalogImport;
import se.odis.dcat.CkanImporter;
import se.odis.dcat.DcatImporter;
import se.odis.dcat.FetchSettings;
import se.odis.dcat.ImportListener;
import se.odis.dcat.ImportedDataset;
import se.odis.dcat.RdfSyntax;
import se.odis.dcat.SourceNote;
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
  private final Told catalogues;
  private final ReadAhead readAhead;

  /**
   * @param from DCAT or CKAN
   * @param syntax the RDF syntax of DCAT catalogue files and standard input, or null to tell it
   *     from each one's content
   * @param catalogues told every catalogue imported (with its notes about the source as a whole),
   *     in input order, or null
   */
  CatalogueInputs(From from, RdfSyntax syntax, Told catalogues) {
    this(from, syntax, catalogues, null);
  }

  /**
   * @param readAhead the first catalogue file's import, begun earlier ({@link ReadAhead}), or null
   */
  CatalogueInputs(From from, RdfSyntax syntax, Told catalogues, ReadAhead readAhead) {
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

  /** Told every catalogue imported, before its datasets are handed out. */
  @FunctionalInterface
  interface Told {
    /**
     * @param label the catalogue as given
     * @param syntax the syntax it was read in ({@link CatalogImport#getSyntax()})
     * @param datasets how many datasets it has
     * @param notes the notes about it as a whole
     */
    void catalogue(String label, String syntax, int datasets, List<SourceNote> notes);
  }

  /** @return the datasets of a catalogue file, problems named by {@code label} (the file as given) */
  Iterator<Pending> read(Path file, String label) {
    ImportStream ahead = readAhead == null ? null : readAhead.stream(file);
    if (ahead != null) return streamed(ahead, label);
    return datasets(() -> readFile(from, syntax, file), label, true);
  }

  /**
   * Imports a catalogue file.
   *
   * @param from DCAT or CKAN
   * @param syntax the RDF syntax of a DCAT file, or null to tell it from the content
   */
  static CatalogImport readFile(From from, RdfSyntax syntax, Path file) throws InvalidInputException {
    return readFile(from, syntax, file, null);
  }

  /**
   * Imports a catalogue file, telling {@code listener} of it as it goes: a DCAT catalogue's
   * datasets one by one as they are mapped, a CKAN file's all at the end.
   *
   * @param listener told the catalogue and its datasets, or null
   */
  static CatalogImport readFile(From from, RdfSyntax syntax, Path file, ImportListener listener) throws InvalidInputException {
    if (from != From.CKAN) return syntax != null ? DcatImporter.read(file, syntax, listener) : DcatImporter.read(file, listener);
    CatalogImport imported = CkanImporter.read(file);
    if (listener != null) {
      listener.catalogue(imported.getSyntax(), imported.getNotes(), imported.getDatasets().size());
      imported.getDatasets().forEach(listener::dataset);
    }
    return imported;
  }

  /**
   * The datasets of a catalogue imported on another thread, each handed out as soon as it is
   * mapped; the catalogue is told, and a failure to read it is one problem, as for {@link #datasets}.
   */
  private Iterator<Pending> streamed(ImportStream stream, String label) {
    try {
      stream.awaitCatalogue();
    } catch (InvalidInputException e) {
      return List.of(Pending.failing(Inputs.relabel(e.getProblem(), label))).iterator();
    }
    if (catalogues != null) catalogues.catalogue(label, stream.syntax(), stream.count(), stream.notes());
    int count = stream.count();
    if (count == 0) return List.of(noDataset(label, stream.syntax())).iterator();
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < count;
      }

      @Override
      public Pending next() {
        if (next >= count) throw new java.util.NoSuchElementException();
        try {
          DatasetInput loaded = input(stream.await(next++), label);
          return () -> loaded;
        } catch (InvalidInputException e) {
          // The import failed after the catalogue was told (a dataset nested too deeply to map):
          // the datasets before stay, the failure is the catalogue's last item.
          next = count;
          return Pending.failing(Inputs.relabel(e.getProblem(), label));
        }
      }
    };
  }

  private static DatasetInput input(ImportedDataset d, String label) {
    return new DatasetInput(d.getDataset(), new Origin(label, null, d.getSourceUri()), d.getNotes());
  }

  /** Nothing to assess is no success: the input is not what it was given as. */
  private Pending noDataset(String label, String syntax) {
    // A CKAN file read as DCAT, a vocabulary, a page of links: the report says so as it says of
    // any bad input.
    return Pending.failing(new InputProblem(label, 0, 0, "",
        "no dataset in it (read as " + syntax + ")",
        from == From.CKAN ? "CKAN JSON with at least one package" : "a catalogue with at least one dcat:Dataset"));
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
    if (catalogues != null) {
      catalogues.catalogue(label, imported.getSyntax(), imported.getDatasets().size(), imported.getNotes());
    }
    List<Pending> items = new ArrayList<>();
    for (ImportedDataset d : imported.getDatasets()) {
      DatasetInput loaded = input(d, label);
      items.add(() -> loaded);
    }
    if (items.isEmpty()) items.add(noDataset(label, imported.getSyntax()));
    return items.iterator();
  }
}
