package se.odis.dcat;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What an import read from one source: its datasets in a stable order, and the notes that concern
 * the source as a whole (a byte-order mark, parser warnings, distributions that belong to no
 * dataset…). Immutable.
 */
public final class CatalogImport {
  /** The syntax label of every CKAN import. */
  static final String CKAN_JSON = "CKAN JSON";

  private final String source;
  private final String syntax;
  private final List<ImportedDataset> datasets;
  private final List<SourceNote> notes;

  CatalogImport(String source, String syntax, List<ImportedDataset> datasets, List<SourceNote> notes) {
    this.source = Objects.requireNonNull(source, "source");
    this.syntax = Objects.requireNonNull(syntax, "syntax");
    this.datasets = List.copyOf(datasets);
    this.notes = List.copyOf(notes);
  }

  /** @return the source label, e.g. the file path as given */
  public String getSource() {
    return source;
  }

  /**
   * @return the syntax the source was read in: an RDF syntax's name ({@link RdfSyntax#label()},
   *     e.g. {@code RDF/XML}; the names of several, comma-separated, for a catalogue whose pages
   *     came in different ones), or {@code CKAN JSON}
   */
  public String getSyntax() {
    return syntax;
  }

  /**
   * @return the datasets: RDF datasets sorted by subject URI (numbers in URIs compared as
   *     numbers; blank nodes last, by id), CKAN packages in file order; unmodifiable
   */
  public List<ImportedDataset> getDatasets() {
    return datasets;
  }

  /** @return notes about the source as a whole; unmodifiable */
  public List<SourceNote> getNotes() {
    return notes;
  }

  /** @return every note, the catalogue's first and then each dataset's */
  public List<SourceNote> allNotes() {
    return Stream.concat(notes.stream(), datasets.stream().flatMap(d -> d.getNotes().stream())).toList();
  }

  /** @return how many notes there are of each code, over the catalogue and all datasets, sorted by code */
  public Map<String, Integer> countNotesByCode() {
    Map<String, Integer> counts = new TreeMap<>();
    for (SourceNote n : allNotes()) counts.merge(n.getCode(), 1, Integer::sum);
    return counts;
  }

  @Override
  public String toString() {
    return source + " (" + syntax + "): " + datasets.size() + " datasets, " + notes.size() + " catalogue notes";
  }
}
