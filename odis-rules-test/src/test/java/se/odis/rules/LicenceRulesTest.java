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

/** The rules of licence.drl: a licence is chosen, open, recognised and preferably CC0 1.0 or CC BY 4.0. */
class LicenceRulesTest {
  private static final RuleVerifier VERIFIER = SharedVerifier.VERIFIER;

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

  // LIC-004: open, but not CC0 1.0 or CC BY 4.0 (and not share-alike, outdated or software: those have rules of their own).

  @Test
  void lic004_openDataCommonsAttribution_emitsRecommendationNamingIt() {
    VERIFIER.verify("LIC-004").given(licence("ODC-By-1.0"))
        .emits(Severity.RECOMMENDATION).emitsTimes(1).about("/licence").withMessageContaining("ODC-By-1.0");
  }

  @Test
  void lic004_cc0_doesNotEmit() {
    VERIFIER.verify("LIC-004").given(licence("CC0-1.0")).doesNotEmit();
  }

  @ParameterizedTest
  @ValueSource(strings = {"PDDL-1.0", "http://opendatacommons.org/licenses/by/1-0/", "https://creativecommons.org/publicdomain/mark/1.0/"})
  void lic004_otherOpenNonRecommendedLicences_emitRecommendation(String licence) {
    VERIFIER.verify("LIC-004").given(licence(licence)).emits(Severity.RECOMMENDATION);
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
  void lic004_recommendedLicenceInVariantForm_emitsNoLicenceFindingAtAll(String licence) {
    Dataset d = licence(licence);
    for (String id : List.of("LIC-001", "LIC-002", "LIC-003", "LIC-004", "LIC-005", "LIC-006", "LIC-008")) {
      VERIFIER.verify(id).given(d).doesNotEmit();
    }
  }

  @Test
  void lic004_shareAlike_doesNotEmitBecauseLic005Does() {
    VERIFIER.verify("LIC-004").given(licence("CC-BY-SA-4.0")).doesNotEmit();
  }

  @Test
  void lic004_oldSwedishPort_doesNotEmitBecauseLic006Does() {
    VERIFIER.verify("LIC-004").given(licence("http://creativecommons.org/licenses/by/2.5/se/")).doesNotEmit();
  }

  @Test
  void lic004_openDataCommonsOnDistribution_emitsRecommendationAboutThatDistribution() {
    VERIFIER.verify("LIC-004").given(distributionLicence(0, "ODC-By-1.0"))
        .emits(Severity.RECOMMENDATION).emitsTimes(1).about("/distributions/0/licence");
  }

  // LIC-005: share-alike.

  @Test
  void lic005_ccBySa40_emitsWarningNamingIt() {
    VERIFIER.verify("LIC-005").given(licence("CC-BY-SA-4.0"))
        .emits(Severity.WARNING).emitsTimes(1).about("/licence").withMessageContaining("CC-BY-SA-4.0");
  }

  @Test
  void lic005_ccBy40_doesNotEmit() {
    VERIFIER.verify("LIC-005").given(licence("CC-BY-4.0")).doesNotEmit();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ODbL-1.0", "https://creativecommons.org/licenses/by-sa/4.0/deed.sv"})
  void lic005_otherShareAlikeLicences_emitWarning(String licence) {
    VERIFIER.verify("LIC-005").given(licence(licence)).emits(Severity.WARNING);
  }

  @Test
  void lic005_nonCommercialShareAlike_doesNotEmitBecauseItIsNotOpen() {
    VERIFIER.verify("LIC-005").given(licence("CC-BY-NC-SA-4.0")).doesNotEmit();
  }

  @Test
  void lic005_shareAlikeOnDistribution_emitsWarningAboutThatDistribution() {
    VERIFIER.verify("LIC-005").given(distributionLicence(0, "CC-BY-SA-4.0"))
        .emits(Severity.WARNING).emitsTimes(1).about("/distributions/0/licence");
  }

  @Test
  void lic005_sameShareAlikeOnDatasetAndDistribution_emitsOncePerPlace() {
    Dataset d = ImmutableDataset.copyOf(distributionLicence(1, "CC-BY-SA-4.0")).withLicence("CC-BY-SA-4.0");
    VERIFIER.verify("LIC-005").given(d).emitsTimes(2).about("/licence").about("/distributions/1/licence");
  }

  // LIC-006: an old or national-port Creative Commons licence.

  @Test
  void lic006_oldSwedishPortOfCcBy_emitsRecommendationNamingIt() {
    VERIFIER.verify("LIC-006").given(licence("http://creativecommons.org/licenses/by/2.5/se/"))
        .emits(Severity.RECOMMENDATION).emitsTimes(1).about("/licence").withMessageContaining("CC-BY-2.5-SE");
  }

  @Test
  void lic006_ccBy40_doesNotEmit() {
    VERIFIER.verify("LIC-006").given(licence("https://creativecommons.org/licenses/by/4.0/")).doesNotEmit();
  }

  @Test
  void lic006_ccBy30_emitsRecommendation() {
    VERIFIER.verify("LIC-006").given(licence("CC-BY-3.0")).emits(Severity.RECOMMENDATION);
  }

  @Test
  void lic006_oldShareAlike_emitsAlongsideLic005() {
    Dataset d = licence("https://creativecommons.org/licenses/by-sa/3.0/deed.sv");
    VERIFIER.verify("LIC-006").given(d).emits(Severity.RECOMMENDATION);
    VERIFIER.verify("LIC-005").given(d).emits(Severity.WARNING);
  }

  @Test
  void lic006_oldNonCommercial_doesNotEmitBecauseLic002Does() {
    Dataset d = licence("http://creativecommons.org/licenses/by-nc/2.5/se/");
    VERIFIER.verify("LIC-006").given(d).doesNotEmit();
    VERIFIER.verify("LIC-002").given(d).emits(Severity.BLOCKER);
  }

  // LIC-007: a distribution licensed differently from its dataset.

  @Test
  void lic007_distributionLicenceDiffersFromDataset_emitsWarningNamingBoth() {
    VERIFIER.verify("LIC-007").given(distributionLicence(1, "CC-BY-4.0"))
        .emits(Severity.WARNING).emitsTimes(1).about("/distributions/1/licence")
        .withMessageContaining("CC-BY-4.0").withMessageContaining("CC0-1.0");
  }

  @Test
  void lic007_distributionLicenceSameAsDatasetInAnotherForm_doesNotEmit() {
    VERIFIER.verify("LIC-007").given(distributionLicence(1, "https://creativecommons.org/publicdomain/zero/1.0/deed.sv"))
        .doesNotEmit();
  }

  @Test
  void lic007_distributionLicenceWithoutDatasetLicence_doesNotEmit() {
    VERIFIER.verify("LIC-007").given(ImmutableDataset.copyOf(distributionLicence(1, "CC-BY-4.0")).withLicence(null))
        .doesNotEmit();
  }

  // LIC-008: a software licence used for data.

  @Test
  void lic008_mitLicence_emitsWarningNamingIt() {
    VERIFIER.verify("LIC-008").given(licence("MIT"))
        .emits(Severity.WARNING).emitsTimes(1).about("/licence").withMessageContaining("MIT");
  }

  @Test
  void lic008_dataLicence_doesNotEmit() {
    VERIFIER.verify("LIC-008").given(licence("CC0-1.0")).doesNotEmit();
  }

  @Test
  void lic008_apacheLicenceOnDistribution_emitsWarningAboutThatDistribution() {
    VERIFIER.verify("LIC-008").given(distributionLicence(0, "Apache-2.0"))
        .emits(Severity.WARNING).about("/distributions/0/licence");
  }

  @Test
  void lic008_softwareLicence_isNotAlsoReportedByLic004() {
    VERIFIER.verify("LIC-004").given(licence("MIT")).doesNotEmit();
  }
}
