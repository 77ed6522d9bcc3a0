package se.odis.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** The licence ODIS recommends for the dataset (task B.1.2.2), with the reason. */
@Value.Immutable
@JsonSerialize(as = ImmutableLicenceRecommendation.class)
@JsonDeserialize(as = ImmutableLicenceRecommendation.class)
public abstract class LicenceRecommendation {
  /** @return the recommended licence as SPDX id: {@code CC0-1.0} or {@code CC-BY-4.0} */
  public abstract String getLicence();

  /** @return the licence's URI */
  public abstract String getUri();

  /** @return why, in Swedish and English */
  public abstract LocalizedText getReason();

  /** @return true if the dataset already has this licence */
  @Value.Default
  public boolean isAlreadyChosen() {
    return false;
  }
}
