package se.odis.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** A phase of the guide: A Identifiera, B Förbered publicering, C Publicera och förvalta. */
@Value.Immutable
@JsonSerialize(as = ImmutableGuidePhase.class)
@JsonDeserialize(as = ImmutableGuidePhase.class)
public abstract class GuidePhase {
  /** @return the id: {@code A}, {@code B} or {@code C} */
  public abstract String getId();

  /** @return the phase's title as printed in the guide */
  public abstract String getSv();

  /** @return an English translation */
  public abstract String getEn();

  /** @return the stages, in the guide's order */
  public abstract List<GuideStage> getStages();

  /**
   * @param language {@code sv} or {@code en}
   * @return the title in that language
   */
  public String text(String language) {
    return "en".equals(language) ? getEn() : getSv();
  }
}
