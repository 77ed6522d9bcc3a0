package se.odis.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.WithNull;

/** {@link Licence#parse} is total, and every common way of writing a licence gives the same licence. */
class LicenceProperties {

  @Property(tries = 2000)
  void parse_anyString_neverThrowsAndIsConsistent(@ForAll("licenceLike") String text) {
    Licence l = Licence.parse(text);
    assertThat(l.getId()).isNotNull();
    assertThat(l.getGiven()).isEqualTo(text);
    assertThat(l.getUri()).isNotNull();
    assertThat(l.toString()).isEqualTo(l.getId());
    if (l.isOpen()) assertThat(l.isRecognised()).isTrue();
    if (l.isRecommended()) assertThat(l.isOpen()).isTrue();
    if (l.isHvdCompatible()) assertThat(l.isOpen()).isTrue();
    if (l.isShareAlike()) assertThat(l.isOpen()).isTrue();
    if (!l.isRecognised()) assertThat(l.isOpen()).isFalse();
    l.isOutdatedCreativeCommons();
  }

  @Provide
  Arbitrary<String> licenceLike() {
    Arbitrary<String> fragment = Arbitraries.of("http://", "https://", "www.", "creativecommons.org/", "licenses/",
        "licences/", "publicdomain/", "zero/", "mark/", "by", "-sa", "-nc", "-nd", "/", "4.0", "2.5", "1.0", "se",
        "deed", ".sv", "legalcode", "cc", "CC", "-", " ", "0", "opendatacommons.org/licenses/", "odbl", "pddl",
        "publications.europa.eu/resource/authority/licence/", "CC_BY_4_0", "?ref=chooser-v1", "#", "å", "\u0000");
    return Arbitraries.oneOf(
        fragment.list().ofMaxSize(8).map(l -> String.join("", l)),
        Arbitraries.strings().ofMaxLength(60),
        Arbitraries.of(DatasetArbitraries.LICENCES));
  }

  @Property(tries = 1000)
  void parse_ccLicenceUriVariants_allGiveTheSameLicence(
      @ForAll("ccKinds") String kind,
      @ForAll("versions") String version,
      @ForAll("jurisdictions") @WithNull(0.6) String jurisdiction,
      @ForAll("schemes") String scheme,
      @ForAll boolean www,
      @ForAll("licensesPath") String licensesPath,
      @ForAll("suffixes") String suffix,
      @ForAll boolean upperCase) {
    String uri = scheme + (www ? "www." : "") + "creativecommons.org/" + licensesPath + "/" + kind + "/" + version
        + (jurisdiction == null ? "" : "/" + jurisdiction) + suffix;
    String written = upperCase ? uri.toUpperCase(java.util.Locale.ROOT) : uri;
    String expected = "CC-" + kind.toUpperCase(java.util.Locale.ROOT) + "-" + version
        + (jurisdiction == null ? "" : "-" + jurisdiction.toUpperCase(java.util.Locale.ROOT));

    Licence l = Licence.parse(written);
    assertThat(l.getId()).as(written).isEqualTo(expected);
    assertThat(l.isRecognised()).isTrue();
    assertThat(l.getJurisdiction()).isEqualTo(jurisdiction == null ? null : jurisdiction.toUpperCase(java.util.Locale.ROOT));
    assertThat(l.isOpen()).isEqualTo(!kind.contains("nc") && !kind.contains("nd"));
    // The canonical URI and the SPDX-style id read back as the same licence.
    assertThat(Licence.parse(l.getUri())).isEqualTo(l);
    assertThat(Licence.parse(l.getId())).isEqualTo(l);
  }

  @Property(tries = 300)
  void parse_cc0UriVariants_allGiveCc0(
      @ForAll("schemes") String scheme, @ForAll boolean www, @ForAll("suffixes") String suffix) {
    String uri = scheme + (www ? "www." : "") + "creativecommons.org/publicdomain/zero/1.0" + suffix;
    Licence l = Licence.parse(uri);
    assertThat(l.getId()).as(uri).isEqualTo("CC0-1.0");
    assertThat(l.isRecommended()).isTrue();
    assertThat(Licence.parse(l.getUri())).isEqualTo(l);
  }

  @Provide
  Arbitrary<String> ccKinds() {
    return Arbitraries.of("by", "by-sa", "by-nc", "by-nd", "by-nc-sa", "by-nc-nd");
  }

  @Provide
  Arbitrary<String> versions() {
    return Arbitraries.of("1.0", "2.0", "2.5", "3.0", "4.0");
  }

  @Provide
  Arbitrary<String> jurisdictions() {
    return Arbitraries.of("se", "de", "fi", "no");
  }

  @Provide
  Arbitrary<String> schemes() {
    return Arbitraries.of("http://", "https://", "");
  }

  @Provide
  Arbitrary<String> licensesPath() {
    return Arbitraries.of("licenses", "licences");
  }

  @Provide
  Arbitrary<String> suffixes() {
    return Arbitraries.of("", "/", "/deed", "/deed.sv", "/deed.en", "/deed.pt_BR", "/legalcode", "/legalcode.sv",
        "/?ref=chooser-v1", "/deed.sv#ref-appropriate-credit");
  }
}
