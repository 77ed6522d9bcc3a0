package se.odis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.rules.Datasets.inProgress;
import static se.odis.rules.Datasets.readyToPublish;
import static se.odis.rules.Datasets.task;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.odis.model.AccessRights;
import se.odis.model.Assessment;
import se.odis.model.Dataset;
import se.odis.model.Distribution;
import se.odis.model.Finding;
import se.odis.model.Frequency;
import se.odis.model.ImmutableContactPoint;
import se.odis.model.ImmutableDataset;
import se.odis.model.ImmutableDistribution;
import se.odis.model.ImmutablePublisher;
import se.odis.model.Lifecycle;
import se.odis.model.LocalizedText;
import se.odis.model.MetadataIndicator;
import se.odis.model.MetadataScore;
import se.odis.model.MetadataScore.Rating;
import se.odis.model.Severity;
import se.odis.rules.test.RuleVerifier;

/**
 * The rules of metadata.drl: the DCAT-AP-SE properties (META-001 to META-016) and the MQA-style
 * metadata score (MQA-001, MQA-002), with checks of the score itself.
 */
class MetadataRulesTest {
  private static final RuleVerifier VERIFIER = SharedVerifier.VERIFIER;

  private static Dataset ready() {
    return readyToPublish().build();
  }

  private static MetadataScore score(Dataset d) {
    return SharedAssessor.assess(d).getMetadataScore();
  }

  /** The subjects of one rule's findings; null is the dataset as a whole. */
  private static List<String> subjectsOf(Assessment a, String ruleId) {
    return a.getFindings().stream().filter(f -> f.getRuleId().equals(ruleId)).map(Finding::getSubject)
        .collect(Collectors.toList());
  }

  private static MetadataIndicator indicator(MetadataScore s, String id) {
    return s.getIndicators().stream().filter(i -> i.getIndicator().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no indicator " + id));
  }

  /** The ready dataset with each distribution changed by {@code change}, by index. */
  private static Dataset withDistributions(BiFunction<Integer, ImmutableDistribution, Distribution> change) {
    List<Distribution> ds = new ArrayList<>();
    List<Distribution> original = ready().getDistributions();
    for (int i = 0; i < original.size(); i++) ds.add(change.apply(i, ImmutableDistribution.copyOf(original.get(i))));
    return ImmutableDataset.copyOf(ready()).withDistributions(ds);
  }

  private static ImmutableContactPoint.Builder contact() {
    return ImmutableContactPoint.builder().name("Öppna data").email("oppnadata@example.se");
  }

  // META-001: no title.

  @Test
  void meta001_noTitle_emitsBlockerAboutTitle() {
    VERIFIER.verify("META-001").given(readyToPublish().title(LocalizedText.empty()).build())
        .emits(Severity.BLOCKER).emitsTimes(1).about("/title");
  }

  @Test
  void meta001_titleOnlyWhitespace_emitsBlocker() {
    VERIFIER.verify("META-001").given(readyToPublish().title(LocalizedText.of(" ", "\t")).build())
        .emits(Severity.BLOCKER).about("/title");
  }

  @Test
  void meta001_titleInOneLanguageOnly_doesNotEmit() {
    VERIFIER.verify("META-001").given(readyToPublish().title(LocalizedText.of(Map.of("en", "Parking spaces"))).build())
        .doesNotEmit();
  }

  // META-002: no description.

  @Test
  void meta002_noDescription_emitsBlockerAboutDescription() {
    VERIFIER.verify("META-002").given(readyToPublish().description(LocalizedText.empty()).build())
        .emits(Severity.BLOCKER).emitsTimes(1).about("/description");
  }

  @Test
  void meta002_descriptionOnlyInSwedish_doesNotEmit() {
    VERIFIER.verify("META-002")
        .given(readyToPublish().description(LocalizedText.of(Map.of("sv", "Kommunens parkeringsplatser."))).build())
        .doesNotEmit();
  }

  // META-003: no publisher.

  @Test
  void meta003_noPublisher_emitsBlockerAboutPublisher() {
    VERIFIER.verify("META-003").given(readyToPublish().publisher(null).build())
        .emits(Severity.BLOCKER).emitsTimes(1).about("/publisher");
  }

  @Test
  void meta003_publisherWithBlankName_emitsBlocker() {
    VERIFIER.verify("META-003").given(readyToPublish().publisher(ImmutablePublisher.builder().name(" ").build()).build())
        .emits(Severity.BLOCKER).about("/publisher");
  }

  @Test
  void meta003_publisherNamed_doesNotEmit() {
    VERIFIER.verify("META-003").given(ready()).doesNotEmit();
  }

  // META-004: contact point missing or incomplete.

  @Test
  void meta004_noContactPoint_emitsWarningAboutContactPoint() {
    VERIFIER.verify("META-004").given(readyToPublish().contactPoint(null).build())
        .emits(Severity.WARNING).emitsTimes(1).about("/contactPoint");
  }

  @Test
  void meta004_contactPointWithoutEmail_emitsWarning() {
    VERIFIER.verify("META-004")
        .given(readyToPublish().contactPoint(contact().email(null).url("https://example.se/kontakt").build()).build())
        .emits(Severity.WARNING).about("/contactPoint");
  }

  @Test
  void meta004_contactPointWithoutName_emitsWarning() {
    VERIFIER.verify("META-004").given(readyToPublish().contactPoint(contact().name(null).build()).build())
        .emits(Severity.WARNING);
  }

  @Test
  void meta004_contactPointWithNameAndEmail_doesNotEmit() {
    VERIFIER.verify("META-004").given(ready()).doesNotEmit();
  }

  // META-005: contact e-mail malformed.

  @ParameterizedTest
  @ValueSource(strings = {"oppnadata(at)example.se", "oppnadata@example", "öppna data@example.se", "a@b@example.se", ""})
  void meta005_malformedEmail_emitsWarningAboutEmail(String email) {
    VERIFIER.verify("META-005").given(readyToPublish().contactPoint(contact().email(email).build()).build())
        .emits(Severity.WARNING).emitsTimes(1).about("/contactPoint/email");
  }

  @ParameterizedTest
  @ValueSource(strings = {"oppnadata@example.se", "mailto:oppnadata@example.se", "oppna.data+parkering@kommun.example.se"})
  void meta005_wellFormedEmail_doesNotEmit(String email) {
    VERIFIER.verify("META-005").given(readyToPublish().contactPoint(contact().email(email).build()).build())
        .doesNotEmit();
  }

  @Test
  void meta005_noEmail_doesNotEmitBecauseThereIsNothingToCheck() {
    VERIFIER.verify("META-005").given(readyToPublish().contactPoint(contact().email(null).build()).build())
        .doesNotEmit();
  }

  // META-006 to META-009: findability.

  @Test
  void meta006_noKeywords_emitsWarningAboutKeywords() {
    VERIFIER.verify("META-006").given(readyToPublish().keywords(List.of()).build())
        .emits(Severity.WARNING).emitsTimes(1).about("/keywords");
  }

  @Test
  void meta006_keywordsGiven_doesNotEmit() {
    VERIFIER.verify("META-006").given(ready()).doesNotEmit();
  }

  @Test
  void meta007_noThemes_emitsWarningAboutThemes() {
    VERIFIER.verify("META-007").given(readyToPublish().themes(List.of()).build())
        .emits(Severity.WARNING).emitsTimes(1).about("/themes");
  }

  @Test
  void meta007_themesGiven_doesNotEmit() {
    VERIFIER.verify("META-007").given(ready()).doesNotEmit();
  }

  @Test
  void meta008_noSpatialCoverage_emitsWarningAboutSpatial() {
    VERIFIER.verify("META-008").given(readyToPublish().spatial(null).build())
        .emits(Severity.WARNING).emitsTimes(1).about("/spatial");
  }

  @Test
  void meta008_blankSpatialCoverage_emitsWarning() {
    VERIFIER.verify("META-008").given(readyToPublish().spatial("  ").build()).emits(Severity.WARNING);
  }

  @Test
  void meta008_spatialAsUri_doesNotEmit() {
    VERIFIER.verify("META-008")
        .given(readyToPublish().spatial("http://publications.europa.eu/resource/authority/atu/SWE_0180").build())
        .doesNotEmit();
  }

  @Test
  void meta009_noTemporalCoverage_emitsWarningAboutTemporal() {
    VERIFIER.verify("META-009").given(readyToPublish().temporal(null).build())
        .emits(Severity.WARNING).emitsTimes(1).about("/temporal");
  }

  @Test
  void meta009_temporalCoverageGiven_doesNotEmit() {
    VERIFIER.verify("META-009").given(ready()).doesNotEmit();
  }

  // META-010: published without issue date.

  @Test
  void meta010_publishedWithoutIssueDate_emitsWarningAboutIssued() {
    VERIFIER.verify("META-010").given(readyToPublish().status(Lifecycle.PUBLISHED).issued(null).build())
        .emits(Severity.WARNING).emitsTimes(1).about("/issued");
  }

  @Test
  void meta010_notYetPublishedWithoutIssueDate_doesNotEmit() {
    VERIFIER.verify("META-010").given(readyToPublish().issued(null).build()).doesNotEmit();
  }

  @Test
  void meta010_publishedWithIssueDate_doesNotEmit() {
    VERIFIER.verify("META-010").given(readyToPublish().status(Lifecycle.PUBLISHED).build()).doesNotEmit();
  }

  // META-011: no access rights.

  @Test
  void meta011_noAccessRights_emitsWarningAboutAccessRights() {
    VERIFIER.verify("META-011").given(readyToPublish().accessRights(null).build())
        .emits(Severity.WARNING).emitsTimes(1).about("/accessRights");
  }

  @Test
  void meta011_accessRightsPublic_doesNotEmit() {
    VERIFIER.verify("META-011").given(readyToPublish().accessRights(AccessRights.PUBLIC).build()).doesNotEmit();
  }

  // META-012: no update frequency.

  @Test
  void meta012_noFrequency_emitsRecommendationAboutAccrualPeriodicity_sinceOptionalInDcatApSe() {
    VERIFIER.verify("META-012").given(readyToPublish().accrualPeriodicity(null).build())
        .emits(Severity.RECOMMENDATION).emitsTimes(1).about("/accrualPeriodicity");
  }

  @Test
  void meta012_irregularFrequencyStated_doesNotEmit() {
    VERIFIER.verify("META-012").given(readyToPublish().accrualPeriodicity(Frequency.IRREG).build()).doesNotEmit();
  }

  // META-013, META-014: Swedish and English.

  @Test
  void meta013_titleOnlyInSwedish_emitsRecommendationAboutTitle() {
    VERIFIER.verify("META-013").given(readyToPublish().title(LocalizedText.of(Map.of("sv", "Parkeringsplatser"))).build())
        .emits(Severity.RECOMMENDATION).emitsTimes(1).about("/title");
  }

  @Test
  void meta013_englishTitleBlank_emitsRecommendation() {
    VERIFIER.verify("META-013").given(readyToPublish().title(LocalizedText.of("Parkeringsplatser", " ")).build())
        .emits(Severity.RECOMMENDATION);
  }

  @Test
  void meta013_titleInBothLanguages_doesNotEmit() {
    VERIFIER.verify("META-013").given(ready()).doesNotEmit();
  }

  @Test
  void meta013_noTitleAtAll_doesNotEmitBecauseMeta001Does() {
    VERIFIER.verify("META-013").given(readyToPublish().title(LocalizedText.empty()).build()).doesNotEmit();
  }

  @Test
  void meta013_titleWithRegionalLanguageTags_doesNotEmit() {
    VERIFIER.verify("META-013")
        .given(readyToPublish().title(LocalizedText.of(Map.of("sv-SE", "Parkeringsplatser", "en-GB", "Parking spaces")))
            .build())
        .doesNotEmit();
  }

  @Test
  void meta014_descriptionOnlyInEnglish_emitsRecommendationAboutDescription() {
    VERIFIER.verify("META-014")
        .given(readyToPublish().description(LocalizedText.of(Map.of("en", "The municipality's parking spaces."))).build())
        .emits(Severity.RECOMMENDATION).emitsTimes(1).about("/description");
  }

  @Test
  void meta014_descriptionInBothLanguages_doesNotEmit() {
    VERIFIER.verify("META-014").given(ready()).doesNotEmit();
  }

  @Test
  void meta014_noDescriptionAtAll_doesNotEmitBecauseMeta002Does() {
    VERIFIER.verify("META-014").given(readyToPublish().description(LocalizedText.empty()).build()).doesNotEmit();
  }

  // META-015: metadata older than the data.

  @Test
  void meta015_publishedMetadataReviewedBeforeDataChanged_emitsWarningAboutMetadataModified() {
    VERIFIER.verify("META-015")
        .given(readyToPublish().status(Lifecycle.PUBLISHED).modified(LocalDate.of(2026, 11, 1))
            .metadataModified(LocalDate.of(2026, 10, 31)).build())
        .emits(Severity.WARNING).emitsTimes(1).about("/metadataModified");
  }

  @Test
  void meta015_metadataReviewedSameDayAsDataChanged_doesNotEmit() {
    VERIFIER.verify("META-015")
        .given(readyToPublish().status(Lifecycle.PUBLISHED).modified(LocalDate.of(2026, 11, 1))
            .metadataModified(LocalDate.of(2026, 11, 1)).build())
        .doesNotEmit();
  }

  @Test
  void meta015_notPublished_doesNotEmit() {
    VERIFIER.verify("META-015")
        .given(readyToPublish().modified(LocalDate.of(2026, 11, 1)).metadataModified(LocalDate.of(2026, 10, 31)).build())
        .doesNotEmit();
  }

  @Test
  void meta015_noMetadataDate_doesNotEmit() {
    VERIFIER.verify("META-015")
        .given(readyToPublish().status(Lifecycle.PUBLISHED).metadataModified(null).build())
        .doesNotEmit();
  }

  // META-016: specification task done but none recorded.

  @Test
  void meta016_specificationTaskDoneWithoutConformsTo_emitsWarningAboutConformsTo() {
    VERIFIER.verify("META-016").given(readyToPublish().conformsTo(null).build())
        .emits(Severity.WARNING).emitsTimes(1).about("/conformsTo");
  }

  @Test
  void meta016_specificationTaskInProgressWithoutConformsTo_doesNotEmit() {
    VERIFIER.verify("META-016")
        .given(readyToPublish().conformsTo(null).putProgress(task("B.2.1.1"), inProgress()).build())
        .doesNotEmit();
  }

  @Test
  void meta016_specificationTaskDoneWithConformsTo_doesNotEmit() {
    VERIFIER.verify("META-016").given(ready()).doesNotEmit();
  }

  // MQA-001: the score is always reported.

  @Test
  void mqa001_readyDataset_emitsInfoAboutTheWholeDatasetWithPointsAndCheckedMaximum() {
    Assessment a = VERIFIER.verify("MQA-001").given(ready())
        .emits(Severity.INFO).emitsTimes(1)
        .withMessageContaining("275 of 405").withMessageContaining("295").assessment();
    assertThat(subjectsOf(a, "MQA-001")).containsOnlyNulls();
  }

  @Test
  void mqa001_datasetWithNoMetadata_stillEmitsInfo() {
    VERIFIER.verify("MQA-001").given(Datasets.fresh().build()).emits(Severity.INFO).withMessageContaining("dålig").withMessageContaining("bad");
  }

  // MQA-002: rated below good. 221 points is good, 220 sufficient.

  /** Ready without keywords and themes: 275 - 60 = 215 points. */
  private static ImmutableDataset withoutKeywordsAndThemes() {
    return ImmutableDataset.copyOf(ready()).withKeywords(List.of()).withThemes(List.of());
  }

  /** 215 + byte size and rights on one of two distributions (3 + 3, rounded up from 2.5) = 221. */
  private static Dataset scoring221() {
    Dataset base = withoutKeywordsAndThemes();
    List<Distribution> ds = new ArrayList<>(base.getDistributions());
    ds.set(0, ImmutableDistribution.copyOf(ds.get(0)).withByteSize(12_345L).withRights("Fri att använda"));
    return ImmutableDataset.copyOf(base).withDistributions(ds);
  }

  /** 215 + byte size on both distributions (5) = 220. */
  private static Dataset scoring220() {
    Dataset base = withoutKeywordsAndThemes();
    List<Distribution> ds = new ArrayList<>();
    for (Distribution d : base.getDistributions()) ds.add(ImmutableDistribution.copyOf(d).withByteSize(12_345L));
    return ImmutableDataset.copyOf(base).withDistributions(ds);
  }

  @Test
  void mqa002_scoreOf220_emitsRecommendationAboutTheWholeDatasetWithPointsAndRating() {
    Assessment a = VERIFIER.verify("MQA-002").given(scoring220())
        .emits(Severity.RECOMMENDATION).emitsTimes(1)
        .withMessageContaining("220").withMessageContaining("tillräcklig").withMessageContaining("sufficient").assessment();
    assertThat(subjectsOf(a, "MQA-002")).containsOnlyNulls();
  }

  @Test
  void mqa002_scoreOf221_doesNotEmit() {
    VERIFIER.verify("MQA-002").given(scoring221()).doesNotEmit();
  }

  @Test
  void mqa002_noMetadataAtAll_emitsRecommendationRatedBad() {
    VERIFIER.verify("MQA-002").given(Datasets.fresh().build())
        .emits(Severity.RECOMMENDATION).withMessageContaining("dålig").withMessageContaining("bad");
  }

  @Test
  void mqa002_readyDataset_doesNotEmit() {
    VERIFIER.verify("MQA-002").given(ready()).doesNotEmit();
  }

  // The score itself.

  @Test
  void metadataScore_anyDataset_hasMax405OfWhich295Checked() {
    for (Dataset d : List.of(ready(), Datasets.fresh().build())) {
      MetadataScore s = score(d);
      assertThat(s.getMaxPoints()).isEqualTo(405);
      assertThat(s.getCheckedMaxPoints()).isEqualTo(295);
      assertThat(s.getIndicators().stream().mapToInt(MetadataIndicator::getMaxPoints).sum()).isEqualTo(405);
      assertThat(s.getIndicators().stream().mapToInt(MetadataIndicator::getPoints).sum()).isEqualTo(s.getPoints());
    }
  }

  @Test
  void metadataScore_readyDataset_earns275Good() {
    // Everything but the API's download URL (10 of 20: one of two distributions), rights and byte size.
    MetadataScore s = score(ready());
    assertThat(s.getPoints()).isEqualTo(275);
    assertThat(s.getRating()).isEqualTo(Rating.GOOD);
    assertThat(SharedAssessor.assess(ready()).getScores()).containsEntry("metadataScore", 275);
  }

  @ParameterizedTest
  @ValueSource(strings = {"accessUrlStatusCode", "downloadUrlStatusCode", "dcatApCompliance"})
  void metadataScore_indicatorsNeedingNetworkChecks_areNotCheckedAndEarnNothing(String id) {
    MetadataIndicator i = indicator(score(ready()), id);
    assertThat(i.isChecked()).isFalse();
    assertThat(i.getPoints()).isZero();
  }

  @Test
  void metadataScore_notCheckedIndicators_makeUpTheDifferenceBetweenMaxAndChecked() {
    MetadataScore s = score(ready());
    int notChecked = s.getIndicators().stream().filter(i -> !i.isChecked()).mapToInt(MetadataIndicator::getMaxPoints).sum();
    assertThat(notChecked).isEqualTo(110).isEqualTo(s.getMaxPoints() - s.getCheckedMaxPoints());
  }

  @Test
  void metadataScore_everyCheckedIndicatorMet_earnsAllCheckedPointsYetOnlyGood() {
    // 295 is the most ODIS can give offline, short of the 351 the MQA calls excellent.
    Dataset full = withDistributions((i, d) -> d.withByteSize(1_000L).withRights("Fri att använda")
        .withDownloadUrl(d.getDownloadUrl() != null ? d.getDownloadUrl() : URI.create("https://api.example.se/parkering/alla.json")));
    MetadataScore s = score(full);
    assertThat(s.getPoints()).isEqualTo(295).isEqualTo(s.getCheckedMaxPoints());
    assertThat(s.getRating()).isEqualTo(Rating.GOOD);
  }

  @Test
  void metadataScore_downloadUrlOnOneOfTwoDistributions_earnsHalfItsPoints() {
    MetadataIndicator i = indicator(score(ready()), "downloadUrl");
    assertThat(i.getMaxPoints()).isEqualTo(20);
    assertThat(i.getPoints()).isEqualTo(10);
  }

  @Test
  void metadataScore_indicatorsOnOneOfThreeDistributions_earnARoundedThird() {
    Dataset base = ready();
    List<Distribution> ds = new ArrayList<>(base.getDistributions());
    ds.add(ImmutableDistribution.builder().format("PDF").accessUrl(URI.create("https://example.se/data/parkering.pdf")).build());
    MetadataScore s = score(ImmutableDataset.copyOf(base).withDistributions(ds));
    assertThat(indicator(s, "downloadUrl").getPoints()).isEqualTo(7); // 20 × 1/3
    assertThat(indicator(s, "mediaType").getPoints()).isEqualTo(7); // 10 × 2/3
    assertThat(indicator(s, "formatMediaTypeMachineInterpretable").getPoints()).isEqualTo(13); // 20 × 2/3
    assertThat(indicator(s, "format").getPoints()).isEqualTo(20);
  }

  @Test
  void metadataScore_noDistributions_earnsNoDistributionPoints() {
    MetadataScore s = score(ImmutableDataset.copyOf(ready()).withDistributions(List.of()));
    for (String id : List.of("downloadUrl", "format", "mediaType", "formatMediaTypeVocabulary",
        "formatMediaTypeNonProprietary", "formatMediaTypeMachineInterpretable", "licence", "licenceVocabulary",
        "rights", "byteSize")) {
      assertThat(indicator(s, id).getPoints()).as(id).isZero();
    }
    assertThat(s.getPoints()).isEqualTo(155); // the dataset-level indicators, all met
  }

  @Test
  void metadataScore_distributionLicenceOverridesDatasetLicence() {
    MetadataScore s = score(withDistributions((i, d) -> i == 0 ? d.withLicence("Kommunens villkor") : d));
    assertThat(indicator(s, "licence").getPoints()).isEqualTo(20);
    assertThat(indicator(s, "licenceVocabulary").getPoints()).isEqualTo(5);
  }

  @Test
  void metadataScore_scoresOf221And220_straddleGoodAndSufficient() {
    assertThat(score(scoring221()).getPoints()).isEqualTo(221);
    assertThat(score(scoring221()).getRating()).isEqualTo(Rating.GOOD);
    assertThat(score(scoring220()).getPoints()).isEqualTo(220);
    assertThat(score(scoring220()).getRating()).isEqualTo(Rating.SUFFICIENT);
  }

  /** Ready without any optional dataset-level metadata: only the publisher's 10 points remain there; 130 in all. */
  private static ImmutableDataset minimal() {
    return ImmutableDataset.copyOf(ready()).withKeywords(List.of()).withThemes(List.of()).withSpatial(null)
        .withTemporal(null).withContactPoint(null).withIssued(null).withModified(null).withAccessRights(null);
  }

  @Test
  void metadataScore_scoresOf121And120_straddleSufficientAndBad() {
    assertThat(score(minimal()).getPoints()).isEqualTo(130);
    List<Distribution> ds120 = new ArrayList<>(minimal().getDistributions());
    ds120.set(0, ImmutableDistribution.copyOf(ds120.get(0)).withDownloadUrl(null)); // -10
    MetadataScore s120 = score(minimal().withDistributions(ds120));
    assertThat(s120.getPoints()).isEqualTo(120);
    assertThat(s120.getRating()).isEqualTo(Rating.BAD);

    List<Distribution> ds121 = new ArrayList<>(ds120);
    ds121.set(0, ImmutableDistribution.copyOf(ds121.get(0)).withMediaType(null).withByteSize(1L).withRights("Fri")); // -5 +3 +3
    MetadataScore s121 = score(minimal().withDistributions(ds121));
    assertThat(s121.getPoints()).isEqualTo(121);
    assertThat(s121.getRating()).isEqualTo(Rating.SUFFICIENT);
  }

  @ParameterizedTest
  @CsvSource({"405, EXCELLENT", "351, EXCELLENT", "350, GOOD", "221, GOOD", "220, SUFFICIENT", "121, SUFFICIENT",
      "120, BAD", "0, BAD"})
  void metadataScoreRating_bandBoundaries_followTheMqa(int points, Rating rating) {
    assertThat(Rating.of(points)).isEqualTo(rating);
  }
}
