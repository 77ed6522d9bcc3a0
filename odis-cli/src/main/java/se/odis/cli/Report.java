package se.odis.cli;

import java.util.List;
import java.util.Objects;
import se.odis.dcat.SourceNote;
import se.odis.model.Assessment;
import se.odis.model.Dataset;

/**
 * What a renderer reports on: the dataset as read (for its title and licence), its assessment,
 * where it was read from, the importer's notes about its source, and the rule packs in force.
 *
 * @param dataset the dataset
 * @param assessment its assessment
 * @param origin where the dataset was read from, or null when not known
 * @param sourceNotes the notes a DCAT or CKAN import made about the dataset's source; empty otherwise
 * @param rulePacks the rule packs in force besides the built-in rules (directories as given); may be empty
 */
record Report(Dataset dataset, Assessment assessment, Origin origin, List<SourceNote> sourceNotes, List<String> rulePacks) {
  Report {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(assessment, "assessment");
    sourceNotes = sourceNotes == null ? List.of() : List.copyOf(sourceNotes);
    rulePacks = rulePacks == null ? List.of() : rulePacks;
  }

  /** A report with no origin, notes or rule packs. */
  Report(Dataset dataset, Assessment assessment) {
    this(dataset, assessment, null, List.of(), List.of());
  }

  /** @return the dataset's title in a language (else Swedish, English, any), or null if it has none */
  String title(String language) {
    String t = dataset.getTitle().best(language);
    return t.isBlank() ? null : t;
  }
}
