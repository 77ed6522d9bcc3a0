package se.odis.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * Where a dataset file of the coordinator's record came from, written by {@code odis import} in
 * the file's {@code imported} field: the catalogue, the dataset's URI and identifier there, when
 * its values were last taken in, whether the catalogue still lists it, and a fingerprint of each
 * value it gave, by which a later import tells a value the coordinator edited by hand from one the
 * catalogue changed.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProvenance.class)
@JsonDeserialize(as = ImmutableProvenance.class)
public abstract class Provenance {
  /**
   * @return the catalogue: a URL, or a file's path relative to the record's directory (so that
   *     the record can move as a whole)
   */
  public abstract String getCatalogue();

  /** @return what kind of catalogue it is */
  public abstract CatalogueFormat getFormat();

  /** @return the dataset's URI in the catalogue; null if it has none (a blank node, a CKAN package) */
  public abstract @Nullable String getUri();

  /** @return the dataset's identifier in the catalogue, as the import read it */
  public abstract String getIdentifier();

  /** @return the day the catalogue's values were last taken into the file */
  public abstract LocalDate getDate();

  /**
   * @return the day an import first found the dataset missing from its catalogue; null while the
   *     catalogue lists it. The file is kept: a dataset gone from the catalogue may be on its way
   *     out (stage C3), or may have moved.
   */
  public abstract @Nullable LocalDate getMissingSince();

  /**
   * @return for each value the catalogue gave, by its JSON pointer in the file ({@code /title/sv},
   *     {@code /distributions}), a short hash of that value as imported. Written by the import; a
   *     value left out had none.
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> getFingerprints();

  @Value.Check
  void check() {
    if (getCatalogue().isBlank()) throw new IllegalArgumentException("catalogue must not be blank");
    if (getIdentifier().isBlank()) throw new IllegalArgumentException("identifier must not be blank");
    for (String pointer : getFingerprints().keySet()) {
      if (!pointer.startsWith("/")) {
        throw new IllegalArgumentException("'" + pointer + "' is not a JSON pointer; expected a pointer such as \"/title/sv\"");
      }
    }
  }
}
