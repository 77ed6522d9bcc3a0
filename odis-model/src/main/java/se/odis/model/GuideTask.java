package se.odis.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A numbered task of the guide, e.g. A.3.3.1. */
@Value.Immutable
@JsonSerialize(as = ImmutableGuideTask.class)
@JsonDeserialize(as = ImmutableGuideTask.class)
public abstract class GuideTask {
  /** @return the canonical id, e.g. {@code A.3.3.1} */
  public abstract String getId();

  /** @return the task's text as printed in the guide (Swedish, verbatim) */
  public abstract String getSv();

  /** @return an English translation */
  public abstract String getEn();

  /** @return when the task applies */
  @Value.Default
  public ConditionKind getCondition() {
    return ConditionKind.ALWAYS;
  }

  /**
   * Tells whether the task decides publishability: the identification of protection needs, the
   * licence choice, protective measures where any are needed, files and API, metadata, the tests
   * and the decisions. READY_TO_PUBLISH needs every decisive task that applies done; every other
   * task is advice (the guide: "Det är upp till dig som användare vad du vill dokumentera!").
   *
   * @return true for a decisive task
   */
  @Value.Default
  public boolean isDecisive() {
    return false;
  }

  /** @return the condition's wording for {@link ConditionKind#CONDITIONAL} tasks, e.g. "Om ja" */
  public abstract @Nullable LocalizedText getConditionText();

  /** @return the phase id, e.g. {@code A} */
  @Value.Derived
  public String getPhaseId() {
    return getId().substring(0, 1);
  }

  /** @return the stage id, e.g. {@code A3} */
  @Value.Derived
  public String getStageId() {
    return getId().charAt(0) + getId().substring(2, 3);
  }

  /** @return the activity id, e.g. {@code A.3.3} */
  @Value.Derived
  public String getActivityId() {
    return getId().substring(0, 5);
  }

  /**
   * @param language {@code sv} or {@code en}
   * @return the task's text in that language (Swedish for anything but English)
   */
  public String text(String language) {
    return "en".equals(language) ? getEn() : getSv();
  }
}
