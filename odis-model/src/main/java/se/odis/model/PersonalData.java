package se.odis.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Personal data in the dataset (B.1.1.2) and the protective measures carried out on the data to
 * be published (B.2.2.1).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePersonalData.class)
@JsonDeserialize(as = ImmutablePersonalData.class)
public abstract class PersonalData {
  /** @return whether the data holds personal data; {@code UNKNOWN} when not stated */
  @Value.Default
  public PersonalDataStatus getStatus() {
    return PersonalDataStatus.UNKNOWN;
  }

  /** @return the protective measures that have been carried out (not merely planned) */
  public abstract Set<ProtectiveMeasure> getMeasures();

  /**
   * Tells whether a measure that takes the data out of the scope of personal data has been done:
   * aggregation, anonymisation or elimination. Pseudonymisation alone does not count.
   *
   * @return true if such a measure is among {@link #getMeasures()}; rules read it as {@code personalData.mitigated}
   */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isMitigated() {
    return getMeasures().stream().anyMatch(ProtectiveMeasure::removesPersonalData);
  }

  /** @return personal data with status {@code UNKNOWN} and no measures */
  public static PersonalData unknown() {
    return ImmutablePersonalData.builder().build();
  }
}
