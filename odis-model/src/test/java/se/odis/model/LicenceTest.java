package se.odis.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Licences as municipalities write them, and what ODIS makes of them. */
class LicenceTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "CC0-1.0", "cc0", "CC0", "CC0 1.0", "cc-zero", " CC0-1.0 ",
      "http://creativecommons.org/publicdomain/zero/1.0/",
      "https://creativecommons.org/publicdomain/zero/1.0/",
      "https://creativecommons.org/publicdomain/zero/1.0",
      "https://creativecommons.org/publicdomain/zero/1.0/deed.sv",
      "https://creativecommons.org/publicdomain/zero/1.0/legalcode",
      "https://www.creativecommons.org/publicdomain/zero/1.0/",
      "http://publications.europa.eu/resource/authority/licence/CC0",
      "https://publications.europa.eu/resource/authority/licence/CC0/",
      "http://publications.europa.eu/mdr/authority/licence/CC0",
      "https://spdx.org/licenses/CC0-1.0.html", "http://spdx.org/licenses/CC0-1.0",
      "https://spdx.org/licenses/CC0-1.0.json"})
  void parse_cc0InAnyForm_isCc0RecommendedAndOpen(String text) {
    Licence l = Licence.parse(text);
    assertThat(l.getFamily()).isEqualTo(Licence.Family.CC0);
    assertThat(l.getId()).isEqualTo("CC0-1.0");
    assertThat(l.isOpen()).isTrue();
    assertThat(l.isRecommended()).isTrue();
    assertThat(l.isHvdCompatible()).isTrue();
    assertThat(l.isOutdatedCreativeCommons()).isFalse();
    assertThat(l.getGiven()).isEqualTo(text);
  }

  @Test
  void parse_ccByDeedSv_isCcBy40Recommended() {
    Licence l = Licence.parse("https://creativecommons.org/licenses/by/4.0/deed.sv");
    assertThat(l.getId()).isEqualTo("CC-BY-4.0");
    assertThat(l.getFamily()).isEqualTo(Licence.Family.CC_BY);
    assertThat(l.getVersion()).isEqualTo("4.0");
    assertThat(l.getJurisdiction()).isNull();
    assertThat(l.isOpen()).isTrue();
    assertThat(l.isRecommended()).isTrue();
    assertThat(l.isHvdCompatible()).isTrue();
    assertThat(l.isOutdatedCreativeCommons()).isFalse();
    assertThat(l.getUri()).isEqualTo("http://creativecommons.org/licenses/by/4.0/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"CC-BY-4.0", "cc-by-4.0", "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/legalcode",
      "http://creativecommons.org/licenses/by/4.0", "https://creativecommons.org/licences/by/4.0/"})
  void parse_ccBy40Variants_allGiveCcBy40(String text) {
    assertThat(Licence.parse(text).getId()).isEqualTo("CC-BY-4.0");
    assertThat(Licence.parse(text)).isEqualTo(Licence.parse("CC-BY-4.0"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://creativecommons.org/licenses/by/4.0/?ref=chooser-v1",
      "https://creativecommons.org/licenses/by/4.0/deed.sv#ref-appropriate-credit"})
  void parse_ccUriWithQueryOrFragment_isStillCcBy40(String text) {
    assertThat(Licence.parse(text).getId()).isEqualTo("CC-BY-4.0");
    assertThat(Licence.parse(text).isRecommended()).isTrue();
  }

  @Test
  void parse_ccByNc_isNotOpen() {
    Licence l = Licence.parse("CC-BY-NC-4.0");
    assertThat(l.getId()).isEqualTo("CC-BY-NC-4.0");
    assertThat(l.getFamily()).isEqualTo(Licence.Family.CC_RESTRICTED);
    assertThat(l.isRecognised()).isTrue();
    assertThat(l.isOpen()).isFalse();
    assertThat(l.isRecommended()).isFalse();
    assertThat(l.isHvdCompatible()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"CC-BY-ND-4.0", "CC-BY-NC-SA-4.0", "CC-BY-NC-ND-4.0",
      "https://creativecommons.org/licenses/by-nc-nd/4.0/deed.sv"})
  void parse_nonCommercialOrNoDerivatives_isNotOpen(String text) {
    Licence l = Licence.parse(text);
    assertThat(l.getFamily()).isEqualTo(Licence.Family.CC_RESTRICTED);
    assertThat(l.isOpen()).isFalse();
  }

  @Test
  void parse_swedishPortedCcBy25_isOutdatedButOpen() {
    Licence l = Licence.parse("http://creativecommons.org/licenses/by/2.5/se/");
    assertThat(l.getId()).isEqualTo("CC-BY-2.5-SE");
    assertThat(l.getFamily()).isEqualTo(Licence.Family.CC_BY);
    assertThat(l.getVersion()).isEqualTo("2.5");
    assertThat(l.getJurisdiction()).isEqualTo("SE");
    assertThat(l.isOpen()).isTrue();
    assertThat(l.isOutdatedCreativeCommons()).isTrue();
    assertThat(l.isRecommended()).isFalse();
    assertThat(l.isHvdCompatible()).isFalse();
    assertThat(l.getUri()).isEqualTo("http://creativecommons.org/licenses/by/2.5/se/");
  }

  @Test
  void parse_ccBy30_isOutdatedAndNotHvdCompatible() {
    Licence l = Licence.parse("CC-BY-3.0");
    assertThat(l.isOpen()).isTrue();
    assertThat(l.isOutdatedCreativeCommons()).isTrue();
    assertThat(l.isHvdCompatible()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"CC-BY-SA-4.0", "CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/deed.sv",
      "http://publications.europa.eu/resource/authority/licence/CC_BYSA_4_0"})
  void parse_ccBySa_isShareAlikeAndOpen(String text) {
    Licence l = Licence.parse(text);
    assertThat(l.getId()).isEqualTo("CC-BY-SA-4.0");
    assertThat(l.getFamily()).isEqualTo(Licence.Family.CC_BY_SA);
    assertThat(l.isOpen()).isTrue();
    assertThat(l.isShareAlike()).isTrue();
    assertThat(l.isRecommended()).isFalse();
    assertThat(l.isHvdCompatible()).isFalse();
    assertThat(l.getUri()).isEqualTo("http://creativecommons.org/licenses/by-sa/4.0/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://publications.europa.eu/resource/authority/licence/CC_BY_4_0",
      "https://publications.europa.eu/resource/authority/licence/CC_BY_4_0"})
  void parse_euVocabularyCcBy40_isCcBy40(String text) {
    Licence l = Licence.parse(text);
    assertThat(l.getId()).isEqualTo("CC-BY-4.0");
    assertThat(l.isRecommended()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://spdx.org/licenses/CC-BY-4.0.html", "http://spdx.org/licenses/CC-BY-4.0",
      "https://spdx.org/licenses/CC-BY-4.0"})
  void parse_spdxLicenceListUri_isTheLicenceItNames(String text) {
    Licence l = Licence.parse(text);
    assertThat(l.getId()).isEqualTo("CC-BY-4.0");
    assertThat(l.isRecommended()).isTrue();
    assertThat(l.getGiven()).isEqualTo(text);
  }

  @Test
  void parse_euVocabularyOdbl_isOdbl() {
    assertThat(Licence.parse("http://publications.europa.eu/resource/authority/licence/ODC_BL").getId()).isEqualTo("ODbL-1.0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://spdx.org/licenses/NOT-A-LICENCE.html", "https://spdx.org/licenses/"})
  void parse_spdxUriOfNoKnownLicence_isUnrecognised(String text) {
    assertThat(Licence.parse(text).isRecognised()).isFalse();
  }

  @Test
  void parse_euVocabularyUnknownCode_isUnrecognised() {
    Licence l = Licence.parse("http://publications.europa.eu/resource/authority/licence/GPL_3_0");
    assertThat(l.isRecognised()).isFalse();
    assertThat(l.isOpen()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"proprietary", "Proprietary", "all rights reserved", "copyright", "custom", "other-closed"})
  void parse_proprietaryTerms_areRecognisedAndNotOpen(String text) {
    Licence l = Licence.parse(text);
    assertThat(l.getFamily()).isEqualTo(Licence.Family.PROPRIETARY);
    assertThat(l.isRecognised()).isTrue();
    assertThat(l.isOpen()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Exempelkommunens villkor", "", "   ", "https://creativecommons.org/licenses/",
      "CC-BY", "CC-BY-9", "http://"})
  void parse_unknownString_isUnrecognisedAndNotOpen(String text) {
    Licence l = Licence.parse(text);
    assertThat(l.getFamily()).isEqualTo(Licence.Family.UNRECOGNISED);
    assertThat(l.isRecognised()).isFalse();
    assertThat(l.isOpen()).isFalse();
    assertThat(l.isRecommended()).isFalse();
    assertThat(l.isHvdCompatible()).isFalse();
    assertThat(l.getId()).isEqualTo(text.strip());
    assertThat(l.getUri()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ODbL-1.0", "https://opendatacommons.org/licenses/odbl/1-0/",
      "http://opendatacommons.org/licenses/odbl/summary/"})
  void parse_odbl_isShareAlikeAndOpen(String text) {
    Licence l = Licence.parse(text);
    assertThat(l.getId()).isEqualTo("ODbL-1.0");
    assertThat(l.isShareAlike()).isTrue();
    assertThat(l.isOpen()).isTrue();
  }

  @Test
  void parse_pddlAndOdcBy_areHvdCompatible() {
    assertThat(Licence.parse("PDDL-1.0").isHvdCompatible()).isTrue();
    assertThat(Licence.parse("http://opendatacommons.org/licenses/by/1-0/").isHvdCompatible()).isTrue();
    assertThat(Licence.parse("https://creativecommons.org/publicdomain/mark/1.0/").getFamily())
        .isEqualTo(Licence.Family.PUBLIC_DOMAIN_MARK);
  }

  @Test
  void parse_softwareLicence_isOpenButNotForData() {
    Licence l = Licence.parse("MIT");
    assertThat(l.getFamily()).isEqualTo(Licence.Family.SOFTWARE);
    assertThat(l.isOpen()).isTrue();
    assertThat(l.isRecommended()).isFalse();
  }

  @Test
  void parse_null_isRejected() {
    assertThatNullPointerException().isThrownBy(() -> Licence.parse(null));
  }

  @Test
  void equals_sameLicenceWrittenDifferently_isEqualWithEqualHash() {
    Licence a = Licence.parse("https://creativecommons.org/licenses/by/4.0/deed.sv");
    Licence b = Licence.parse("CC-BY-4.0");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).hasToString("CC-BY-4.0");
    assertThat(a.getGiven()).isNotEqualTo(b.getGiven());
  }
}
