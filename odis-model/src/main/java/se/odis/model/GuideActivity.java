package se.odis.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** An activity of the guide, e.g. A3.3 "Besluta om att gå vidare"; canonical id {@code A.3.3}. */
@Value.Immutable
@JsonSerialize(as = ImmutableGuideActivity.class)
@JsonDeserialize(as = ImmutableGuideActivity.class)
public abstract class GuideActivity {
  /** @return the canonical id, e.g. {@code A.3.3} */
  public abstract String getId();

  /** @return the activity's title as printed in the guide */
  public abstract String getSv();

  /** @return an English translation */
  public abstract String getEn();

  /** @return the tasks, in the guide's order */
  public abstract List<GuideTask> getTasks();

  /**
   * @param language {@code sv} or {@code en}
   * @return the title in that language
   */
  public String text(String language) {
    return "en".equals(language) ? getEn() : getSv();
  }
}
