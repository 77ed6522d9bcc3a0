package se.odis.examples;

import java.util.List;
import java.util.stream.Collectors;
import se.odis.model.Assessment;
import se.odis.model.Dataset;
import se.odis.model.Finding;
import se.odis.model.Severity;
import se.odis.model.Verdict;
import se.odis.rules.Assessor;

/**
 * How a municipal data catalogue embeds ODIS: an "on save" hook that refuses to publish a dataset
 * while any blocker stands, and tells the editor why in their language.
 *
 * <p>Build one guard when the catalogue starts (building the assessor loads the rules, about a
 * second) and call it from every request thread: it is thread-safe.
 */
public final class PublicationGuard {
  private final Assessor assessor;

  /** @param assessor the shared assessor, e.g. {@code Assessor.create()} */
  public PublicationGuard(Assessor assessor) {
    this.assessor = assessor;
  }

  /** The guard's answer to one save. */
  public static final class Decision {
    private final boolean allowed;
    private final Assessment assessment;
    private final List<String> reasons;

    Decision(boolean allowed, Assessment assessment, List<String> reasons) {
      this.allowed = allowed;
      this.assessment = assessment;
      this.reasons = reasons;
    }

    /** @return true if the dataset may be published */
    public boolean isAllowed() {
      return allowed;
    }

    /** @return the full assessment, for showing next steps */
    public Assessment getAssessment() {
      return assessment;
    }

    /** @return one line per blocker: rule id, title and fix, in the requested language */
    public List<String> getReasons() {
      return reasons;
    }
  }

  /**
   * Decides whether the catalogue may publish a dataset now.
   *
   * @param dataset the dataset being saved with "publish" ticked
   * @param language {@code sv} or {@code en}, for the reasons
   * @return the decision
   */
  public Decision onPublish(Dataset dataset, String language) {
    Assessment a = assessor.assess(dataset);
    boolean allowed = (a.getVerdict() == Verdict.READY_TO_PUBLISH || a.getVerdict() == Verdict.PUBLISHED)
        && !a.hasBlockers();
    List<String> reasons = a.getFindings().stream()
        .filter(f -> f.getSeverity() == Severity.BLOCKER)
        .map(f -> line(f, language))
        .collect(Collectors.toUnmodifiableList());
    return new Decision(allowed, a, reasons);
  }

  private static String line(Finding f, String language) {
    return f.getRuleId() + " (" + f.getStep() + "): " + f.getTitle().best(language) + " — "
        + f.getRemedy().best(language);
  }
}
