package se.odis.rules;

/**
 * A rule fact that belongs to one dataset's assessment: the {@link AssessmentContext} itself, a
 * {@link DistributionFact}, a {@link LicenceFact} or a {@link TaskState}. One session of ODIS's
 * rules holds the facts of many datasets, so a rule that looks at more than one fact joins them
 * through their context, an equality the engine indexes:
 *
 * <pre>
 * $c : AssessmentContext(hvd)
 * not DistributionFact(context == $c, api)
 * </pre>
 *
 * <p>A finding goes to the dataset of the facts its rule matched, read from here.
 */
public interface DatasetFact {
  /** @return the assessment of the dataset this fact belongs to */
  AssessmentContext getContext();
}
