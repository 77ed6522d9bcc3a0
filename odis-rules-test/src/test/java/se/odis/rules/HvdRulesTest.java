package se.odis.rules;

import static se.odis.rules.Datasets.readyToPublish;
import static se.odis.rules.Datasets.withDistribution;
import static se.odis.rules.Datasets.api;
import static se.odis.rules.Datasets.csv;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.odis.model.DataTheme;
import se.odis.model.Dataset;
import se.odis.model.Fees;
import se.odis.model.ImmutableContactPoint;
import se.odis.model.ImmutableDataset;
import se.odis.model.Severity;
import se.odis.rules.test.RuleVerifier;

/**
 * The rules of hvd.drl: the obligations of (EU) 2023/138 for high-value datasets. The ready
 * fixture is a high-value dataset (mobility) that meets them all.
 */
class HvdRulesTest {
  private static final RuleVerifier VERIFIER = SharedVerifier.VERIFIER;




  // HVD-001: licence not CC BY 4.0 or less restrictive.

  @Test
  void hvd001_shareAlikeLicenceOnHighValueDataset_emitsBlockerNamingIt() {
    VERIFIER.verify("HVD-001").given(readyToPublish().licence("CC-BY-SA-4.0").build())
        .emits(Severity.BLOCKER).emitsTimes(1).about("/licence").withMessageContaining("CC-BY-SA-4.0");
  }

  @Test
  void hvd001_cc0OnHighValueDataset_doesNotEmit() {
    VERIFIER.verify("HVD-001").given(readyToPublish().licence("CC0-1.0").build()).doesNotEmit();
  }

  @ParameterizedTest
  @ValueSource(strings = {"CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/deed.sv", "PDDL-1.0", "ODC-By-1.0",
      "https://creativecommons.org/publicdomain/mark/1.0/"})
  void hvd001_licenceAsOpenAsCcBy40_doesNotEmit(String licence) {
    VERIFIER.verify("HVD-001").given(readyToPublish().licence(licence).build()).doesNotEmit();
  }

  @ParameterizedTest
  @ValueSource(strings = {"CC-BY-3.0", "ODbL-1.0", "MIT", "Egna villkor", "CC-BY-NC-4.0"})
  void hvd001_licenceMoreRestrictiveOrUnknown_emitsBlocker(String licence) {
    VERIFIER.verify("HVD-001").given(readyToPublish().licence(licence).build()).emits(Severity.BLOCKER);
  }

  @Test
  void hvd001_noLicenceAtAllOnHighValueDataset_isLeftToLic001() {
    // With no licence anywhere LIC-001 already blocks; HVD-001 judges the licences that are given.
    Dataset noLicence = readyToPublish().licence(null).build();
    VERIFIER.verify("LIC-001").given(noLicence).emits(Severity.BLOCKER).about("/licence");
    VERIFIER.verify("HVD-001").given(noLicence).doesNotEmit();
  }

  @Test
  void hvd001_shareAlikeOnDatasetThatIsNotHighValue_doesNotEmit() {
    VERIFIER.verify("HVD-001").given(readyToPublish().hvdCategory(null).licence("CC-BY-SA-4.0").build()).doesNotEmit();
  }

  @Test
  void hvd001_shareAlikeLicenceOnDistributionOfHighValueDataset_emitsBlocker() {
    VERIFIER.verify("HVD-001").given(withDistribution(0, csv().withLicence("CC-BY-SA-4.0")))
        .emits(Severity.BLOCKER).about("/distributions/0/licence");
  }

  // HVD-002: no API.

  @Test
  void hvd002_highValueDatasetWithoutApi_emitsBlockerAboutDistributions() {
    VERIFIER.verify("HVD-002").given(readyToPublish().distributions(List.of(csv())).build())
        .emits(Severity.BLOCKER).emitsTimes(1).about("/distributions");
  }

  @Test
  void hvd002_highValueDatasetWithApi_doesNotEmit() {
    VERIFIER.verify("HVD-002").given(readyToPublish().build()).doesNotEmit();
  }

  @Test
  void hvd002_ordinaryDatasetWithoutApi_doesNotEmit() {
    VERIFIER.verify("HVD-002").given(readyToPublish().hvdCategory(null).distributions(List.of(csv())).build()).doesNotEmit();
  }

  // HVD-003: no bulk download.

  @Test
  void hvd003_highValueDatasetWithoutDownload_emitsBlockerAboutDistributions() {
    VERIFIER.verify("HVD-003").given(withDistribution(0, csv().withDownloadUrl(null)))
        .emits(Severity.BLOCKER).emitsTimes(1).about("/distributions");
  }

  @Test
  void hvd003_highValueDatasetWithDownload_doesNotEmit() {
    VERIFIER.verify("HVD-003").given(readyToPublish().build()).doesNotEmit();
  }

  @Test
  void hvd003_downloadUrlOnlyOnTheApi_emits() {
    Dataset d = ImmutableDataset.copyOf(withDistribution(0, csv().withDownloadUrl(null)))
        .withDistributions(csv().withDownloadUrl(null), api().withDownloadUrl(java.net.URI.create("https://api.example.se/dump")));
    VERIFIER.verify("HVD-003").given(d).emits(Severity.BLOCKER);
  }

  // HVD-004: undocumented API.

  @Test
  void hvd004_highValueApiWithoutDocumentation_emitsBlockerAboutIt() {
    VERIFIER.verify("HVD-004").given(withDistribution(1, api().withDocumentation(null)))
        .emits(Severity.BLOCKER).emitsTimes(1).about("/distributions/1/documentation");
  }

  @Test
  void hvd004_highValueApiWithDocumentation_doesNotEmit() {
    VERIFIER.verify("HVD-004").given(readyToPublish().build()).doesNotEmit();
  }

  @Test
  void hvd004_ordinaryApiWithoutDocumentation_doesNotEmit() {
    VERIFIER.verify("HVD-004")
        .given(ImmutableDataset.copyOf(withDistribution(1, api().withDocumentation(null))).withHvdCategory(null))
        .doesNotEmit();
  }

  // HVD-005: no contact point to reach.

  @Test
  void hvd005_highValueDatasetWithoutContactPoint_emitsBlockerAboutContactPoint() {
    VERIFIER.verify("HVD-005").given(readyToPublish().contactPoint(null).build())
        .emits(Severity.BLOCKER).emitsTimes(1).about("/contactPoint");
  }

  @Test
  void hvd005_highValueDatasetWithContactEmail_doesNotEmit() {
    VERIFIER.verify("HVD-005").given(readyToPublish().build()).doesNotEmit();
  }

  @Test
  void hvd005_contactWithNameOnly_emitsBlocker() {
    VERIFIER.verify("HVD-005").given(readyToPublish().contactPoint(ImmutableContactPoint.builder().name("Öppna data").build()).build())
        .emits(Severity.BLOCKER);
  }

  @Test
  void hvd005_contactWithUrlOnly_doesNotEmit() {
    VERIFIER.verify("HVD-005")
        .given(readyToPublish().contactPoint(ImmutableContactPoint.builder().url("https://example.se/kontakt").build()).build())
        .doesNotEmit();
  }

  @Test
  void hvd005_datasetWithoutContactButItsDataServiceHasOne_doesNotEmit() {
    // DCAT-AP HVD asks the contact point of the data service
    VERIFIER.verify("HVD-005").given(readyToPublish().contactPoint(null).addDataServices(service()
        .contactPoint(ImmutableContactPoint.builder().url("https://example.se/api-support").build()).build()).build())
        .doesNotEmit();
  }

  @Test
  void hvd005_dataServiceContactWithNameOnly_emitsBlocker() {
    VERIFIER.verify("HVD-005").given(readyToPublish().contactPoint(null).addDataServices(service()
        .contactPoint(ImmutableContactPoint.builder().name("API-support").build()).build()).build())
        .emits(Severity.BLOCKER).emitsTimes(1);
  }

  // HVD-002 and a data service: an API is reached through it.

  @Test
  void hvd002_highValueDatasetServedByADataService_doesNotEmit() {
    VERIFIER.verify("HVD-002").given(readyToPublish().distributions(List.of(csv())).addDataServices(service().build()).build())
        .doesNotEmit();
  }

  @Test
  void hvd002_dataServiceWithoutEndpoint_isNoApi() {
    VERIFIER.verify("HVD-002").given(readyToPublish().distributions(List.of(csv()))
        .addDataServices(service().endpointUrl(null).build()).build())
        .emits(Severity.BLOCKER);
  }

  // HVD-008: cites the regulation, names no category.

  @ParameterizedTest
  @ValueSource(strings = {"http://data.europa.eu/eli/reg_impl/2023/138/oj", "https://data.europa.eu/eli/reg_impl/2023/138/oj/eng",
      "http://data.europa.eu/eli/reg_impl/2023/138/oj/swe/pdf", "https://eur-lex.europa.eu/eli/reg_impl/2023/138/oj/"})
  void hvd008_citesTheRegulationWithoutCategory_emitsBlockerAboutTheCategory(String eli) {
    VERIFIER.verify("HVD-008").given(readyToPublish().hvdCategory(null).addApplicableLegislation(java.net.URI.create(eli)).build())
        .emits(Severity.BLOCKER).emitsTimes(1).about("/hvdCategory");
  }

  @Test
  void hvd008_citesTheRegulationWithCategory_doesNotEmit() {
    VERIFIER.verify("HVD-008").given(readyToPublish()
        .addApplicableLegislation(java.net.URI.create("http://data.europa.eu/eli/reg_impl/2023/138/oj")).build()).doesNotEmit();
  }

  @Test
  void hvd008_citesAnotherAct_doesNotEmit() {
    VERIFIER.verify("HVD-008").given(readyToPublish().hvdCategory(null)
        .addApplicableLegislation(java.net.URI.create("http://data.europa.eu/eli/dir/2019/1024/oj")).build()).doesNotEmit();
  }

  @Test
  void citingTheRegulationWithoutCategory_makesTheOtherHvdRulesApply() {
    // high-value by legislation: the regulation's requirements are checked (here: fees not stated)
    VERIFIER.verify("HVD-006").given(readyToPublish().hvdCategory(null).fees(Fees.UNKNOWN)
        .addApplicableLegislation(java.net.URI.create("http://data.europa.eu/eli/reg_impl/2023/138/oj")).build())
        .emits(Severity.BLOCKER);
  }

  private static se.odis.model.ImmutableDataService.Builder service() {
    return se.odis.model.ImmutableDataService.builder()
        .endpointUrl(java.net.URI.create("https://api.example.se/parkering/v1/"))
        .endpointDescription(java.net.URI.create("https://api.example.se/parkering/v1/openapi.json"));
  }

  // HVD-006: not known to be free of charge.

  @Test
  void hvd006_highValueDatasetWithUnknownFees_emitsBlockerNamingThem() {
    VERIFIER.verify("HVD-006").given(readyToPublish().fees(Fees.UNKNOWN).build())
        .emits(Severity.BLOCKER).emitsTimes(1).about("/fees").withMessageContaining("okänt").withMessageContaining("unknown");
  }

  @Test
  void hvd006_highValueDatasetFreeOfCharge_doesNotEmit() {
    VERIFIER.verify("HVD-006").given(readyToPublish().fees(Fees.NONE).build()).doesNotEmit();
  }

  @Test
  void hvd006_highValueDatasetCharged_emitsBlocker() {
    VERIFIER.verify("HVD-006").given(readyToPublish().fees(Fees.CHARGED).build())
        .emits(Severity.BLOCKER).withMessageContaining("avgiftsbelagd").withMessageContaining("charged for");
  }

  @Test
  void hvd006_ordinaryDatasetWithUnknownFees_doesNotEmit() {
    VERIFIER.verify("HVD-006").given(readyToPublish().hvdCategory(null).fees(Fees.UNKNOWN).build()).doesNotEmit();
  }

  // HVD-007: possibly high-value, not marked.

  @Test
  void hvd007_mobilityDataWithoutCategory_emitsRecommendationAboutCategory() {
    VERIFIER.verify("HVD-007").given(readyToPublish().hvdCategory(null).build())
        .emits(Severity.RECOMMENDATION).emitsTimes(1).about("/hvdCategory");
  }

  @Test
  void hvd007_categorySet_doesNotEmit() {
    VERIFIER.verify("HVD-007").given(readyToPublish().build()).doesNotEmit();
  }

  @Test
  void hvd007_educationDataWithoutCategory_doesNotEmit() {
    VERIFIER.verify("HVD-007")
        .given(readyToPublish().hvdCategory(null).themes(List.of(DataTheme.EDUC)).keywords(List.of("skola", "förskola")).build())
        .doesNotEmit();
  }

  @Test
  void hvd007_keywordHintOnly_emits() {
    VERIFIER.verify("HVD-007")
        .given(readyToPublish().hvdCategory(null).themes(List.of(DataTheme.EDUC)).keywords(List.of("Befolkning per skolområde")).build())
        .emits(Severity.RECOMMENDATION);
  }
}
