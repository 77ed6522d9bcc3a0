package se.odis.rules;

import java.time.LocalDate;
import se.odis.model.Assessment;
import se.odis.model.Dataset;

/**
 * The one assessor with the built-in rules that all tests share. Building it loads the precompiled
 * knowledge base (about a second), so it is built once per test JVM, on first use.
 */
final class SharedAssessor {
  /** The built-in rules, with no profile changes. */
  static final Assessor ASSESSOR = Assessor.create();

  /** The day every test assessment is made for. */
  static final LocalDate AS_OF = Datasets.AS_OF;

  private SharedAssessor() {}

  /**
   * @param dataset a dataset
   * @return its assessment as of {@link #AS_OF}
   */
  static Assessment assess(Dataset dataset) {
    return ASSESSOR.assess(dataset, AS_OF);
  }
}
