package se.odis.rules;

import static se.odis.rules.Datasets.distribution;
import static se.odis.rules.Datasets.readyToPublish;
import static se.odis.rules.Datasets.withDistribution;
import static se.odis.rules.Datasets.api;
import static se.odis.rules.Datasets.csv;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import java.net.URI;
import se.odis.model.Dataset;
import se.odis.model.Frequency;
import se.odis.model.ImmutableDistribution;
import se.odis.model.Severity;
import se.odis.rules.test.RuleVerifier;

/** The rules of distributions.drl, formats.drl and api.drl: there is something to publish, programs can read it, APIs are usable. */
class FormatsRulesTest {
  private static final RuleVerifier VERIFIER = SharedVerifier.VERIFIER;




  // DIST-001: no distribution.

  @Test
  void dist001_noDistribution_emitsBlockerAboutDistributions() {
    VERIFIER.verify("DIST-001").given(readyToPublish().distributions(List.of()).build())
        .emits(Severity.BLOCKER).emitsTimes(1).about("/distributions");
  }

  @Test
  void dist001_oneDistribution_doesNotEmit() {
    VERIFIER.verify("DIST-001").given(readyToPublish().distributions(List.of(distribution("CSV"))).build())
        .doesNotEmit();
  }

  @Test
  void dist001_noDistribution_doesNotAlsoEmitFmt001() {
    VERIFIER.verify("FMT-001").given(readyToPublish().distributions(List.of()).build()).doesNotEmit();
  }

  // FMT-001: no machine-readable distribution.

  @Test
  void fmt001_onlyPdf_emitsWarningAboutDistributions() {
    VERIFIER.verify("FMT-001").given(readyToPublish().distributions(List.of(distribution("PDF"))).build())
        .emits(Severity.WARNING).emitsTimes(1).about("/distributions");
  }

  @Test
  void fmt001_onlyCsv_doesNotEmit() {
    VERIFIER.verify("FMT-001").given(readyToPublish().distributions(List.of(distribution("CSV"))).build())
        .doesNotEmit();
  }

  @Test
  void fmt001_pdfAndCsv_doesNotEmit() {
    VERIFIER.verify("FMT-001")
        .given(readyToPublish().distributions(List.of(distribution("PDF"), distribution("CSV"))).build())
        .doesNotEmit();
  }

  @ParameterizedTest
  @ValueSource(strings = {"HTML", "DOCX", "PNG", "ZIP", "vet inte"})
  void fmt001_onlyFormatsNotReadableByPrograms_emitsWarning(String format) {
    Dataset d = readyToPublish().distributions(List.of(ImmutableDistribution.builder().format(format).build())).build();
    VERIFIER.verify("FMT-001").given(d).emits(Severity.WARNING);
  }

  @ParameterizedTest
  @ValueSource(strings = {"XLSX", "json", ".csv", "GeoJSON", "http://publications.europa.eu/resource/authority/file-type/CSV"})
  void fmt001_machineReadableFormatInVariantForms_doesNotEmit(String format) {
    Dataset d = readyToPublish().distributions(List.of(ImmutableDistribution.builder().format(format).build())).build();
    VERIFIER.verify("FMT-001").given(d).doesNotEmit();
  }

  @Test
  void fmt001_formatGivenOnlyAsCsvMediaType_doesNotEmit() {
    Dataset d = readyToPublish().distributions(List.of(ImmutableDistribution.builder().mediaType("text/csv").build())).build();
    VERIFIER.verify("FMT-001").given(d).doesNotEmit();
  }

  @Test
  void fmt001_noFormatAtAll_emitsWarning() {
    Dataset d = readyToPublish().distributions(List.of(ImmutableDistribution.builder().build())).build();
    VERIFIER.verify("FMT-001").given(d).emits(Severity.WARNING);
  }

  // DIST-002: a distribution without an access URL.

  @Test
  void dist002_distributionWithoutAccessUrl_emitsBlockerAboutItsAccessUrl() {
    VERIFIER.verify("DIST-002").given(withDistribution(0, csv().withAccessUrl(null)))
        .emits(Severity.BLOCKER).emitsTimes(1).about("/distributions/0/accessUrl").withMessageContaining("CSV");
  }

  @Test
  void dist002_everyDistributionWithAccessUrl_doesNotEmit() {
    VERIFIER.verify("DIST-002").given(readyToPublish().build()).doesNotEmit();
  }

  @Test
  void dist002_downloadUrlWithoutAccessUrl_stillEmits() {
    VERIFIER.verify("DIST-002")
        .given(withDistribution(0, csv().withAccessUrl(null).withDownloadUrl(URI.create("https://example.se/x.csv"))))
        .emits(Severity.BLOCKER);
  }

  // DIST-003: a distribution with neither format nor media type.

  @Test
  void dist003_distributionWithoutFormatOrMediaType_emitsBlockerAboutItsFormat() {
    VERIFIER.verify("DIST-003").given(withDistribution(1, api().withFormat(null).withMediaType(null)))
        .emits(Severity.BLOCKER).emitsTimes(1).about("/distributions/1/format");
  }

  @Test
  void dist003_distributionWithMediaTypeOnly_doesNotEmit() {
    VERIFIER.verify("DIST-003").given(withDistribution(1, api().withFormat(null))).doesNotEmit();
  }

  @Test
  void dist003_distributionWithFormatOnly_doesNotEmit() {
    VERIFIER.verify("DIST-003").given(withDistribution(1, api().withMediaType(null))).doesNotEmit();
  }

  // FMT-003: a format that is given but not recognised.

  @Test
  void fmt003_unrecognisedFormat_emitsWarningAboutItsFormatNamingIt() {
    VERIFIER.verify("FMT-003").given(withDistribution(0, csv().withFormat("Excel-export v2").withMediaType(null)))
        .emits(Severity.WARNING).emitsTimes(1).about("/distributions/0/format").withMessageContaining("Excel-export v2");
  }

  @Test
  void fmt003_recognisedFormat_doesNotEmit() {
    VERIFIER.verify("FMT-003").given(withDistribution(0, csv().withFormat("csv").withMediaType(null))).doesNotEmit();
  }

  @Test
  void fmt003_unrecognisedFormatButKnownMediaType_doesNotEmit() {
    VERIFIER.verify("FMT-003").given(withDistribution(0, csv().withFormat("Excel-export v2"))).doesNotEmit();
  }

  @Test
  void fmt003_noFormatAtAll_doesNotEmitBecauseDist003Does() {
    VERIFIER.verify("FMT-003").given(withDistribution(0, csv().withFormat(null).withMediaType(null))).doesNotEmit();
  }

  // FMT-002: machine-readable only in vendor formats.

  @Test
  void fmt002_onlyXlsx_emitsRecommendationAboutDistributions() {
    VERIFIER.verify("FMT-002").given(readyToPublish().distributions(List.of(distribution("XLSX"))).build())
        .emits(Severity.RECOMMENDATION).emitsTimes(1).about("/distributions");
  }

  @Test
  void fmt002_xlsxAndCsv_doesNotEmit() {
    VERIFIER.verify("FMT-002")
        .given(readyToPublish().distributions(List.of(distribution("XLSX"), distribution("CSV"))).build())
        .doesNotEmit();
  }

  @Test
  void fmt002_onlyPdf_doesNotEmitBecauseFmt001Does() {
    VERIFIER.verify("FMT-002").given(readyToPublish().distributions(List.of(distribution("PDF"))).build()).doesNotEmit();
  }

  @Test
  void fmt002_noDistribution_doesNotEmit() {
    VERIFIER.verify("FMT-002").given(readyToPublish().distributions(List.of()).build()).doesNotEmit();
  }

  // API-001: frequently updated data without an API.

  @Test
  void api001_weeklyDataWithoutApi_emitsRecommendationAboutPeriodicity() {
    VERIFIER.verify("API-001")
        .given(readyToPublish().accrualPeriodicity(Frequency.WEEKLY).distributions(List.of(csv())).build())
        .emits(Severity.RECOMMENDATION).emitsTimes(1).about("/accrualPeriodicity");
  }

  @Test
  void api001_weeklyDataWithApi_doesNotEmit() {
    VERIFIER.verify("API-001").given(readyToPublish().accrualPeriodicity(Frequency.WEEKLY).build()).doesNotEmit();
  }

  @Test
  void api001_monthlyDataWithoutApi_doesNotEmit() {
    VERIFIER.verify("API-001")
        .given(readyToPublish().accrualPeriodicity(Frequency.MONTHLY).distributions(List.of(csv())).build())
        .doesNotEmit();
  }

  @Test
  void api001_dailyDataWithoutApi_emits() {
    VERIFIER.verify("API-001")
        .given(readyToPublish().accrualPeriodicity(Frequency.DAILY).distributions(List.of(csv())).build())
        .emits(Severity.RECOMMENDATION);
  }

  // API-002: an API without documentation.

  @Test
  void api002_apiWithoutDocumentation_emitsWarningAboutItsDocumentation() {
    VERIFIER.verify("API-002").given(withDistribution(1, api().withDocumentation(null)))
        .emits(Severity.WARNING).emitsTimes(1).about("/distributions/1/documentation").withMessageContaining("JSON");
  }

  @Test
  void api002_apiWithDocumentation_doesNotEmit() {
    VERIFIER.verify("API-002").given(readyToPublish().build()).doesNotEmit();
  }

  @Test
  void api002_fileWithoutDocumentation_doesNotEmit() {
    VERIFIER.verify("API-002").given(withDistribution(0, csv().withDocumentation(null))).doesNotEmit();
  }
}
