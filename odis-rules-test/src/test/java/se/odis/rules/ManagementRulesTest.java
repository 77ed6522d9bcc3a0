package se.odis.rules;

import static se.odis.rules.Datasets.done;
import static se.odis.rules.Datasets.fresh;
import static se.odis.rules.Datasets.inProgress;
import static se.odis.rules.Datasets.notStarted;
import static se.odis.rules.Datasets.published;
import static se.odis.rules.Datasets.readyToPublish;
import static se.odis.rules.Datasets.task;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.odis.model.Dataset;
import se.odis.model.Frequency;
import se.odis.model.ImmutableDataset;
import se.odis.model.ImmutableDistribution;
import se.odis.model.ImmutableSupport;
import se.odis.model.Lifecycle;
import se.odis.model.Severity;
import se.odis.model.Storage;
import se.odis.model.Support;
import se.odis.rules.test.RuleVerifier;

/** The management rules (storage.drl, quality-assurance.drl, documentation.drl, support.drl, publication.drl, freshness.drl, statistics.drl, feedback.drl, usage.drl): storage, quality assurance, documentation, support, freshness, follow-up. */
class ManagementRulesTest {
  private static final RuleVerifier VERIFIER = SharedVerifier.VERIFIER;

  private static Support support() {
    return readyToPublish().build().getSupport();
  }

  // STOR-001: storage not decided once phase B2 or B3 is under way.

  @Test
  void stor001_storageUnknownInPhaseB_emitsWarningAboutStorage() {
    VERIFIER.verify("STOR-001").given(readyToPublish().storage(Storage.UNKNOWN).build())
        .emits(Severity.WARNING).emitsTimes(1).about("/storage");
  }

  @Test
  void stor001_storageDecided_doesNotEmit() {
    VERIFIER.verify("STOR-001").given(readyToPublish().storage(Storage.LINKED).build()).doesNotEmit();
  }

  @Test
  void stor001_storageUnknownBeforeB2_doesNotEmit() {
    VERIFIER.verify("STOR-001")
        .given(fresh().putProgress(task("A.3.3.1"), done()).putProgress(task("B.1.1.1"), inProgress()).build())
        .doesNotEmit();
  }

  @Test
  void stor001_storageUnknownWithOnlyB3Started_emits() {
    VERIFIER.verify("STOR-001").given(fresh().putProgress(task("B.3.1.1"), inProgress()).build()).emits(Severity.WARNING);
  }

  // QA-001: the decision to publish taken before publication was tested.

  @Test
  void qa001_decidedWithoutTestingPublication_emitsBlockerAboutTask() {
    VERIFIER.verify("QA-001").given(readyToPublish().putProgress(task("B.3.1.1"), notStarted()).build())
        .emits(Severity.BLOCKER).emitsTimes(1).about("/progress/B.3.1.1");
  }

  @Test
  void qa001_publicationTested_doesNotEmit() {
    VERIFIER.verify("QA-001").given(readyToPublish().build()).doesNotEmit();
  }

  @Test
  void qa001_testingOutstandingButNotYetDecided_doesNotEmit() {
    VERIFIER.verify("QA-001")
        .given(readyToPublish().putProgress(task("B.3.1.1"), inProgress()).putProgress(task("B.3.2.2"), inProgress()).build())
        .doesNotEmit();
  }

  @Test
  void qa001_publicationTestMarkedNotApplicable_stillEmitsBlocker() {
    VERIFIER.verify("QA-001").given(readyToPublish().putProgress(task("B.3.1.1"), Datasets.notApplicable()).build())
        .emits(Severity.BLOCKER);
    VERIFIER.verify("QA-002").given(readyToPublish().putProgress(task("B.3.1.2"), Datasets.notApplicable()).build())
        .emits(Severity.BLOCKER);
  }

  // QA-002: the decision to publish taken before the interface was tested.

  @Test
  void qa002_decidedWithoutTestingInterface_emitsBlockerAboutTask() {
    VERIFIER.verify("QA-002").given(readyToPublish().putProgress(task("B.3.1.2"), inProgress()).build())
        .emits(Severity.BLOCKER).emitsTimes(1).about("/progress/B.3.1.2");
  }

  @Test
  void qa002_interfaceTested_doesNotEmit() {
    VERIFIER.verify("QA-002").given(readyToPublish().build()).doesNotEmit();
  }

  // QA-003: harvesting to other portals not tested (applies to data in the portal or high-value data).

  @Test
  void qa003_decidedWithoutTestingHarvesting_emitsWarningAboutTask() {
    VERIFIER.verify("QA-003").given(readyToPublish().putProgress(task("B.3.1.3"), notStarted()).build())
        .emits(Severity.WARNING).emitsTimes(1).about("/progress/B.3.1.3");
  }

  @Test
  void qa003_harvestingTested_doesNotEmit() {
    VERIFIER.verify("QA-003").given(readyToPublish().build()).doesNotEmit();
  }

  @Test
  void qa003_linkedOrdinaryDatasetWithoutHarvestTest_doesNotEmitBecauseTaskDoesNotApply() {
    VERIFIER.verify("QA-003")
        .given(readyToPublish().storage(Storage.LINKED).hvdCategory(null).putProgress(task("B.3.1.3"), notStarted()).build())
        .doesNotEmit();
  }

  // QA-004: not tested with the target groups (applies when there are external users or high-value data).

  @Test
  void qa004_decidedWithoutTestingWithTargetGroups_emitsRecommendationAboutTask() {
    VERIFIER.verify("QA-004").given(readyToPublish().putProgress(task("B.3.1.4"), notStarted()).build())
        .emits(Severity.RECOMMENDATION).emitsTimes(1).about("/progress/B.3.1.4");
  }

  @Test
  void qa004_testedWithTargetGroups_doesNotEmit() {
    VERIFIER.verify("QA-004").given(readyToPublish().build()).doesNotEmit();
  }

  // DOC-001: nothing documents the data, once publication is decided.

  @Test
  void doc001_noDocumentationAnywhereAfterDecision_emitsWarningAboutDocumentation() {
    Dataset base = readyToPublish().landingPage(null)
        .support(ImmutableSupport.copyOf(support()).withDocumentation(null)).build();
    Dataset undocumented = ImmutableDataset.copyOf(base).withDistributions(base.getDistributions().stream()
        .map(d -> ImmutableDistribution.copyOf(d).withDocumentation(null)).toArray(ImmutableDistribution[]::new));
    VERIFIER.verify("DOC-001").given(undocumented)
        .emits(Severity.WARNING).emitsTimes(1).about("/support/documentation");
  }

  @Test
  void doc001_supportDocumentationGiven_doesNotEmit() {
    VERIFIER.verify("DOC-001").given(readyToPublish().build()).doesNotEmit();
  }

  @Test
  void doc001_onlyApiDocumentation_doesNotEmit() {
    VERIFIER.verify("DOC-001")
        .given(readyToPublish().landingPage(null).support(ImmutableSupport.copyOf(support()).withDocumentation(null)).build())
        .doesNotEmit();
  }

  @Test
  void doc001_noDocumentationBeforeDecision_doesNotEmit() {
    VERIFIER.verify("DOC-001")
        .given(readyToPublish().landingPage(null).support((Support) null).distributions(List.of())
            .putProgress(task("B.3.2.2"), inProgress()).build())
        .doesNotEmit();
  }

  // SUP-001: published without support in place (C.1.1.2).

  @Test
  void sup001_publishedWithSupportTaskOutstanding_emitsWarningAboutTask() {
    VERIFIER.verify("SUP-001").given(published().putProgress(task("C.1.1.2"), inProgress()).build())
        .emits(Severity.WARNING).emitsTimes(1).about("/progress/C.1.1.2");
  }

  @Test
  void sup001_publishedWithSupportInPlace_doesNotEmit() {
    VERIFIER.verify("SUP-001").given(published().build()).doesNotEmit();
  }

  @Test
  void sup001_notYetPublished_doesNotEmit() {
    VERIFIER.verify("SUP-001").given(readyToPublish().build()).doesNotEmit();
  }

  // SUP-002: no support contact, once publication is decided.

  @Test
  void sup002_noSupportContact_emitsRecommendationAboutIt() {
    VERIFIER.verify("SUP-002").given(readyToPublish().support(ImmutableSupport.copyOf(support()).withSupportContact(null)).build())
        .emits(Severity.RECOMMENDATION).emitsTimes(1).about("/support/supportContact");
  }

  @Test
  void sup002_supportContactGiven_doesNotEmit() {
    VERIFIER.verify("SUP-002").given(readyToPublish().build()).doesNotEmit();
  }

  @Test
  void sup002_noSupportAtAllBeforeDecision_doesNotEmit() {
    VERIFIER.verify("SUP-002").given(fresh().build()).doesNotEmit();
  }

  // PUB-001: "publish the data" done, but the dataset is not marked published.

  @Test
  void pub001_publishTaskDoneWhilePlanned_emitsWarningAboutStatus() {
    VERIFIER.verify("PUB-001").given(published().status(Lifecycle.PLANNED).build())
        .emits(Severity.WARNING).emitsTimes(1).about("/status");
  }

  @Test
  void pub001_publishTaskDoneAndPublished_doesNotEmit() {
    VERIFIER.verify("PUB-001").given(published().build()).doesNotEmit();
  }

  // FRESH-001: data overdue for update, judged against the assessment day.

  @Test
  void fresh001_monthlyDataNotUpdatedForMonths_emitsWarningAboutModified() {
    VERIFIER.verify("FRESH-001").given(published().modified(LocalDate.of(2026, 9, 1)).build())
        .emits(Severity.WARNING).emitsTimes(1).about("/modified").withMessageContaining("2026-09-01");
  }

  @Test
  void fresh001_monthlyDataUpdatedThisMonth_doesNotEmit() {
    VERIFIER.verify("FRESH-001").given(published().build()).doesNotEmit();
  }

  @Test
  void fresh001_sameDatasetLaterDay_emits() {
    Dataset d = published().build();
    VERIFIER.asOf(LocalDate.of(2026, 12, 15)).verify("FRESH-001").given(d).emits(Severity.WARNING);
    VERIFIER.asOf(LocalDate.of(2026, 12, 1)).verify("FRESH-001").given(d).doesNotEmit();
  }

  @Test
  void fresh001_irregularlyUpdatedData_doesNotEmit() {
    VERIFIER.verify("FRESH-001")
        .given(published().accrualPeriodicity(Frequency.IRREG).modified(LocalDate.of(2020, 1, 1)).build())
        .doesNotEmit();
  }

  @Test
  void fresh001_notPublished_doesNotEmit() {
    VERIFIER.verify("FRESH-001").given(readyToPublish().modified(LocalDate.of(2026, 9, 1)).build()).doesNotEmit();
  }

  // FRESH-002: regularly updated, published, no modification date.

  @Test
  void fresh002_publishedMonthlyDataWithoutModified_emitsWarningAboutModified() {
    VERIFIER.verify("FRESH-002").given(published().modified(null).build())
        .emits(Severity.WARNING).emitsTimes(1).about("/modified");
  }

  @Test
  void fresh002_modifiedGiven_doesNotEmit() {
    VERIFIER.verify("FRESH-002").given(published().build()).doesNotEmit();
  }

  @Test
  void fresh002_irregularDataWithoutModified_doesNotEmit() {
    VERIFIER.verify("FRESH-002").given(published().modified(null).accrualPeriodicity(Frequency.IRREG).build()).doesNotEmit();
  }

  // STAT-001: no usage statistics.

  @Test
  void stat001_noUsageStatistics_emitsRecommendationAboutThem() {
    VERIFIER.verify("STAT-001").given(readyToPublish().support(ImmutableSupport.copyOf(support()).withUsageStatistics(false)).build())
        .emits(Severity.RECOMMENDATION).emitsTimes(1).about("/support/usageStatistics");
  }

  @Test
  void stat001_usageStatisticsCollected_doesNotEmit() {
    VERIFIER.verify("STAT-001").given(readyToPublish().build()).doesNotEmit();
  }

  @Test
  void stat001_noSupportDescribedBeforeDecision_doesNotEmit() {
    VERIFIER.verify("STAT-001").given(fresh().build()).doesNotEmit();
  }

  // FEED-001: no feedback channel.

  @Test
  void feed001_noFeedbackChannel_emitsRecommendationAboutIt() {
    VERIFIER.verify("FEED-001").given(readyToPublish().support(ImmutableSupport.copyOf(support()).withFeedbackChannel(null)).build())
        .emits(Severity.RECOMMENDATION).emitsTimes(1).about("/support/feedbackChannel");
  }

  @Test
  void feed001_feedbackChannelGiven_doesNotEmit() {
    VERIFIER.verify("FEED-001").given(readyToPublish().build()).doesNotEmit();
  }

  @Test
  void feed001_noSupportAtAllOnPublishedDataset_emits() {
    // Both conditions (published, decision taken) hold: the two rule branches give one finding.
    VERIFIER.verify("FEED-001").given(published().support((Support) null).build()).emits(Severity.RECOMMENDATION)
        .emitsTimes(1);
  }

  // USE-001: realised benefits not shown a year after publication.

  @Test
  void use001_publishedOverAYearAgoWithoutShowingBenefits_emitsRecommendationAboutTask() {
    VERIFIER.verify("USE-001").given(published().issued(LocalDate.of(2025, 1, 10)).build())
        .emits(Severity.RECOMMENDATION).emitsTimes(1).about("/progress/C.2.4.1");
  }

  @Test
  void use001_publishedThisYear_doesNotEmit() {
    VERIFIER.verify("USE-001").given(published().build()).doesNotEmit();
  }

  @Test
  void use001_benefitsShown_doesNotEmit() {
    VERIFIER.verify("USE-001")
        .given(published().issued(LocalDate.of(2025, 1, 10)).putProgress(task("C.2.4.1"), done()).build())
        .doesNotEmit();
  }
}
