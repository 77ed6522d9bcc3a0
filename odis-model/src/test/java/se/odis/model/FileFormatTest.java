package se.odis.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Formats as distributions state them, and their openness on the 5-star scale. */
class FileFormatTest {

  @ParameterizedTest(name = "{0} has {2} stars")
  @CsvSource({
      "PDF,      PDF,      1",
      "XLSX,     XLSX,     2",
      "SHP,      SHP,      2",
      "CSV,      CSV,      3",
      "GeoJSON,  GEOJSON,  3",
      "WMS,      WMS,      3",
      "RDF,      RDF,      5",
      "Turtle,   TURTLE,   5",
      "JSON-LD,  JSON-LD,  5",
      "HTML,     HTML,     0"})
  void of_format_hasItsStars(String format, String code, int stars) {
    FileFormat f = FileFormat.of(format, null);
    assertThat(f.getCode()).isEqualTo(code);
    assertThat(f.getStars()).isEqualTo(stars);
    assertThat(f.isKnown()).isTrue();
    assertThat(f.isMachineReadable()).isEqualTo(stars >= 2);
  }

  @Test
  void of_proprietaryFormats_areMarkedProprietary() {
    assertThat(FileFormat.of("XLSX", null).isProprietary()).isTrue();
    assertThat(FileFormat.of("SHP", null).isProprietary()).isTrue();
    assertThat(FileFormat.of("PDF", null).isProprietary()).isTrue();
    assertThat(FileFormat.of("CSV", null).isProprietary()).isFalse();
    assertThat(FileFormat.of("GeoJSON", null).isProprietary()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://publications.europa.eu/resource/authority/file-type/CSV",
      "https://publications.europa.eu/resource/authority/file-type/CSV", "csv", ".csv", ".CSV", " CSV ",
      "text/csv", "http://www.iana.org/assignments/media-types/text/csv"})
  void of_csvWrittenAnyWay_isCsv(String format) {
    assertThat(FileFormat.of(format, null).getCode()).isEqualTo("CSV");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/csv; charset=utf-8", "TEXT/CSV;charset=UTF-8", "text/csv",
      "https://www.iana.org/assignments/media-types/text/csv"})
  void of_csvMediaType_isCsv(String mediaType) {
    FileFormat f = FileFormat.of(null, mediaType);
    assertThat(f.getCode()).isEqualTo("CSV");
    assertThat(f.getStars()).isEqualTo(3);
  }

  @Test
  void of_euFileTypeCodes_forLinkedDataAndServices() {
    String eu = "http://publications.europa.eu/resource/authority/file-type/";
    assertThat(FileFormat.of(eu + "RDF_XML", null).getCode()).isEqualTo("RDF");
    assertThat(FileFormat.of(eu + "RDF_TURTLE", null).getCode()).isEqualTo("TURTLE");
    assertThat(FileFormat.of(eu + "JSON_LD", null).getCode()).isEqualTo("JSON-LD");
    assertThat(FileFormat.of(eu + "WMS_SRVC", null).getCode()).isEqualTo("WMS");
    assertThat(FileFormat.of(eu + "GEOJSON", null).getCode()).isEqualTo("GEOJSON");
  }

  @Test
  void of_unknownFormat_fallsBackToTheMediaType() {
    assertThat(FileFormat.of("okänt", "application/json").getCode()).isEqualTo("JSON");
  }

  @Test
  void of_knownFormat_winsOverTheMediaType() {
    assertThat(FileFormat.of("XLSX", "text/csv").getCode()).isEqualTo("XLSX");
  }

  @ParameterizedTest
  @ValueSource(strings = {"okänt", "", "://", ".", "/", "application/x-whatever"})
  void of_unrecognised_isUnknownWithNoStars(String format) {
    FileFormat f = FileFormat.of(format, null);
    assertThat(f).isSameAs(FileFormat.UNKNOWN);
    assertThat(f.isKnown()).isFalse();
    assertThat(f.getStars()).isZero();
    assertThat(f.isMachineReadable()).isFalse();
  }

  @Test
  void of_nothing_isUnknown() {
    assertThat(FileFormat.of(null, null)).isSameAs(FileFormat.UNKNOWN);
    assertThat(FileFormat.UNKNOWN).hasToString("UNKNOWN");
  }
}
