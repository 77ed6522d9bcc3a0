package se.odis.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * A dataset that a municipality considers publishing as open data: its facts and its progress
 * through the guide's tasks.
 *
 * <p>Only {@link #getId()} is required. Every fact that decides publishability defaults to
 * {@code UNKNOWN} when absent, so that a missing answer can never read as "no": personal data,
 * secrecy, third-party rights, other legal obstacles, and (being null) licence and owner.
 *
 * <p>Read from JSON with {@link DatasetReader}; build in code with {@link ImmutableDataset#builder()}.
 * The JSON field names are the attribute names below without their {@code get}/{@code is}
 * prefix; {@code odis schema} prints the JSON Schema.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDataset.class)
@JsonDeserialize(as = ImmutableDataset.class)
public abstract class Dataset {

  /** @return a JSON Schema reference, kept so that editors can validate the file; not a fact */
  @JsonProperty("$schema")
  public abstract @Nullable String getSchema();

  /** @return the dataset's identifier, unique within the municipality */
  public abstract String getId();

  /**
   * @return the dataset's own URI ({@code dcat:Dataset} IRI) where it has one, e.g. kept from the
   *     catalogue it was imported from; the DCAT-AP-SE export uses it rather than minting one
   */
  public abstract @Nullable URI getUri();

  /** @return the title in one or more languages (mandatory in DCAT-AP-SE) */
  @Value.Default
  public LocalizedText getTitle() {
    return LocalizedText.empty();
  }

  /** @return the description in one or more languages (mandatory in DCAT-AP-SE) */
  @Value.Default
  public LocalizedText getDescription() {
    return LocalizedText.empty();
  }

  /** @return the publisher; null if not stated */
  public abstract @Nullable Publisher getPublisher();

  /** @return producer, owner and steward (A.3.1.1) */
  @Value.Default
  public Roles getRoles() {
    return Roles.unknown();
  }

  /** @return personal data and the measures taken (B.1.1.2, B.2.2.1) */
  @Value.Default
  public PersonalData getPersonalData() {
    return PersonalData.unknown();
  }

  /** @return secrecy under OSL (B.1.1.2); {@code UNKNOWN} when not stated */
  @Value.Default
  public Secrecy getSecrecy() {
    return Secrecy.UNKNOWN;
  }

  /**
   * @return the measures carried out on the secret parts (B.2.2.1): {@code ELIMINATION} removes
   *     them, {@code AGGREGATION} summarises them beyond secrecy. Kept apart from
   *     {@link PersonalData#getMeasures()} so that removing personal data never counts as
   *     removing what is secret, or the other way round.
   */
  public abstract java.util.Set<ProtectiveMeasure> getSecrecyMeasures();

  /** @return copyright and database rights of others (B.1.1.3); {@code UNKNOWN} when not stated */
  @Value.Default
  public ThirdPartyRights getThirdPartyRights() {
    return ThirdPartyRights.UNKNOWN;
  }

  /** @return other legal obstacles (B.1.1.4); {@code UNKNOWN} when not stated */
  @Value.Default
  public LegalObstacles getOtherLegalObstacles() {
    return LegalObstacles.UNKNOWN;
  }

  /** @return the licence as an SPDX id ({@code CC0-1.0}) or a licence URI; null if not chosen */
  public abstract @Nullable String getLicence();

  /** @return the distributions: files, downloads and APIs */
  public abstract List<Distribution> getDistributions();

  /** @return the APIs that serve the data ({@code dcat:DataService}) */
  public abstract List<DataService> getDataServices();

  /** @return the high-value dataset category under (EU) 2023/138, or null if none is named */
  public abstract @Nullable HvdCategory getHvdCategory();

  /**
   * @return the legislation the dataset is published under ({@code dcatap:applicableLegislation}),
   *     as ELI URIs; citing Implementing Regulation (EU) 2023/138 makes it a high-value dataset
   */
  public abstract List<URI> getApplicableLegislation();

  /** @return how often the data is updated */
  public abstract @Nullable Frequency getAccrualPeriodicity();

  /** @return when the dataset was first published */
  public abstract @Nullable LocalDate getIssued();

  /** @return when the data last changed */
  public abstract @Nullable LocalDate getModified();

  /** @return when the metadata (this description) was last reviewed or changed (C.2.3.4) */
  public abstract @Nullable LocalDate getMetadataModified();

  /** @return where users turn with questions */
  public abstract @Nullable ContactPoint getContactPoint();

  /** @return EU data themes */
  public abstract List<DataTheme> getThemes();

  /** @return keywords, in any language */
  public abstract List<String> getKeywords();

  /** @return the languages of the data ({@code dcterms:language}): ISO 639 codes or EU language URIs */
  public abstract List<String> getLanguages();

  /** @return who made the data ({@code dcterms:creator}), where it is not the publisher */
  public abstract @Nullable Publisher getCreator();

  /** @return web pages documenting the dataset ({@code foaf:page}) */
  public abstract List<URI> getPages();

  /** @return the geographic area covered: a place name or a URI (e.g. a municipality code URI) */
  public abstract @Nullable String getSpatial();

  /** @return the time period covered */
  public abstract @Nullable TemporalCoverage getTemporal();

  /** @return DCAT-AP access rights */
  public abstract @Nullable AccessRights getAccessRights();

  /** @return the specification or data model the data follows (A.1.2.2, B.2.1.1) */
  public abstract @Nullable String getConformsTo();

  /** @return a web page about the dataset: an http or https address ({@link WebLinks}) */
  @JsonDeserialize(using = WebLinkDeserializer.WebPage.class)
  public abstract @Nullable URI getLandingPage();

  /** @return whether reusers pay for the data; {@code UNKNOWN} when not stated */
  @Value.Default
  public Fees getFees() {
    return Fees.UNKNOWN;
  }

  /** @return whether the dataset is planned, published, deprecated or withdrawn */
  @Value.Default
  public Lifecycle getStatus() {
    return Lifecycle.PLANNED;
  }

  /** @return where the data is to be kept (B.2.1.2) */
  @Value.Default
  public Storage getStorage() {
    return Storage.UNKNOWN;
  }

  /** @return target groups and their needs (A.2.1) */
  public abstract List<Audience> getAudiences();

  /** @return expected benefits (A.2.2.1) */
  public abstract List<String> getBenefits();

  /** @return possible unwanted effects and risks (A.2.2.2, B.1.1.1) */
  public abstract List<String> getRisks();

  /** @return the estimated work (A.3.2.1) */
  public abstract @Nullable Effort getEffort();

  /** @return documentation, support and feedback arrangements */
  public abstract @Nullable Support getSupport();

  /**
   * @return where the dataset was imported from, written by {@code odis import}; null for a
   *     dataset that was not imported
   */
  public abstract @Nullable Provenance getImported();

  /** @return progress per guide task, in the guide's order; an absent task is not started */
  @Value.NaturalOrder
  public abstract SortedMap<TaskId, TaskProgress> getProgress();

  /**
   * Returns the status of a task; an absent entry is {@link TaskStatus#NOT_STARTED}.
   *
   * @param taskId a task id in either style
   * @return the task's status
   * @throws IllegalArgumentException if the guide has no such task
   */
  public TaskStatus statusOf(String taskId) {
    TaskProgress p = getProgress().get(TaskId.of(taskId));
    return p == null ? TaskStatus.NOT_STARTED : p.getStatus();
  }

  /**
   * Tells whether a task is done.
   *
   * @param taskId a task id in either style
   * @return true if its status is {@link TaskStatus#DONE}
   */
  public boolean isDone(String taskId) {
    return statusOf(taskId) == TaskStatus.DONE;
  }

  @Value.Check
  void check() {
    if (getId().isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    // An id names the dataset in one line of every report, file name and catalogue.
    if (getId().indexOf('\n') >= 0 || getId().indexOf('\r') >= 0 || getId().indexOf('\t') >= 0) {
      throw new IllegalArgumentException("id must be one line");
    }
  }
}
