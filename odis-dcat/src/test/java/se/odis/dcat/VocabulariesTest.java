package se.odis.dcat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import se.odis.model.DataTheme;
import se.odis.model.FileFormat;
import se.odis.model.Frequency;
import se.odis.model.HvdCategory;
import se.odis.model.PublisherType;

/** The controlled vocabularies, checked against the official vocabulary files in ../shared/realdata. */
class VocabulariesTest {

  @Test
  void hvdCategories_everyConceptDcatApSeOffers_mapsToOneOfTheSixCategories() throws Exception {
    JsonNode template = new ObjectMapper().readTree(
        Fixtures.realdata("examples/digg-dcatapse-template-hvdCategory.json").toFile());
    Set<String> offered = new HashSet<>();
    for (JsonNode choice : template.get("choices")) offered.add(choice.get("value").asText());

    assertThat(offered).hasSize(96).allSatisfy(uri -> assertThat(Vocabularies.hvdCategory(uri)).as(uri).isNotNull());
    assertThat(Vocabularies.hvdConceptCount()).isEqualTo(offered.size());
  }

  @ParameterizedTest
  @EnumSource(HvdCategory.class)
  void hvdCategory_ownUri_isTopCategory(HvdCategory c) {
    assertThat(Vocabularies.hvdCategory(c.getUri())).isEqualTo(c);
    assertThat(Vocabularies.isTopHvdCategory(c.getUri())).isTrue();
    assertThat(Vocabularies.hvdCategory(c.getUri().replace("http:", "https:") + "/")).isEqualTo(c);
  }

  @Test
  void themeLabels_areThoseOfTheEuDataThemeVocabulary() {
    Model vocab = RDFDataMgr.loadModel(Fixtures.realdata("vocab/eu-authority-data-theme-skos-ap-act-2017.rdf").toString());

    for (DataTheme t : DataTheme.values()) {
      Resource concept = vocab.getResource(t.getUri());
      for (String lang : List.of("sv", "en")) {
        assertThat(concept.listProperties(Vocab.PREF_LABEL).toList())
            .as(t + "@" + lang)
            .anySatisfy(s -> {
              assertThat(s.getLanguage()).isEqualTo(lang);
              assertThat(s.getString()).isEqualTo(Vocabularies.themeLabel(t).get(lang));
            });
      }
    }
  }

  @Test
  void publisherTypes_areConceptsOfTheAdmsVocabularyWithItsLabels() {
    Model vocab = RDFDataMgr.loadModel(Fixtures.realdata("vocab/adms-skos-v1.00.rdf").toString());

    for (PublisherType t : PublisherType.values()) {
      Resource concept = vocab.getResource(Vocabularies.publisherTypeUri(t));
      assertThat(concept.listProperties(Vocab.PREF_LABEL).toList()).as(t.name())
          .anySatisfy(s -> assertThat(s.getString()).isEqualTo(Vocabularies.publisherTypeLabel(t)));
      assertThat(Vocabularies.publisherType(Vocabularies.publisherTypeUri(t))).isEqualTo(t);
    }
  }

  @Test
  void frequencies_everyCode_isInTheEuFrequencyVocabulary() {
    Model vocab = RDFDataMgr.loadModel(Fixtures.realdata("vocab/eu-authority-frequency-skos-ap-act-2017.rdf").toString());
    // concepts added to the EU table after this 2017 copy
    Set<Frequency> newer = Set.of(Frequency.HOURLY, Frequency.QUADRENNIAL, Frequency.QUINQUENNIAL, Frequency.DECENNIAL);

    for (Frequency f : Frequency.values()) {
      assertThat(newer.contains(f) || vocab.containsResource(vocab.getResource(f.getUri()))).as(f.name()).isTrue();
      assertThat(Vocabularies.euFrequency(f.getUri())).isEqualTo(f);
    }
  }

  @Test
  void fileTypes_odisExportsForKnownFormats_areInTheEuFileTypeTable() {
    Model vocab = RDFDataMgr.loadModel(Fixtures.realdata("vocab/eu-authority-file-type-skos-20180321.rdf").toString());
    // concepts added to the EU table after this 2018 copy
    Set<String> newer = Set.of("GPKG", "PARQUET", "WMS_SRVC", "WFS_SRVC", "WMTS_SRVC");

    for (String code : List.of("HTML", "PDF", "DOC", "DOCX", "ODT", "TXT", "PNG", "JPEG", "TIFF", "XLS", "XLSX", "SHP",
        "MDB", "DBF", "CSV", "TSV", "JSON", "XML", "GEOJSON", "ODS", "GML", "KML", "GPKG", "WMS", "WFS", "WMTS",
        "PARQUET", "NETCDF", "ZIP", "RDF", "TURTLE", "JSON-LD", "N-TRIPLES", "SPARQL")) {
      FileFormat f = FileFormat.of(code, null);
      assertThat(f.isKnown()).as(code).isTrue();
      String uri = Vocabularies.fileTypeUri(f);
      String euCode = uri.substring(Vocabularies.FILE_TYPE.length());
      assertThat(newer.contains(euCode) || vocab.containsResource(vocab.getResource(uri))).as(uri).isTrue();
      assertThat(FileFormat.of(uri, null)).as("read back " + uri).isEqualTo(f);
    }
  }

  @ParameterizedTest
  @CsvSource({
      "http://publications.europa.eu/resource/authority/data-theme/TRAN, TRAN",
      "https://publications.europa.eu/resource/authority/data-theme/TRAN/, TRAN",
      "http://publications.europa.eu/mdr/authority/data-theme/ENVI, ENVI",
      "http://eurovoc.europa.eu/100151, "})
  void theme_uriVariants_areRecognised(String uri, DataTheme expected) {
    assertThat(Vocabularies.theme(uri)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
      "http://purl.org/cld/freq/irregular, IRREG", "http://purl.org/cld/freq/semiannual, ANNUAL_2",
      "http://publications.europa.eu/resource/authority/frequency/MONTHLY, MONTHLY",
      "notPlanned, NEVER", "annually, ANNUAL", "WEEKLY, WEEKLY", "sometimes, "})
  void frequency_uriCodeOrWord_isRecognised(String text, Frequency expected) {
    assertThat(Vocabularies.anyFrequency(text)).isEqualTo(expected);
  }

  @Test
  void naturalOrder_comparesNumbersAsNumbers() {
    List<String> uris = new java.util.ArrayList<>(List.of("r/10", "r/9", "r/100", "r/09x", "r/a"));
    uris.sort(GraphValues::natural);

    assertThat(uris).containsExactly("r/9", "r/09x", "r/10", "r/100", "r/a");
  }
}
