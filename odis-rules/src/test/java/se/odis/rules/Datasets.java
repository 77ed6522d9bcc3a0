package se.odis.rules;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import se.odis.model.AccessRights;
import se.odis.model.Audience;
import se.odis.model.DataTheme;
import se.odis.model.Effort;
import se.odis.model.Fees;
import se.odis.model.Frequency;
import se.odis.model.Guide;
import se.odis.model.GuideTask;
import se.odis.model.HvdCategory;
import se.odis.model.ImmutableAudience;
import se.odis.model.ImmutableContactPoint;
import se.odis.model.ImmutableDataset;
import se.odis.model.ImmutableDistribution;
import se.odis.model.ImmutableEffort;
import se.odis.model.ImmutablePersonalData;
import se.odis.model.ImmutablePublisher;
import se.odis.model.ImmutableRoles;
import se.odis.model.ImmutableSupport;
import se.odis.model.ImmutableTemporalCoverage;
import se.odis.model.LegalObstacles;
import se.odis.model.Lifecycle;
import se.odis.model.LocalizedText;
import se.odis.model.PersonalData;
import se.odis.model.PersonalDataStatus;
import se.odis.model.ProtectiveMeasure;
import se.odis.model.PublisherType;
import se.odis.model.Secrecy;
import se.odis.model.Storage;
import se.odis.model.TaskId;
import se.odis.model.TaskProgress;
import se.odis.model.TaskStatus;
import se.odis.model.ThirdPartyRights;

/**
 * Test fixtures: datasets with every fact filled, for a test to override the one fact under test.
 * Builders are fresh on every call; {@code putProgress} on a builder replaces an earlier entry.
 */
final class Datasets {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

  private Datasets() {}

  /**
   * A dataset with every fact filled and every task up to and including the decision to publish
   * (B.3.2.2) done: it is ready to publish, and no rule should find anything to block it. It is a
   * high-value dataset (mobility) that meets the HVD obligations, so that the HVD rules too can be
   * tested by changing one fact. Only the metadata score (MQA-001, INFO) is reported for it.
   */
  static ImmutableDataset.Builder readyToPublish() {
    ImmutableDataset.Builder b = ImmutableDataset.builder()
        .id("test-parkering")
        .title(LocalizedText.of("Parkeringsplatser", "Parking spaces"))
        .description(LocalizedText.of("Kommunens parkeringsplatser med antal platser och avgifter.",
            "The municipality's parking spaces with capacity and fees."))
        .publisher(ImmutablePublisher.builder().name("Exempelkommun").type(PublisherType.LOCAL_AUTHORITY).build())
        .roles(ImmutableRoles.builder().producer("Trafikkontoret").owner("Stadsbyggnadsnämnden").steward("GIS-enheten").build())
        .personalData(ImmutablePersonalData.builder().status(PersonalDataStatus.NONE).build())
        .secrecy(Secrecy.NONE)
        .thirdPartyRights(ThirdPartyRights.NONE)
        .otherLegalObstacles(LegalObstacles.NONE)
        .licence("CC0-1.0")
        .fees(Fees.NONE)
        .hvdCategory(HvdCategory.MOBILITY)
        .addDistributions(ImmutableDistribution.builder()
            .format("CSV").mediaType("text/csv")
            .accessUrl(URI.create("https://example.se/data/parkering"))
            .downloadUrl(URI.create("https://example.se/data/parkering.csv"))
            .build())
        .addDistributions(ImmutableDistribution.builder()
            .format("JSON").mediaType("application/json").api(true)
            .accessUrl(URI.create("https://api.example.se/parkering"))
            .documentation(URI.create("https://api.example.se/parkering/openapi.json"))
            .build())
        .accrualPeriodicity(Frequency.MONTHLY)
        .issued(LocalDate.of(2026, 1, 10))
        .modified(LocalDate.of(2026, 11, 1))
        .metadataModified(LocalDate.of(2026, 11, 1))
        .contactPoint(ImmutableContactPoint.builder().name("Öppna data").email("oppnadata@example.se").build())
        .addThemes(DataTheme.TRAN)
        .addKeywords("parkering", "trafik")
        .spatial("Exempelkommun")
        .temporal(ImmutableTemporalCoverage.builder().start(LocalDate.of(2020, 1, 1)).build())
        .accessRights(AccessRights.PUBLIC)
        .conformsTo("https://example.se/spec/parkering")
        .landingPage(URI.create("https://example.se/data/parkering/om"))
        .storage(Storage.PORTAL)
        .addAudiences(ImmutableAudience.builder().kind(Audience.Kind.EXTERNAL).name("Apputvecklare").needs("Lediga platser i realtid").build())
        .addAudiences(ImmutableAudience.builder().kind(Audience.Kind.INTERNAL).name("Trafikplanerare").needs("Beläggning över tid").build())
        .addBenefits("Enklare att hitta parkering")
        // No risks found: the risk tasks (A.2.2.2, B.1.1.1) are done, so that is an answer, not a gap.
        .effort(ImmutableEffort.builder().size(Effort.Size.SMALL).estimate("Två dagar").proportionate(true).build())
        .support(ImmutableSupport.builder()
            .documentation(URI.create("https://example.se/data/parkering/dokumentation"))
            .supportContact("oppnadata@example.se")
            .feedbackChannel("https://example.se/feedback")
            .usageStatistics(true)
            .build());
    for (GuideTask t : Guide.odis().getTasks()) {
      if (t.getPhaseId().equals("C")) break;
      b.putProgress(TaskId.of(t.getId()), TaskProgress.of(TaskStatus.DONE));
    }
    // The decisions carry their audit trail (PROG-011), in the guide's order and before publication.
    b.putProgress(TaskId.of("A.3.3.1"), decided(GO_AHEAD_ON));
    b.putProgress(TaskId.of("B.3.2.2"), decided(PUBLICATION_DECIDED_ON));
    return b;
  }

  /**
   * The ready dataset, published: status PUBLISHED and the tasks of stage C1 (communicate,
   * support, publish, promote) done.
   */
  static ImmutableDataset.Builder published() {
    ImmutableDataset.Builder b = readyToPublish().status(Lifecycle.PUBLISHED);
    for (GuideTask t : Guide.odis().getTasks()) {
      if (t.getStageId().equals("C1")) b.putProgress(TaskId.of(t.getId()), TaskProgress.of(TaskStatus.DONE));
    }
    return b;
  }

  /** The published dataset, withdrawn with every decommissioning task (C.3.1.1–C.3.1.5) done. */
  static ImmutableDataset.Builder withdrawn() {
    ImmutableDataset.Builder b = published().status(Lifecycle.WITHDRAWN);
    for (GuideTask t : Guide.odis().getTasks()) {
      if (t.getStageId().equals("C3")) b.putProgress(TaskId.of(t.getId()), TaskProgress.of(TaskStatus.DONE));
    }
    b.putProgress(TaskId.of("C.3.1.2"), decided(LocalDate.of(2026, 11, 20)));
    return b;
  }

  /** A dataset in phase A that nobody has assessed yet: only an id and a title. */
  static ImmutableDataset.Builder fresh() {
    return ImmutableDataset.builder().id("test-new").title(LocalizedText.of("Ny", "New"));
  }

  /** The day of the ready fixture's decision to go ahead (A.3.3.1). */
  static final LocalDate GO_AHEAD_ON = LocalDate.of(2025, 9, 1);

  /** The day of the ready fixture's decision to publish (B.3.2.2), before its {@code issued}. */
  static final LocalDate PUBLICATION_DECIDED_ON = LocalDate.of(2026, 1, 5);

  /**
   * @param day the day of the decision
   * @return a decision: done, dated, and by the board that took it
   */
  static TaskProgress decided(LocalDate day) {
    return se.odis.model.ImmutableTaskProgress.builder().status(TaskStatus.DONE).date(day).by("Trafiknämnden").build();
  }

  /**
   * @param day the day the task was done
   * @return a task done on that day
   */
  static TaskProgress doneOn(LocalDate day) {
    return se.odis.model.ImmutableTaskProgress.builder().status(TaskStatus.DONE).date(day).build();
  }

  static TaskProgress done() {
    return TaskProgress.of(TaskStatus.DONE);
  }

  static TaskProgress notStarted() {
    return TaskProgress.of(TaskStatus.NOT_STARTED);
  }

  static TaskProgress inProgress() {
    return TaskProgress.of(TaskStatus.IN_PROGRESS);
  }

  static TaskProgress notApplicable() {
    return TaskProgress.of(TaskStatus.NOT_APPLICABLE);
  }

  /** @return the task id of a task in either id style */
  static TaskId task(String id) {
    return TaskId.of(id);
  }

  /**
   * Personal data with a status and the measures carried out.
   *
   * @param status the status
   * @param measures the measures done
   * @return the personal data
   */
  static PersonalData personalData(PersonalDataStatus status, ProtectiveMeasure... measures) {
    return ImmutablePersonalData.builder().status(status).addMeasures(measures).build();
  }

  /**
   * A distribution in a format, with an access URL.
   *
   * @param format the format as a distribution gives it, e.g. {@code PDF}
   * @return the distribution
   */
  static ImmutableDistribution distribution(String format) {
    return ImmutableDistribution.builder()
        .format(format)
        .accessUrl(URI.create("https://example.se/data/" + format.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "")))
        .build();
  }

  /** The ready fixture's CSV distribution (index 0), to change with {@code with…}. */
  static se.odis.model.ImmutableDistribution csv() {
    return se.odis.model.ImmutableDistribution.copyOf(readyToPublish().build().getDistributions().get(0));
  }

  /** The ready fixture's JSON API distribution (index 1). */
  static se.odis.model.ImmutableDistribution api() {
    return se.odis.model.ImmutableDistribution.copyOf(readyToPublish().build().getDistributions().get(1));
  }

  /** The ready fixture with distribution {@code index} replaced. */
  static se.odis.model.Dataset withDistribution(int index, se.odis.model.Distribution replacement) {
    se.odis.model.Dataset base = readyToPublish().build();
    java.util.List<se.odis.model.Distribution> ds = new java.util.ArrayList<>(base.getDistributions());
    ds.set(index, replacement);
    return ImmutableDataset.copyOf(base).withDistributions(ds);
  }
}
