package se.odis.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** A stage of the guide, A1 to C3. */
@Value.Immutable
@JsonSerialize(as = ImmutableGuideStage.class)
@JsonDeserialize(as = ImmutableGuideStage.class)
public abstract class GuideStage {
  /** @return the id, e.g. {@code B1} */
  public abstract String getId();

  /** @return the stage's title as printed in the guide */
  public abstract String getSv();

  /** @return an English translation */
  public abstract String getEn();

  /** @return the activities, in the guide's order */
  public abstract List<GuideActivity> getActivities();

  /**
   * @param language {@code sv} or {@code en}
   * @return the title in that language
   */
  public String text(String language) {
    return "en".equals(language) ? getEn() : getSv();
  }
}
