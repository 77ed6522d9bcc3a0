package se.odis.rules;

import static se.odis.rules.Datasets.distribution;
import static se.odis.rules.Datasets.readyToPublish;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.odis.model.Dataset;
import se.odis.model.ImmutableDistribution;
import se.odis.model.Severity;

/** The rules of formats.drl: there is something to publish, and programs can read it. */
class FormatsRulesTest {
  private static final RuleVerifier VERIFIER = SharedAssessor.VERIFIER;

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
}
