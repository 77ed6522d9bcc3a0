package se.odis.rules;

import static se.odis.rules.Datasets.readyToPublish;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.odis.model.Dataset;
import se.odis.model.Distribution;
import se.odis.model.ImmutableDataset;
import se.odis.model.ImmutableDistribution;
import se.odis.model.Severity;
import se.odis.rules.test.RuleVerifier;

/**
 * The licence rules of licence.drl that weigh an open licence rather than block a closed one:
 * share-alike (LIC-005), outdated Creative Commons (LIC-006), a distribution licensed unlike its
 * dataset (LIC-007) and software licences (LIC-008).
 */
class LicenceChoiceRulesTest {
  private static final RuleVerifier VERIFIER = SharedVerifier.VERIFIER;

  private static Dataset licensed(String licence) {
    return readyToPublish().licence(licence).build();
  }

  /** The ready dataset with the licence of distribution {@code index} set. */
  private static Dataset distributionLicensed(int index, String licence) {
    Dataset base = readyToPublish().build();
    List<Distribution> ds = new ArrayList<>(base.getDistributions());
    ds.set(index, ImmutableDistribution.copyOf(ds.get(index)).withLicence(licence));
    return ImmutableDataset.copyOf(base).withDistributions(ds);
  }

  // LIC-005: share-alike licence.

  @Test
  void lic005_ccBySa40_emitsWarningNamingTheLicence() {
    VERIFIER.verify("LIC-005").given(licensed("CC-BY-SA-4.0"))
        .emits(Severity.WARNING).emitsTimes(1).about("/licence").withMessageContaining("CC-BY-SA-4.0");
  }

  @Test
  void lic005_odbl_emitsWarning() {
    VERIFIER.verify("LIC-005").given(licensed("https://opendatacommons.org/licenses/odbl/1-0/"))
        .emits(Severity.WARNING).about("/licence").withMessageContaining("ODbL-1.0");
  }

  @Test
  void lic005_shareAlikeOnADistribution_emitsWarningAboutThatDistribution() {
    VERIFIER.verify("LIC-005").given(distributionLicensed(1, "CC-BY-SA-4.0"))
        .emits(Severity.WARNING).emitsTimes(1).about("/distributions/1/licence");
  }

  @Test
  void lic005_ccBy40_doesNotEmit() {
    VERIFIER.verify("LIC-005").given(licensed("CC-BY-4.0")).doesNotEmit();
  }

  @Test
  void lic005_nonCommercialShareAlike_doesNotEmitBecauseItIsNotOpen() {
    // NC makes it closed: LIC-002 blocks it; calling it "open but share-alike" would mislead.
    VERIFIER.verify("LIC-005").given(licensed("CC-BY-NC-SA-4.0")).doesNotEmit();
  }

  // LIC-006: old Creative Commons version or national port.

  @Test
  void lic006_ccBy30_emitsRecommendationNamingTheLicence() {
    VERIFIER.verify("LIC-006").given(licensed("CC-BY-3.0"))
        .emits(Severity.RECOMMENDATION).emitsTimes(1).about("/licence").withMessageContaining("CC-BY-3.0");
  }

  @Test
  void lic006_swedishPortOfCcBy25_emitsRecommendation() {
    VERIFIER.verify("LIC-006").given(licensed("http://creativecommons.org/licenses/by/2.5/se/"))
        .emits(Severity.RECOMMENDATION).about("/licence").withMessageContaining("CC-BY-2.5-SE");
  }

  @Test
  void lic006_oldShareAlike_emitsAlongsideLic005() {
    Dataset d = licensed("CC-BY-SA-3.0");
    VERIFIER.verify("LIC-006").given(d).emits(Severity.RECOMMENDATION);
    VERIFIER.verify("LIC-005").given(d).emits(Severity.WARNING);
  }

  @ParameterizedTest
  @ValueSource(strings = {"CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/deed.sv", "CC0-1.0"})
  void lic006_currentLicence_doesNotEmit(String licence) {
    VERIFIER.verify("LIC-006").given(licensed(licence)).doesNotEmit();
  }

  @Test
  void lic006_oldNonCommercialLicence_doesNotEmitBecauseItIsNotOpen() {
    VERIFIER.verify("LIC-006").given(licensed("CC-BY-NC-3.0")).doesNotEmit();
  }

  // LIC-007: a distribution licensed differently from its dataset.

  @Test
  void lic007_distributionCcByUnderCc0Dataset_emitsWarningNamingBoth() {
    VERIFIER.verify("LIC-007").given(distributionLicensed(0, "CC-BY-4.0"))
        .emits(Severity.WARNING).emitsTimes(1).about("/distributions/0/licence")
        .withMessageContaining("CC-BY-4.0").withMessageContaining("CC0-1.0");
  }

  @Test
  void lic007_twoDistributionsDiffering_emitsOncePerDistribution() {
    Dataset base = distributionLicensed(0, "CC-BY-4.0");
    List<Distribution> ds = new ArrayList<>(base.getDistributions());
    ds.set(1, ImmutableDistribution.copyOf(ds.get(1)).withLicence("CC-BY-4.0"));
    VERIFIER.verify("LIC-007").given(ImmutableDataset.copyOf(base).withDistributions(ds))
        .emitsTimes(2).about("/distributions/0/licence").about("/distributions/1/licence");
  }

  @ParameterizedTest
  @ValueSource(strings = {"CC0-1.0", "http://creativecommons.org/publicdomain/zero/1.0/",
      "https://creativecommons.org/publicdomain/zero/1.0/deed.sv", "cc0",
      "http://publications.europa.eu/resource/authority/licence/CC0"})
  void lic007_sameLicenceWrittenDifferently_doesNotEmit(String sameAsDataset) {
    VERIFIER.verify("LIC-007").given(distributionLicensed(0, sameAsDataset)).doesNotEmit();
  }

  @Test
  void lic007_distributionWithoutOwnLicence_doesNotEmit() {
    VERIFIER.verify("LIC-007").given(readyToPublish().build()).doesNotEmit();
  }

  @Test
  void lic007_datasetWithoutLicence_doesNotEmit() {
    // Nothing to differ from: the missing licence itself is LIC-001's finding.
    Dataset d = ImmutableDataset.copyOf(distributionLicensed(0, "CC-BY-4.0")).withLicence(null);
    VERIFIER.verify("LIC-007").given(d).doesNotEmit();
  }

  @Test
  void lic007_sameSoftwareLicenceInAnotherCase_doesNotEmit() {
    Dataset d = ImmutableDataset.copyOf(distributionLicensed(0, "mit")).withLicence("MIT");
    VERIFIER.verify("LIC-007").given(d).doesNotEmit();
  }

  // LIC-008: software licence used for data.

  @Test
  void lic008_mitLicence_emitsWarningAboutLicence() {
    VERIFIER.verify("LIC-008").given(licensed("MIT"))
        .emits(Severity.WARNING).emitsTimes(1).about("/licence").withMessageContaining("MIT");
  }

  @Test
  void lic008_apacheOnADistribution_emitsWarningAboutThatDistribution() {
    VERIFIER.verify("LIC-008").given(distributionLicensed(0, "Apache-2.0"))
        .emits(Severity.WARNING).emitsTimes(1).about("/distributions/0/licence");
  }

  @Test
  void lic008_dataLicence_doesNotEmit() {
    VERIFIER.verify("LIC-008").given(licensed("CC0-1.0")).doesNotEmit();
  }
}
