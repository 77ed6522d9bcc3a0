package se.odis.cli;

import java.util.Objects;
import se.odis.model.Assessment;
import se.odis.model.Dataset;

/**
 * What a renderer reports on: the dataset as read (for its title) and its assessment.
 *
 * @param dataset the dataset
 * @param assessment its assessment
 */
record Report(Dataset dataset, Assessment assessment) {
  Report {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(assessment, "assessment");
  }

  /** @return the dataset's title in a language (else Swedish, English, any), or null if it has none */
  String title(String language) {
    String t = dataset.getTitle().best(language);
    return t.isBlank() ? null : t;
  }
}
