package se.odis.dcat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.odis.model.Dataset;
import se.odis.model.Distribution;
import se.odis.model.FileFormat;
import se.odis.model.Frequency;
import se.odis.model.InvalidInputException;
import se.odis.model.Licence;
import se.odis.model.Lifecycle;

class CkanImporterTest {
  @TempDir Path dir;

  private static CatalogImport json(String json) throws InvalidInputException {
    return CkanImporter.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
  }

  /** The two CKAN 1.x records of the early oppnadata.se code, unwrapped from their JavaScript into one JSON list. */
  private Path softhouseRecords() {
    return Fixtures.write(dir.resolve("softhouse.json"), "[" + String.join(",\n", Fixtures.softhousePackages()) + "]");
  }

  // ---- real files ------------------------------------------------------------------------------

  @Test
  void softhouseRecords_twoCkan1Packages_importWithLicencesAndResources() throws Exception {
    CatalogImport ci = CkanImporter.read(softhouseRecords());

    assertThat(ci.getDatasets()).extracting(i -> i.getDataset().getId())
        .containsExactly("warwickshire-public-weighbridges", "yago");
    assertThat(ci.getDatasets()).extracting(ImportedDataset::getSourceUri).containsExactly("#/0", "#/1");
    Dataset weighbridges = ci.getDatasets().get(0).getDataset();
    assertThat(weighbridges.getTitle().get("sv")).isEqualTo("Public Weighbridges");
    assertThat(weighbridges.getLicence()).isEqualTo("uk-ogl");
    assertThat(weighbridges.getKeywords()).containsExactly("warwickshire", "warwickshire-county-council", "weighbridges");
    assertThat(weighbridges.getContactPoint().getEmail()).isEqualTo("opendata@warwickshire.gov.uk");
    assertThat(weighbridges.getDistributions()).singleElement().satisfies(x -> {
      assertThat(x.getFormat()).isEqualTo("XLS");
      assertThat(x.getMediaType()).isEqualTo("application/vnd.ms-excel");
      assertThat(x.getAccessUrl()).hasToString("http://opendata.s3.amazonaws.com/public-weighbridges.xls");
      assertThat(x.getByteSize()).isEqualTo(19968L);
    });
    Dataset yago = ci.getDatasets().get(1).getDataset();
    assertThat(yago.getLicence()).as("notspecified").isNull();
    assertThat(yago.getDistributions()).hasSize(6);
    assertThat(ci.countNotesByCode()).containsExactly(
        entry(SourceNote.LICENCE_NOT_SPECIFIED, 1), entry(SourceNote.NO_LANGUAGE_TAG, 4),
        entry(SourceNote.UNKNOWN_FORMAT, 3), entry(SourceNote.UNRECOGNISED_LICENCE, 1));
  }

  @Test
  void ckanextDcatLegacyPackage_extrasAndMaintainer_areMapped() throws Exception {
    CatalogImport ci = CkanImporter.read(Fixtures.realdata("ckan/ckanext-dcat__full_ckan_dataset_legacy.json"));

    Dataset d = ci.getDatasets().get(0).getDataset();
    assertThat(d.getId()).isEqualTo("zimbabwe-regional-geochemical-survey");
    assertThat(d.getTitle().get("en")).as("metadata-language eng").isEqualTo("Zimbabwe Regional Geochemical Survey.");
    assertThat(d.getContactPoint().getName()).isEqualTo("Geological Society");
    assertThat(d.getAccrualPeriodicity()).as("frequency-of-update notPlanned").isEqualTo(Frequency.NEVER);
    assertThat(d.getTemporal().getStart()).hasToString("1982-01-01");
    assertThat(d.getTemporal().getEnd()).hasToString("1986-12-31");
    assertThat(d.getIssued()).hasToString("2012-05-10");
    assertThat(d.getMetadataModified()).hasToString("2012-03-15");
    assertThat(d.getKeywords()).hasSize(7).contains("geochemistry");
    assertThat(d.getLicence()).isNull();
    assertThat(d.getStatus()).isEqualTo(Lifecycle.PUBLISHED);
    assertThat(d.getDistributions()).singleElement().satisfies(x ->
        assertThat(FileFormat.of(x.getFormat(), x.getMediaType()).getCode()).isEqualTo("HTML"));
    // ckanext-spatial's extras: the area as GeoJSON, the publisher among the responsible parties
    assertThat(d.getSpatial()).startsWith("{\"type\":\"Polygon\"").contains("[33.0000, -22.0000]");
    assertThat(d.getPublisher().getName()).isEqualTo("British Geological Survey");
    assertThat(ci.allNotes()).extracting(SourceNote::getCode).containsExactly(SourceNote.PUBLISHER_FROM_RESPONSIBLE_PARTY);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "British Geological Survey (distributor)| British Geological Survey",
      "Kommunen (owner, pointOfContact); Konsult AB (processor)| Kommunen",
      "Lantmäteriet (publisher); Kommunen (owner)| Lantmäteriet",
      "Kommunen| Kommunen",
      "[{\"name\": \"Kommunen\", \"roles\": [\"custodian\"]}]| Kommunen",
      "A (processor); B (user)| ",
      "| "})
  void responsibleParty_publisherDistributorOwnerOrOnlyParty_isThePublisher(String extra, String expected) {
    Notes notes = new Notes();
    assertThat(CkanMapper.responsibleParty(extra, notes, "/")).isEqualTo(expected);
    assertThat(notes.list).hasSize(expected == null ? 0 : 1);
  }

  @Test
  void ckanextDcatPackage_withoutLanguage_isTakenAsSwedishWithNotes() throws Exception {
    CatalogImport ci = CkanImporter.read(Fixtures.realdata("ckan/ckanext-dcat__ckan_dataset.json"));

    Dataset d = ci.getDatasets().get(0).getDataset();
    assertThat(d.getId()).isEqualTo("2988a6aa-2802-4f32-b846-d4520c79c4b7");
    assertThat(d.getPublisher().getName()).isEqualTo("Geological Society");
    assertThat(d.getModified()).hasToString("2012-05-10");
    assertThat(ci.countNotesByCode()).containsExactly(entry(SourceNote.NO_LANGUAGE_TAG, 2));
    assertThat(ci.allNotes()).extracting(SourceNote::getSubject).containsExactly("/title", "/notes");
  }

  @Test
  void ckanextDcatDatasetList_dcatJsonRecords_importWithNotCkanNote() throws Exception {
    CatalogImport ci = CkanImporter.read(Fixtures.realdata("ckan/ckanext-dcat__catalog_datasets_list.json"));

    assertThat(ci.getDatasets()).hasSize(2);
    Dataset first = ci.getDatasets().get(0).getDataset();
    assertThat(first.getTitle().get("en")).isEqualTo("Example dataset 1");
    assertThat(first.getKeywords()).containsExactly("stats", "pollution");
    assertThat(first.getDistributions()).extracting(Distribution::getFormat).containsExactly("text/csv", "application/pdf", null);
    assertThat(first.getDistributions().get(0).getDownloadUrl())
        .hasToString("https://data.some.org/the/actual/catalog/datasets/1/resources/1.csv");
    assertThat(ci.countNotesByCode()).containsExactly(entry(SourceNote.NOT_CKAN, 2), entry(SourceNote.UNRECOGNISED_LICENCE, 2));
  }

  // ---- shapes of CKAN JSON ---------------------------------------------------------------------

  @Test
  void resultEnvelope_onePackage_isRead() throws Exception {
    CatalogImport ci = json("{\"success\": true, \"result\": {\"name\": \"trad\", \"title\": \"Träd\", \"license_id\": \"cc-zero\","
        + " \"language\": \"sv\", \"organization\": {\"title\": \"Exempelkommun\"},"
        + " \"resources\": [{\"url\": \"https://x.se/trad.csv\", \"format\": \"CSV\"}]}}");

    Dataset d = ci.getDatasets().get(0).getDataset();
    assertThat(ci.getDatasets().get(0).getSourceUri()).isEqualTo("#/result");
    assertThat(d.getId()).isEqualTo("trad");
    assertThat(d.getTitle().get("sv")).isEqualTo("Träd");
    assertThat(d.getPublisher().getName()).isEqualTo("Exempelkommun");
    assertThat(Licence.parse(d.getLicence()).getId()).isEqualTo("CC0-1.0");
    assertThat(d.getDistributions()).singleElement().satisfies(x -> assertThat(x.getFormat()).isEqualTo("CSV"));
    assertThat(ci.allNotes()).isEmpty();
  }

  @Test
  void packageSearchResult_listOfPackages_isRead() throws Exception {
    CatalogImport ci = json("{\"result\": {\"count\": 2, \"results\": [{\"name\": \"a\", \"title_translated\": {\"sv\": \"A\", \"en\": \"A\"}},"
        + " {\"name\": \"b\", \"title_translated\": {\"sv\": \"B\"}}]}}");

    assertThat(ci.getDatasets()).extracting(i -> i.getDataset().getId()).containsExactly("a", "b");
    assertThat(ci.getDatasets()).extracting(ImportedDataset::getSourceUri).containsExactly("#/result/results/0", "#/result/results/1");
  }

  @ParameterizedTest
  @CsvSource({
      "cc-by, CC-BY-4.0, LICENCE_VERSION_ASSUMED",
      "cc-by-sa, CC-BY-SA-4.0, LICENCE_VERSION_ASSUMED",
      "CC0-1.0, CC0-1.0, ",
      "cc-zero, CC0-1.0, ",
      "odc-odbl, ODbL-1.0, ",
      "odc-by, ODC-By-1.0, ",
      "odc-pddl, PDDL-1.0, ",
      "CC-BY-4.0, CC-BY-4.0, ",
      "other-closed, proprietary, ",
      "notspecified, , LICENCE_NOT_SPECIFIED",
      "uk-ogl, uk-ogl, UNRECOGNISED_LICENCE"})
  void licenceId_ckanOrSpdx_isMapped(String id, String expected, String note) throws Exception {
    CatalogImport ci = json("{\"name\": \"x\", \"title\": \"X\", \"language\": \"sv\", \"license_id\": \"" + id + "\"}");

    Dataset d = ci.getDatasets().get(0).getDataset();
    assertThat(d.getLicence() == null ? null : Licence.parse(d.getLicence()).getId()).isEqualTo(expected);
    if (note == null) {
      assertThat(ci.allNotes()).isEmpty();
    } else {
      assertThat(ci.allNotes()).extracting(SourceNote::getCode).containsExactly(note);
    }
  }

  @Test
  void resourceMarkedApi_isApiDistribution() throws Exception {
    Dataset d = json("{\"name\": \"x\", \"language\": \"sv\", \"resources\": [{\"url\": \"https://api.x.se\", \"format\": \"API\"},"
        + " {\"url\": \"https://x.se/a\", \"resource_type\": \"api\"}, {\"url\": \"not a url\"}]}")
        .getDatasets().get(0).getDataset();

    assertThat(d.getDistributions()).extracting(Distribution::isApi).containsExactly(true, true, false);
    assertThat(d.getDistributions().get(2).getAccessUrl()).isNull();
  }

  @Test
  void malformedJson_isInvalidInputWithLineAndColumn() {
    Path file = Fixtures.write(dir.resolve("bad.json"), "{\n  \"name\": \"x\",\n  \"title\" \"X\"\n}");

    assertThatThrownBy(() -> CkanImporter.read(file))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.getProblem().getSource()).isEqualTo(file.toString());
          assertThat(e.getProblem().getLine()).isEqualTo(3);
          assertThat(e.getProblem().getColumn()).isPositive();
          assertThat(e.getProblem().getProblem()).startsWith("malformed JSON");
        });
  }

  @Test
  void ndjsonGivenAsCkan_saysThereIsMoreAfterTheFirstValue_inPlainWords() {
    Path file = Fixtures.write(dir.resolve("lines.json"), "{\"name\": \"a\"}\n{\"name\": \"b\"}\n");

    assertThatThrownBy(() -> CkanImporter.read(file))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.getProblem().getLine()).isEqualTo(2);
          assertThat(e.getProblem().getProblem()).isEqualTo("there is more content after the first JSON value");
          assertThat(e.getProblem().getExpected()).isEqualTo("CKAN package_show JSON: one JSON value per file");
          assertThat(e.getProblem().toString()).doesNotContain("Trailing token", "`", "DeserializationFeature");
        });
  }

  @Test
  void apiErrorAnswer_orObjectWithoutPackageFields_isInvalidInput_notAnEmptyDataset() {
    assertThatThrownBy(() -> json("{\"success\": false, \"error\": {\"message\": \"Not found\"}}"))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.getProblem().getProblem()).isEqualTo("the CKAN API answered with an error: Not found"));
    assertThatThrownBy(() -> json("{\"success\": true, \"result\": {\"results\": null}}"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.getProblem().getPointer()).isEqualTo("/result/results");
          assertThat(e.getProblem().getProblem()).isEqualTo("the search answer's results are null");
        });
    for (String notAPackage : new String[] {"{}", "{\"name\": null, \"title\": null}", "{\"titel\": \"x\"}"}) {
      assertThatThrownBy(() -> json(notAPackage)).as(notAPackage)
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getProblem().getProblem())
              .isEqualTo("the object has none of a CKAN package's fields (name, id, title, resources)"));
    }
  }

  @Test
  void controlCharactersAndHalfSurrogatePairs_areReplacedVisibly_andNoted() throws Exception {
    CatalogImport ci = json("{\"name\": \"x\", \"title\": \"a\\u001b[31mb\\ud800c\\u0000\", \"notes\": \"rad\\nrad\"}");

    Dataset d = ci.getDatasets().get(0).getDataset();
    assertThat(d.getTitle().getTexts().values()).containsExactly("a\uFFFD[31mb\uFFFDc\uFFFD");
    assertThat(d.getDescription().getTexts().values()).containsExactly("rad\nrad");
    assertThat(ci.getNotes()).extracting(SourceNote::getCode).contains(SourceNote.BROKEN_TEXT);
  }

  @Test
  void c1ControlCharacters_areReplacedVisibly_andNoted() throws Exception {
    CatalogImport ci = json("{\"name\": \"x\", \"title\": \"a\\u009b31mb\\u0085c\"}");

    Dataset d = ci.getDatasets().get(0).getDataset();
    assertThat(d.getTitle().getTexts().values()).containsExactly("a\uFFFD31mb\uFFFDc");
    assertThat(ci.getNotes()).extracting(SourceNote::getCode).contains(SourceNote.BROKEN_TEXT);
  }

  @Test
  void linksThatAreNotWebAddresses_areLeftOutWithANote_ftpKeptForADownload() throws Exception {
    CatalogImport ci = json("{\"name\": \"x\", \"url\": \"javascript:alert(document.cookie)\", \"resources\": ["
        + "{\"url\": \"file:///etc/passwd\", \"format\": \"CSV\"},"
        + "{\"download_url\": \"ftp://ftp.x.se/trad.csv\", \"format\": \"CSV\"}]}");

    Dataset d = ci.getDatasets().get(0).getDataset();
    assertThat(d.getLandingPage()).isNull();
    assertThat(d.getDistributions().get(0).getAccessUrl()).isNull();
    assertThat(d.getDistributions().get(1).getAccessUrl()).isNull();
    assertThat(d.getDistributions().get(1).getDownloadUrl()).hasToString("ftp://ftp.x.se/trad.csv");
    assertThat(ci.getDatasets().get(0).getNotes()).filteredOn(n -> n.getCode().equals(SourceNote.NOT_WEB_LINK))
        .extracting(n -> n.getMessage().get("en")).containsExactly(
            "url \"javascript:alert(document.cookie)\" is not a web address (http or https); it was left out.",
            "url \"file:///etc/passwd\" is not a web address (http or https); it was left out.");
  }

  @Test
  void keyGivenTwice_isInvalidInput_notTheLastOneWins() {
    assertThatThrownBy(() -> json("{\"name\": \"a\",\n \"title\": \"A\", \"name\": \"b\"}"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.getProblem().getLine()).isEqualTo(2);
          assertThat(e.getProblem().getPointer()).isEqualTo("/name");
          assertThat(e.getProblem().getProblem()).isEqualTo("field 'name' appears more than once");
        });
  }

  @Test
  void jsonScalar_isInvalidInput() {
    assertThatThrownBy(() -> json("42")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void byteOrderMark_isSkippedWithNote() throws Exception {
    Path file = Fixtures.write(dir.resolve("bom.json"), "\uFEFF{\"name\": \"x\", \"language\": \"sv\"}");

    CatalogImport ci = CkanImporter.read(file);

    assertThat(ci.getDatasets()).hasSize(1);
    assertThat(ci.getNotes()).extracting(SourceNote::getCode).containsExactly(SourceNote.BOM);
  }
}
