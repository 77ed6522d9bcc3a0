package se.odis.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * The result of assessing one dataset: the verdict, where the dataset stands in the guide, the
 * state of each gate, the findings and the ordered next steps.
 *
 * <p>Deterministic: the same dataset, date and rules give an equal assessment.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAssessment.class)
@JsonDeserialize(as = ImmutableAssessment.class)
public abstract class Assessment {
  /** @return the assessed dataset's id */
  public abstract String getDatasetId();

  /** @return the assessed dataset's title */
  @Value.Default
  public LocalizedText getTitle() {
    return LocalizedText.empty();
  }

  /** @return the day the assessment is made for (freshness is judged against it) */
  public abstract LocalDate getAsOf();

  /** @return the overall verdict */
  public abstract Verdict getVerdict();

  /** @return the stage the dataset is in, e.g. {@code B1} */
  public abstract String getStage();

  /** @return the first gate not yet passed, or null if all that apply are passed */
  public abstract @Nullable Gate getNextGate();

  /** @return the state of each gate, in the order a dataset meets them */
  public abstract List<GateStatus> getGates();

  /** @return the findings, in {@link Finding#ORDER} */
  public abstract List<Finding> getFindings();

  /** @return the guide tasks still to do, in the guide's order, applicable ones only */
  public abstract List<NextStep> getNextSteps();

  /** @return the licence recommendation, if one could be made */
  public abstract @Nullable LicenceRecommendation getLicenceRecommendation();

  /** @return the MQA-style metadata quality score */
  public abstract @Nullable MetadataScore getMetadataScore();

  /** @return named scores, e.g. {@code opennessStars} (0–5), {@code metadataScore} */
  @Value.NaturalOrder
  public abstract SortedMap<String, Integer> getScores();

  /** @return the municipality profile in force, or null when none was used */
  public abstract @Nullable String getProfile();

  /** @return the ids of the rules that were in force, sorted */
  public abstract List<String> getRulesInForce();

  /** @return the number of blocker findings */
  public long blockerCount() {
    return getFindings().stream().filter(f -> f.getSeverity() == Severity.BLOCKER).count();
  }

  /** @return true if at least one finding is a blocker */
  public boolean hasBlockers() {
    return blockerCount() > 0;
  }
}
