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

/** The rules of licence.drl: a licence is chosen, open, recognised and preferably CC0 1.0 or CC BY 4.0. */
class LicenceRulesTest {
  private static final RuleVerifier VERIFIER = SharedAssessor.VERIFIER;

  private static Dataset licence(String licence) {
    return readyToPublish().licence(licence).build();
  }

  /** The ready fixture with one of its distributions carrying a licence of its own. */
  private static Dataset distributionLicence(int index, String licence) {
    Dataset base = readyToPublish().build();
    List<Distribution> ds = new ArrayList<>(base.getDistributions());
    ds.set(index, ImmutableDistribution.copyOf(ds.get(index)).withLicence(licence));
    return ImmutableDataset.copyOf(base).withDistributions(ds);
  }

  // LIC-001: no licence.

  @Test
  void lic001_noLicence_emitsBlockerAboutLicence() {
    VERIFIER.verify("LIC-001").given(licence(null)).emits(Severity.BLOCKER).emitsTimes(1).about("/licence");
  }

  @Test
  void lic001_licenceChosen_doesNotEmit() {
    VERIFIER.verify("LIC-001").given(licence("CC0-1.0")).doesNotEmit();
  }

  @Test
  void lic001_blankLicence_emitsBlockerAndNoLic003() {
    Dataset d = licence("   ");
    VERIFIER.verify("LIC-001").given(d).emits(Severity.BLOCKER);
    VERIFIER.verify("LIC-003").given(d).doesNotEmit();
  }

  // LIC-002: the licence is recognised but not open.

  @Test
  void lic002_nonCommercialLicence_emitsBlockerNamingIt() {
    VERIFIER.verify("LIC-002").given(licence("CC-BY-NC-4.0"))
        .emits(Severity.BLOCKER).emitsTimes(1).about("/licence").withMessageContaining("CC-BY-NC-4.0");
  }

  @Test
  void lic002_ccBy40_doesNotEmit() {
    VERIFIER.verify("LIC-002").given(licence("CC-BY-4.0")).doesNotEmit();
  }

  @Test
  void lic002_proprietaryTerms_emitsBlocker() {
    VERIFIER.verify("LIC-002").given(licence("proprietary")).emits(Severity.BLOCKER).about("/licence");
  }

  @ParameterizedTest
  @ValueSource(strings = {"CC-BY-ND-4.0", "CC-BY-NC-SA-4.0", "https://creativecommons.org/licenses/by-nc/4.0/deed.sv",
      "all rights reserved"})
  void lic002_otherRestrictedLicences_emitBlocker(String licence) {
    VERIFIER.verify("LIC-002").given(licence(licence)).emits(Severity.BLOCKER);
  }

  @Test
  void lic002_nonCommercialLicence_isNeitherUnrecognisedNorMerelyNotRecommended() {
    Dataset d = licence("CC-BY-NC-4.0");
    VERIFIER.verify("LIC-003").given(d).doesNotEmit();
    VERIFIER.verify("LIC-004").given(d).doesNotEmit();
  }

  @Test
  void lic002_nonCommercialLicenceOnDistribution_emitsBlockerAboutThatDistribution() {
    VERIFIER.verify("LIC-002").given(distributionLicence(0, "CC-BY-NC-4.0"))
        .emits(Severity.BLOCKER).emitsTimes(1).about("/distributions/0/licence");
  }

  @Test
  void lic002_openLicenceOnDistribution_doesNotEmit() {
    VERIFIER.verify("LIC-002").given(distributionLicence(0, "CC-BY-4.0")).doesNotEmit();
  }

  // LIC-003: the licence is not recognised.

  @Test
  void lic003_unknownLicenceString_emitsBlockerQuotingIt() {
    VERIFIER.verify("LIC-003").given(licence("Exempelkommunens villkor"))
        .emits(Severity.BLOCKER).emitsTimes(1).about("/licence").withMessageContaining("Exempelkommunens villkor");
  }

  @Test
  void lic003_recognisedLicence_doesNotEmit() {
    VERIFIER.verify("LIC-003").given(licence("CC-BY-4.0")).doesNotEmit();
  }

  @Test
  void lic003_unknownLicence_isNotAlsoReportedAsNotOpen() {
    VERIFIER.verify("LIC-002").given(licence("Exempelkommunens villkor")).doesNotEmit();
  }

  @Test
  void lic003_unknownLicenceOnSecondDistribution_emitsBlockerAboutThatDistribution() {
    VERIFIER.verify("LIC-003").given(distributionLicence(1, "se avtal"))
        .emits(Severity.BLOCKER).emitsTimes(1).about("/distributions/1/licence");
  }

  // LIC-004: open, but not CC0 1.0 or CC BY 4.0.

  @Test
  void lic004_shareAlikeLicence_emitsRecommendationNamingIt() {
    VERIFIER.verify("LIC-004").given(licence("CC-BY-SA-4.0"))
        .emits(Severity.RECOMMENDATION).emitsTimes(1).about("/licence").withMessageContaining("CC-BY-SA-4.0");
  }

  @Test
  void lic004_cc0_doesNotEmit() {
    VERIFIER.verify("LIC-004").given(licence("CC0-1.0")).doesNotEmit();
  }

  @Test
  void lic004_oldSwedishPortOfCcBy_emitsRecommendation() {
    VERIFIER.verify("LIC-004").given(licence("http://creativecommons.org/licenses/by/2.5/se/"))
        .emits(Severity.RECOMMENDATION).about("/licence").withMessageContaining("CC-BY-2.5-SE");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "CC0-1.0", "cc0", "CC-BY-4.0",
      "http://creativecommons.org/publicdomain/zero/1.0/",
      "https://creativecommons.org/publicdomain/zero/1.0/",
      "https://creativecommons.org/publicdomain/zero/1.0/deed.sv",
      "https://creativecommons.org/publicdomain/zero/1.0/legalcode",
      "http://creativecommons.org/licenses/by/4.0/",
      "https://creativecommons.org/licenses/by/4.0",
      "https://creativecommons.org/licenses/by/4.0/deed.sv",
      "https://creativecommons.org/licenses/by/4.0/legalcode",
      "https://creativecommons.org/licenses/by/4.0/legalcode.sv",
      "https://www.creativecommons.org/licenses/by/4.0/",
      "http://publications.europa.eu/resource/authority/licence/CC_BY_4_0"})
  void lic004_recommendedLicenceInVariantForm_doesNotEmitAnyLicenceFinding(String licence) {
    Dataset d = licence(licence);
    VERIFIER.verify("LIC-004").given(d).doesNotEmit();
    VERIFIER.verify("LIC-003").given(d).doesNotEmit();
    VERIFIER.verify("LIC-002").given(d).doesNotEmit();
  }

  @ParameterizedTest
  @ValueSource(strings = {"CC-BY-3.0", "ODbL-1.0", "https://creativecommons.org/licenses/by-sa/4.0/deed.sv"})
  void lic004_otherOpenLicences_emitRecommendation(String licence) {
    VERIFIER.verify("LIC-004").given(licence(licence)).emits(Severity.RECOMMENDATION);
  }

  @Test
  void lic004_shareAlikeOnDistribution_emitsRecommendationAboutThatDistribution() {
    VERIFIER.verify("LIC-004").given(distributionLicence(0, "CC-BY-SA-4.0"))
        .emits(Severity.RECOMMENDATION).emitsTimes(1).about("/distributions/0/licence");
  }

  @Test
  void lic004_sameNonRecommendedLicenceOnDatasetAndDistribution_emitsOncePerPlace() {
    Dataset d = ImmutableDataset.copyOf(distributionLicence(1, "CC-BY-SA-4.0")).withLicence("CC-BY-SA-4.0");
    VERIFIER.verify("LIC-004").given(d).emitsTimes(2).about("/licence").about("/distributions/1/licence");
  }
}
