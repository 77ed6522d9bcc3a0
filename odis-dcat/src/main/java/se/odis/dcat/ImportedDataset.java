package se.odis.dcat;

import java.util.List;
import java.util.Objects;
import se.odis.model.Dataset;
import se.odis.model.Nullable;

/**
 * One dataset read from a catalogue: the ODIS dataset, where it came from, and the notes about its
 * source. Facts a catalogue does not state (personal data, secrecy, third-party rights, other legal
 * obstacles, roles, guide progress) are absent, so an assessment reports them as still to be
 * answered. Immutable.
 */
public final class ImportedDataset {
  private final Dataset dataset;
  private final String sourceUri;
  private final List<SourceNote> notes;

  ImportedDataset(Dataset dataset, @Nullable String sourceUri, List<SourceNote> notes) {
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    this.sourceUri = sourceUri;
    this.notes = List.copyOf(notes);
  }

  /** @return the dataset, with what the catalogue says and nothing more */
  public Dataset getDataset() {
    return dataset;
  }

  /**
   * @return the dataset's subject URI in RDF (null for a blank node), or for CKAN the JSON pointer
   *     of the package as a URI fragment, e.g. {@code #/result}
   */
  public @Nullable String getSourceUri() {
    return sourceUri;
  }

  /** @return notes about this dataset's source, in the order they were made; unmodifiable */
  public List<SourceNote> getNotes() {
    return notes;
  }

  @Override
  public String toString() {
    return dataset.getId() + (sourceUri == null ? "" : " <" + sourceUri + ">") + " (" + notes.size() + " notes)";
  }
}
