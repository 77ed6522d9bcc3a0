package se.odis.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.WithNull;

/** {@link FileFormat#of} is total, and a format's code does not depend on how it is written. */
class FileFormatProperties {
  private static final Set<Integer> STARS = Set.of(0, 1, 2, 3, 5);

  @Property(tries = 2000)
  void of_anyFormatAndMediaType_neverThrowsAndIsConsistent(
      @ForAll("formatLike") @WithNull(0.2) String format, @ForAll("formatLike") @WithNull(0.3) String mediaType) {
    FileFormat f = FileFormat.of(format, mediaType);
    assertThat(f).isNotNull();
    assertThat(f.getCode()).isNotBlank();
    assertThat(STARS).contains(f.getStars());
    assertThat(f.isMachineReadable()).isEqualTo(f.getStars() >= 2);
    assertThat(f.isKnown()).isEqualTo(f != FileFormat.UNKNOWN);
    if (!f.isKnown()) assertThat(f.getStars()).isZero();
  }

  @Provide
  Arbitrary<String> formatLike() {
    Arbitrary<String> fragment = Arbitraries.of("http://", "https://", "publications.europa.eu/resource/authority/file-type/",
        "www.iana.org/assignments/media-types/", "media-types/", "text/", "application/", "csv", "CSV", ".", "/",
        ";", "charset=utf-8", " ", "://", "json", "+", "ld", "geo", "x-", "RDF_XML", "å", "\u0000");
    return Arbitraries.oneOf(
        fragment.list().ofMaxSize(6).map(l -> String.join("", l)),
        Arbitraries.strings().ofMaxLength(40),
        Arbitraries.of(DatasetArbitraries.FORMATS),
        Arbitraries.of(DatasetArbitraries.MEDIA_TYPES));
  }

  @Property(tries = 500)
  void of_codeWrittenAnyWay_givesTheSameFormat(
      @ForAll("codes") String code, @ForAll("spellings") String spelling) {
    FileFormat canonical = FileFormat.of(code, null);
    assertThat(canonical.isKnown()).as(code).isTrue();
    String written = spelling.replace("{code}", code).replace("{lower}", code.toLowerCase(Locale.ROOT));
    assertThat(FileFormat.of(written, null)).as(written).isSameAs(canonical);
  }

  @Provide
  Arbitrary<String> codes() {
    return Arbitraries.of("CSV", "PDF", "XLSX", "XLS", "JSON", "XML", "GEOJSON", "SHP", "GPKG", "RDF", "TURTLE",
        "JSON-LD", "HTML", "WMS", "WFS", "ODS", "PARQUET", "ZIP", "TXT", "KML", "GML");
  }

  @Provide
  Arbitrary<String> spellings() {
    return Arbitraries.of("{code}", "{lower}", ".{code}", ".{lower}", " {code} ",
        "http://publications.europa.eu/resource/authority/file-type/{code}",
        "https://publications.europa.eu/resource/authority/file-type/{code}");
  }

  @Property(tries = 300)
  void of_mediaTypeWithParametersOrCase_givesTheSameFormat(
      @ForAll("mediaTypes") String mediaType, @ForAll("parameters") String parameters, @ForAll boolean upper) {
    FileFormat bare = FileFormat.of(null, mediaType);
    String written = (upper ? mediaType.toUpperCase(Locale.ROOT) : mediaType) + parameters;
    assertThat(FileFormat.of(null, written)).as(written).isSameAs(bare);
    assertThat(FileFormat.of(null, "https://www.iana.org/assignments/media-types/" + mediaType)).isSameAs(bare);
  }

  @Provide
  Arbitrary<String> mediaTypes() {
    return Arbitraries.of("text/csv", "application/json", "application/pdf", "application/geo+json", "text/turtle",
        "application/ld+json", "application/rdf+xml", "text/html", "application/vnd.ms-excel");
  }

  @Provide
  Arbitrary<String> parameters() {
    return Arbitraries.of("", "; charset=utf-8", ";charset=UTF-8", " ; header=present", ";q=0.9");
  }
}
