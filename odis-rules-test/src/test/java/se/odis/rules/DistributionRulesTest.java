package se.odis.rules;

import static se.odis.rules.Datasets.distribution;
import static se.odis.rules.Datasets.readyToPublish;
import static se.odis.rules.Datasets.withDistribution;
import static se.odis.rules.Datasets.api;
import static se.odis.rules.Datasets.csv;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.odis.model.Dataset;
import se.odis.model.Distribution;
import se.odis.model.Frequency;
import se.odis.model.ImmutableDataset;
import se.odis.model.Severity;
import se.odis.rules.test.RuleVerifier;

/**
 * The distribution rules (distributions.drl, formats.drl, api.drl): access URL (DIST-002), format (DIST-003), vendor-only
 * formats (FMT-002), unrecognised formats (FMT-003) and APIs (API-001, API-002). In the ready
 * fixture distribution 0 is a CSV download and distribution 1 a documented JSON API.
 */
class DistributionRulesTest {
  private static final RuleVerifier VERIFIER = SharedVerifier.VERIFIER;

  private static Dataset ready() {
    return readyToPublish().build();
  }




  private static Dataset withDistributions(Distribution... ds) {
    return ImmutableDataset.copyOf(ready()).withDistributions(List.of(ds));
  }

  // DIST-002: distribution without access URL.

  @Test
  void dist002_downloadWithoutAccessUrl_emitsBlockerAboutItsAccessUrl() {
    VERIFIER.verify("DIST-002").given(withDistribution(0, csv().withAccessUrl(null)))
        .emits(Severity.BLOCKER).emitsTimes(1).about("/distributions/0/accessUrl").withMessageContaining("CSV");
  }

  @Test
  void dist002_apiWithoutAccessUrl_emitsBlockerAboutThatDistribution() {
    VERIFIER.verify("DIST-002").given(withDistribution(1, api().withAccessUrl(null)))
        .emits(Severity.BLOCKER).emitsTimes(1).about("/distributions/1/accessUrl");
  }

  @Test
  void dist002_noFormatNoAccessUrl_labelsTheDistributionByItsPointer() {
    VERIFIER.verify("DIST-002")
        .given(withDistribution(0, csv().withAccessUrl(null).withFormat(null).withMediaType(null)))
        .withMessageContaining("/distributions/0");
  }

  @Test
  void dist002_everyDistributionHasAccessUrl_doesNotEmit() {
    VERIFIER.verify("DIST-002").given(ready()).doesNotEmit();
  }

  // DIST-003: distribution without format.

  @Test
  void dist003_neitherFormatNorMediaType_emitsBlockerAboutItsFormat() {
    VERIFIER.verify("DIST-003").given(withDistribution(0, csv().withFormat(null).withMediaType(null)))
        .emits(Severity.BLOCKER).emitsTimes(1).about("/distributions/0/format");
  }

  @Test
  void dist003_onlyMediaType_doesNotEmit() {
    VERIFIER.verify("DIST-003").given(withDistribution(0, csv().withFormat(null))).doesNotEmit();
  }

  @Test
  void dist003_onlyFormat_doesNotEmit() {
    VERIFIER.verify("DIST-003").given(withDistribution(0, csv().withMediaType(null))).doesNotEmit();
  }

  @Test
  void dist003_blankFormatAndNoMediaType_emitsBlocker() {
    VERIFIER.verify("DIST-003").given(withDistribution(0, csv().withFormat("").withMediaType(null)))
        .emits(Severity.BLOCKER).about("/distributions/0/format");
  }

  // FMT-002: machine-readable data only in vendor formats.

  @Test
  void fmt002_onlyXlsx_emitsRecommendationAboutDistributions() {
    VERIFIER.verify("FMT-002").given(withDistributions(distribution("XLSX")))
        .emits(Severity.RECOMMENDATION).emitsTimes(1).about("/distributions");
  }

  @Test
  void fmt002_xlsxAndShapefile_emitsRecommendation() {
    VERIFIER.verify("FMT-002").given(withDistributions(distribution("XLSX"), distribution("SHP")))
        .emits(Severity.RECOMMENDATION);
  }

  @Test
  void fmt002_xlsxAndCsv_doesNotEmit() {
    VERIFIER.verify("FMT-002").given(withDistributions(distribution("XLSX"), distribution("CSV"))).doesNotEmit();
  }

  @Test
  void fmt002_onlyPdf_doesNotEmitBecauseNothingIsMachineReadable() {
    // No machine-readable format at all is FMT-001's finding, not a question of vendor formats.
    VERIFIER.verify("FMT-002").given(withDistributions(distribution("PDF"))).doesNotEmit();
  }

  @Test
  void fmt002_pdfAndXlsx_emitsRecommendation() {
    VERIFIER.verify("FMT-002").given(withDistributions(distribution("PDF"), distribution("XLSX")))
        .emits(Severity.RECOMMENDATION);
  }

  // FMT-003: format not recognised.

  @Test
  void fmt003_unknownFormat_emitsWarningNamingIt() {
    VERIFIER.verify("FMT-003").given(withDistribution(0, csv().withFormat("okänt").withMediaType(null)))
        .emits(Severity.WARNING).emitsTimes(1).about("/distributions/0/format").withMessageContaining("okänt");
  }

  @Test
  void fmt003_unknownMediaTypeOnly_emitsWarningNamingIt() {
    VERIFIER.verify("FMT-003")
        .given(withDistribution(0, csv().withFormat(null).withMediaType("application/x-whatever")))
        .emits(Severity.WARNING).about("/distributions/0/format").withMessageContaining("application/x-whatever");
  }

  @ParameterizedTest
  @ValueSource(strings = {"CSV", "csv", ".CSV", "http://publications.europa.eu/resource/authority/file-type/CSV",
      "text/csv"})
  void fmt003_recognisedFormatInAnyCommonSpelling_doesNotEmit(String format) {
    VERIFIER.verify("FMT-003").given(withDistribution(0, csv().withFormat(format).withMediaType(null))).doesNotEmit();
  }

  @Test
  void fmt003_unknownFormatButKnownMediaType_doesNotEmit() {
    VERIFIER.verify("FMT-003").given(withDistribution(0, csv().withFormat("Kommaseparerad").withMediaType("text/csv")))
        .doesNotEmit();
  }

  @Test
  void fmt003_neitherFormatNorMediaType_doesNotEmitBecauseNothingWasGiven() {
    VERIFIER.verify("FMT-003").given(withDistribution(0, csv().withFormat(null).withMediaType(null))).doesNotEmit();
  }

  // API-001: frequently updated data without an API.

  @ParameterizedTest
  @EnumSource(value = Frequency.class, names = {"CONT", "DAILY", "WEEKLY"})
  void api001_frequentUpdatesWithoutApi_emitsRecommendationAboutPeriodicity(Frequency frequency) {
    VERIFIER.verify("API-001").given(ImmutableDataset.copyOf(withDistributions(csv())).withAccrualPeriodicity(frequency))
        .emits(Severity.RECOMMENDATION).emitsTimes(1).about("/accrualPeriodicity");
  }

  @Test
  void api001_frequentUpdatesWithApi_doesNotEmit() {
    VERIFIER.verify("API-001").given(readyToPublish().accrualPeriodicity(Frequency.WEEKLY).build()).doesNotEmit();
  }

  @ParameterizedTest
  @EnumSource(value = Frequency.class, names = {"BIWEEKLY", "MONTHLY", "IRREG"})
  void api001_infrequentUpdatesWithoutApi_doesNotEmit(Frequency frequency) {
    VERIFIER.verify("API-001").given(ImmutableDataset.copyOf(withDistributions(csv())).withAccrualPeriodicity(frequency))
        .doesNotEmit();
  }

  @Test
  void api001_noFrequencyWithoutApi_doesNotEmit() {
    VERIFIER.verify("API-001").given(ImmutableDataset.copyOf(withDistributions(csv())).withAccrualPeriodicity(null))
        .doesNotEmit();
  }

  // API-002: API without documentation.

  @Test
  void api002_apiWithoutDocumentation_emitsWarningAboutItsDocumentation() {
    VERIFIER.verify("API-002").given(withDistribution(1, api().withDocumentation(null)))
        .emits(Severity.WARNING).emitsTimes(1).about("/distributions/1/documentation").withMessageContaining("JSON");
  }

  @Test
  void api002_apiWithDocumentation_doesNotEmit() {
    VERIFIER.verify("API-002").given(ready()).doesNotEmit();
  }

  @Test
  void api002_fileWithoutDocumentation_doesNotEmit() {
    VERIFIER.verify("API-002").given(withDistribution(0, csv().withDocumentation(null))).doesNotEmit();
  }
}
