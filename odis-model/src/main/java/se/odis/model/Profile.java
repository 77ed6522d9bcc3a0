package se.odis.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * A municipality's profile: its name, the rule packs it adds, the built-in rules it disables, the
 * severities it changes, and defaults for facts it answers once for all its datasets. Read from
 * JSON or YAML with {@link ProfileReader}, as strictly as datasets.
 *
 * <pre>{@code
 * {
 *   "municipality": "Exempelkommun",
 *   "rulePacks": ["rules"],
 *   "disable": ["SPEC-001"],
 *   "severities": {"LIC-004": "BLOCKER"},
 *   "defaults": {"publisher": {"name": "Exempelkommun", "type": "LocalAuthority"}, "licence": "CC0-1.0"}
 * }
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProfile.class)
@JsonDeserialize(as = ImmutableProfile.class)
public abstract class Profile {
  /** @return a JSON Schema reference for editors; not used */
  @JsonProperty("$schema")
  public abstract @Nullable String getSchema();

  /** @return the municipality's name, recorded in every assessment made with the profile */
  public abstract String getMunicipality();

  /** @return directories of rule packs, relative to the profile file */
  public abstract List<String> getRulePacks();

  /** @return ids of built-in rules to disable */
  public abstract List<String> getDisable();

  /** @return new severities by rule id */
  @Value.NaturalOrder
  public abstract SortedMap<String, Severity> getSeverities();

  /** @return defaults for facts answered once for all datasets */
  @Value.Default
  public ProfileDefaults getDefaults() {
    return ImmutableProfileDefaults.builder().build();
  }

  /**
   * Fills in the facts a dataset leaves open with this profile's defaults. What the dataset
   * states is kept as it is.
   *
   * @param d the dataset
   * @return the dataset with defaults applied (the same instance if nothing was missing)
   */
  public Dataset applyTo(Dataset d) {
    ProfileDefaults p = getDefaults();
    ImmutableDataset out = ImmutableDataset.copyOf(d);
    if (d.getPublisher() == null && p.getPublisher() != null) out = out.withPublisher(p.getPublisher());
    if (d.getContactPoint() == null && p.getContactPoint() != null) out = out.withContactPoint(p.getContactPoint());
    if (d.getLicence() == null && p.getLicence() != null) out = out.withLicence(p.getLicence());
    if (d.getAccessRights() == null && p.getAccessRights() != null) out = out.withAccessRights(p.getAccessRights());
    if (d.getSpatial() == null && p.getSpatial() != null) out = out.withSpatial(p.getSpatial());
    if (d.getFees() == Fees.UNKNOWN && p.getFees() != null) out = out.withFees(p.getFees());
    return out;
  }

  @Value.Check
  void check() {
    if (getMunicipality().isBlank()) throw new IllegalArgumentException("municipality must not be blank");
  }
}
