package se.odis.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** One indicator of the metadata quality score, e.g. "keywords" in the findability dimension. */
@Value.Immutable
@JsonSerialize(as = ImmutableMetadataIndicator.class)
@JsonDeserialize(as = ImmutableMetadataIndicator.class)
public abstract class MetadataIndicator {
  /** @return the dimension: findability, accessibility, interoperability, reusability or contextuality */
  public abstract String getDimension();

  /** @return the indicator's id, e.g. {@code keyword} */
  public abstract String getIndicator();

  /** @return the points earned (0 when not checked) */
  public abstract int getPoints();

  /** @return the points the indicator is worth */
  public abstract int getMaxPoints();

  /** @return false when the indicator needs a check ODIS does not make offline (e.g. a live link) */
  @Value.Default
  public boolean isChecked() {
    return true;
  }
}
