package se.odis.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * A metadata quality score computed offline with the indicators and points of data.europa.eu's
 * Metadata Quality Assessment (MQA): 405 points over findability, accessibility,
 * interoperability, reusability and contextuality. Indicators that need a live check (link
 * availability, validation against DCAT-AP) are reported as not checked and earn nothing, so the
 * score is a lower bound of what the MQA would give.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMetadataScore.class)
@JsonDeserialize(as = ImmutableMetadataScore.class)
public abstract class MetadataScore {
  /** The MQA's rating bands. */
  public enum Rating {
    /** 351–405 points. */
    EXCELLENT,
    /** 221–350 points. */
    GOOD,
    /** 121–220 points. */
    SUFFICIENT,
    /** 0–120 points. */
    BAD;

    /**
     * @param points MQA points
     * @return the band
     */
    public static Rating of(int points) {
      if (points >= 351) return EXCELLENT;
      if (points >= 221) return GOOD;
      if (points >= 121) return SUFFICIENT;
      return BAD;
    }
  }

  /** @return the points earned */
  public abstract int getPoints();

  /** @return the points the MQA can give in all: 405 */
  public abstract int getMaxPoints();

  /** @return the points of the indicators ODIS checked */
  public abstract int getCheckedMaxPoints();

  /** @return the rating band of {@link #getPoints()} */
  public abstract Rating getRating();

  /** @return every indicator, in the MQA's order */
  public abstract List<MetadataIndicator> getIndicators();
}
