package se.odis.report;

import java.util.List;
import java.util.Objects;
import se.odis.model.Assessment;
import se.odis.model.Dataset;

/**
 * What a report says about one dataset: the dataset as read (its title, licence and owner), its
 * assessment, where it was read from, and an importer's notes about its source. Immutable.
 *
 * <pre>{@code
 * DatasetReport r = DatasetReport.of(dataset, assessor.assess(dataset, asOf));
 * }</pre>
 *
 * @param dataset the dataset
 * @param assessment its assessment
 * @param origin where the dataset was read from, or null when not known
 * @param notes the notes a DCAT or CKAN import made about the dataset's source; empty otherwise
 */
public record DatasetReport(Dataset dataset, Assessment assessment, Origin origin, List<ImportNote> notes) {
  /** Checks the dataset and assessment are given, and copies the notes. */
  public DatasetReport {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(assessment, "assessment");
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  /**
   * @param dataset the dataset
   * @param assessment its assessment
   * @return a report with no origin and no notes
   */
  public static DatasetReport of(Dataset dataset, Assessment assessment) {
    return new DatasetReport(dataset, assessment, null, List.of());
  }

  /**
   * @param origin where the dataset was read from
   * @return this report with that origin
   */
  public DatasetReport withOrigin(Origin origin) {
    return new DatasetReport(dataset, assessment, origin, notes);
  }

  /** @return the dataset's title in a language (else Swedish, English, any), or null if it has none */
  String title(String language) {
    String t = dataset.getTitle().best(language);
    return t.isBlank() ? null : t;
  }
}
