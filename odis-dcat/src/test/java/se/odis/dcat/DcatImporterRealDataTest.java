package se.odis.dcat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.odis.model.AccessRights;
import se.odis.model.DataTheme;
import se.odis.model.Dataset;
import se.odis.model.Distribution;
import se.odis.model.FileFormat;
import se.odis.model.Frequency;
import se.odis.model.HvdCategory;
import se.odis.model.InvalidInputException;
import se.odis.model.Licence;
import se.odis.model.Lifecycle;
import se.odis.model.PersonalDataStatus;
import se.odis.model.PublisherType;
import se.odis.model.Secrecy;
import se.odis.model.ThirdPartyRights;

/** Whole real catalogues and the official examples, read in place from ../shared/realdata. */
class DcatImporterRealDataTest {

  private static List<Dataset> datasets(CatalogImport ci) {
    return ci.getDatasets().stream().map(ImportedDataset::getDataset).toList();
  }

  private static int distributions(CatalogImport ci) {
    return datasets(ci).stream().mapToInt(d -> d.getDistributions().size()).sum();
  }

  private static <T> Map<T, Long> count(List<Dataset> ds, Function<Dataset, T> key) {
    return ds.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
  }

  // ---- Riksantikvarieämbetet, K-samsök (RDF/XML, blank-node datasets) ----------------------------

  @Test
  void raaCatalog_importedWhole_has173DatasetsAnd346Distributions() throws Exception {
    CatalogImport ci = DcatImporter.read(Fixtures.realdata("catalogs/raa-ksamsok-soch-catalog.rdf"));

    assertThat(ci.getDatasets()).hasSize(173);
    assertThat(distributions(ci)).isEqualTo(346);
    assertThat(ci.getNotes()).isEmpty();
    assertThat(ci.countNotesByCode()).containsExactly(
        entry(SourceNote.CONTACT_NOT_VCARD, 173), // dcat:contactPoint <mailto:…> instead of a vCard
        entry(SourceNote.EMPTY_MAILTO, 142), // …and 142 of them are a bare <mailto:>
        entry(SourceNote.EMPTY_TEXT, 75), // foaf:name ""@en on publishers
        entry(SourceNote.UNKNOWN_FORMAT, 173)); // dc:format "application/json-ld"
  }

  @Test
  void raaCatalog_mapsWhatItSays_licenceThemesAccessRightsPublisher() throws Exception {
    List<Dataset> ds = datasets(DcatImporter.read(Fixtures.realdata("catalogs/raa-ksamsok-soch-catalog.rdf")));

    assertThat(count(ds, d -> Licence.parse(d.getLicence()).getId())).containsExactly(entry("CC0-1.0", 173L));
    assertThat(count(ds, Dataset::getAccessRights)).containsExactly(entry(AccessRights.PUBLIC, 173L));
    assertThat(ds).allSatisfy(d -> assertThat(d.getThemes()).containsExactly(DataTheme.EDUC, DataTheme.ENVI));
    assertThat(ds).allSatisfy(d -> assertThat(d.getPublisher().getType()).isEqualTo(PublisherType.NATIONAL_AUTHORITY));
    assertThat(ds.stream().filter(d -> d.getContactPoint() != null && d.getContactPoint().getEmail() != null)).hasSize(31);
    Map<String, Long> formats = ds.stream().flatMap(d -> d.getDistributions().stream())
        .collect(Collectors.groupingBy(x -> FileFormat.of(x.getFormat(), x.getMediaType()).getCode(), TreeMap::new,
            Collectors.counting()));
    assertThat(formats).containsExactly(entry("RDF", 173L), entry("UNKNOWN", 173L));
    assertThat(ds).allSatisfy(d -> assertThat(d.getTitle().has("sv")).isTrue());
    assertThat(ds).allSatisfy(d -> assertThat(d.getStatus()).isEqualTo(Lifecycle.PUBLISHED));
  }

  @Test
  void raaCatalog_blankNodeDatasets_getStableReadableIdsInSortedOrder() throws Exception {
    Path file = Fixtures.realdata("catalogs/raa-ksamsok-soch-catalog.rdf");
    CatalogImport first = DcatImporter.read(file);
    CatalogImport second = DcatImporter.read(file);

    List<String> ids = first.getDatasets().stream().map(d -> d.getDataset().getId()).toList();
    assertThat(ids).doesNotHaveDuplicates().isSorted().startsWith("aeroseum", "ajtte-daggdjur").contains("raa-arkivbilder");
    assertThat(first.getDatasets()).allSatisfy(d -> assertThat(d.getSourceUri()).isNull());
    assertThat(second.getDatasets().stream().map(ImportedDataset::getDataset).toList())
        .isEqualTo(first.getDatasets().stream().map(ImportedDataset::getDataset).toList());
  }

  @Test
  void raaCatalog_factsNotInTheCatalogue_stayUnknown() throws Exception {
    List<Dataset> ds = datasets(DcatImporter.read(Fixtures.realdata("catalogs/raa-ksamsok-soch-catalog.rdf")));

    assertThat(ds).allSatisfy(d -> {
      assertThat(d.getPersonalData().getStatus()).isEqualTo(PersonalDataStatus.UNKNOWN);
      assertThat(d.getSecrecy()).isEqualTo(Secrecy.UNKNOWN);
      assertThat(d.getThirdPartyRights()).isEqualTo(ThirdPartyRights.UNKNOWN);
      assertThat(d.getProgress()).isEmpty();
      assertThat(d.getRoles().getOwner()).isNull();
    });
  }

  // ---- SGU (RDF/XML, DCAT-AP 1.x) --------------------------------------------------------------

  @Test
  void sguCatalog_importedWhole_has9DatasetsAnd16Distributions() throws Exception {
    CatalogImport ci = DcatImporter.read(Fixtures.realdata("catalogs/sgu-geological-survey-catalog.rdf"));

    assertThat(ci.getDatasets()).hasSize(9);
    assertThat(distributions(ci)).isEqualTo(16);
    assertThat(ci.getNotes()).isEmpty();
    assertThat(ci.countNotesByCode()).containsExactly(
        entry(SourceNote.DUPLICATE_LANGUAGE, 1), // "Brunnar": an English description tagged @sv
        entry(SourceNote.LEGACY_PROPERTY, 17), // 9 × adms:contactPoint, 8 × purl.org/cld/freq
        entry(SourceNote.NO_LANGUAGE_TAG, 16), // the distributions' descriptions, untagged
        entry(SourceNote.UNKNOWN_THEME, 19)); // EuroVoc concepts as dcat:theme
  }

  @Test
  void sguCatalog_mapsLegacyContactFrequencyAndLicences() throws Exception {
    CatalogImport ci = DcatImporter.read(Fixtures.realdata("catalogs/sgu-geological-survey-catalog.rdf"));
    List<Dataset> ds = datasets(ci);

    assertThat(ds.stream().map(Dataset::getId)).containsExactly("4", "8", "10", "13", "16", "19", "22", "24", "27");
    assertThat(ds).allSatisfy(d -> {
      assertThat(d.getContactPoint().getEmail()).isEqualTo("kundservice@sgu.se");
      assertThat(d.getContactPoint().getName()).isEqualTo("SGU kundservice");
      assertThat(d.getContactPoint().getPhone()).startsWith("+4618");
      assertThat(d.getPublisher().getType()).isEqualTo(PublisherType.NATIONAL_AUTHORITY);
      assertThat(d.getThemes()).isEmpty();
    });
    assertThat(count(ds, d -> Licence.parse(d.getLicence()).getId()))
        .containsExactly(entry("CC-BY-2.5-SE", 8L), entry("CC0-1.0", 1L));
    assertThat(count(ds, d -> String.valueOf(d.getAccrualPeriodicity()))).containsExactly(
        entry("ANNUAL", 1L), entry("IRREG", 5L), entry("MONTHLY", 1L), entry("MONTHLY_2", 1L), entry("null", 1L));
    Dataset wells = ds.get(0);
    assertThat(wells.getTitle().getTexts()).containsExactly(entry("en", "Wells"), entry("sv", "Brunnar"));
    assertThat(wells.getDescription().get("sv")).startsWith("I datamangden Brunnar");
    assertThat(wells.getAccrualPeriodicity()).isEqualTo(Frequency.IRREG);
    assertThat(ci.getDatasets().get(0).getNotes()).extracting(SourceNote::getCode)
        .contains(SourceNote.DUPLICATE_LANGUAGE, SourceNote.LEGACY_PROPERTY);
  }

  // ---- DIGG DCAT-AP-SE examples ----------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"ttl", "rdf"})
  void diggMandatoryExample_bothSyntaxes_importsOneDatasetWithTitleAndApi(String ext) throws Exception {
    CatalogImport ci = DcatImporter.read(Fixtures.realdata("examples/digg-dcatapse-example-mandatory." + ext));

    assertThat(ci.getDatasets()).hasSize(1);
    ImportedDataset imported = ci.getDatasets().get(0);
    Dataset d = imported.getDataset();
    assertThat(imported.getSourceUri()).isEqualTo("https://example.com/dataset1");
    assertThat(d.getId()).isEqualTo("dataset1");
    assertThat(d.getTitle().getTexts()).containsExactly(entry("sv", "Matvaruaffärer i Sverige"));
    assertThat(d.getDescription().get("sv")).startsWith("Vilka matvaruaffärer finns i Sverige");
    assertThat(d.getPublisher().getName()).startsWith("Exampel organization");
    assertThat(d.getContactPoint().getEmail()).isEqualTo("oppnadata@example.com");
    assertThat(d.getDistributions()).singleElement().satisfies(x -> {
      assertThat(x.isApi()).isTrue();
      assertThat(x.getAccessUrl()).hasToString("http://example.com/api");
    });
    assertThat(d.getLicence()).as("the catalogue's licence is not the dataset's").isNull();
    assertThat(ci.allNotes()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ttl", "rdf"})
  void diggRecommendedExample_bothSyntaxes_importsEverythingItStates(String ext) throws Exception {
    CatalogImport ci = DcatImporter.read(Fixtures.realdata("examples/digg-dcatapse-example-recommended." + ext));

    assertThat(ci.getDatasets()).hasSize(1);
    Dataset d = ci.getDatasets().get(0).getDataset();
    assertThat(d.getTitle().getTexts()).containsExactly(entry("en", "Libraries in Sweden"), entry("sv", "Bibliotek i Sverige"));
    assertThat(d.getPublisher().getType()).isEqualTo(PublisherType.NON_PROFIT_ORGANISATION);
    assertThat(d.getThemes()).containsExactly(DataTheme.EDUC);
    assertThat(d.getKeywords()).containsExactly("bibliotek", "library");
    assertThat(d.getAccessRights()).isEqualTo(AccessRights.PUBLIC);
    assertThat(d.getIssued()).hasToString("2020-01-01");
    assertThat(d.getTemporal().getStart()).hasToString("2010-01-01");
    assertThat(d.getTemporal().getEnd()).hasToString("2012-01-01");
    assertThat(d.getSpatial()).isEqualTo("http://sws.geonames.org/2661886");
    assertThat(d.getContactPoint().getPhone()).isEqualTo("+46012345678");
    assertThat(Licence.parse(d.getLicence()).getId()).as("the licence both distributions carry").isEqualTo("CC0-1.0");
    assertThat(d.getDistributions()).extracting(Distribution::getFormat, Distribution::isApi)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("text/csv", false),
            org.assertj.core.groups.Tuple.tuple("application/json", true));
    assertThat(d.getDistributions().get(1).getDocumentation()).hasToString("http://example.com/apidescription");
    assertThat(ci.allNotes()).isEmpty();
  }

  // ---- SEMIC DCAT-AP HVD examples --------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
      "hvd-3.0.0__example-ms_catalogue.ttl, 1",
      "hvd-3.0.0__example-ms_catalogue_hvd.ttl, 1",
      "hvd-3.0.0__example-data_service_terms_sla.ttl, 2"})
  void hvdExample_withCategory_importsAsEarthObservationAndEnvironment(String file, int datasets) throws Exception {
    CatalogImport ci = DcatImporter.read(Fixtures.realdata("examples/" + file));

    assertThat(ci.getDatasets()).hasSize(datasets);
    assertThat(datasets(ci)).allSatisfy(d ->
        // c_b7f6a4f3 "Nature preservation and biodiversity" belongs to c_dd313021
        assertThat(d.getHvdCategory()).isEqualTo(HvdCategory.EARTH_OBSERVATION_AND_ENVIRONMENT));
    assertThat(ci.countNotesByCode()).containsKey(SourceNote.HVD_SUBCATEGORY);
  }

  @Test
  void hvdCatalogueExample_licenceDocument_isReadThroughItsExactMatch() throws Exception {
    CatalogImport ci = DcatImporter.read(Fixtures.realdata("examples/hvd-3.0.0__example-ms_catalogue_hvd.ttl"));
    Dataset d = ci.getDatasets().get(0).getDataset();

    assertThat(d.getId()).isEqualTo("https://data.exampleMS.gov/id/dataset/1T2p3o4B");
    assertThat(d.getAccrualPeriodicity()).isEqualTo(Frequency.BIENNIAL);
    assertThat(d.getPublisher().getName()).isEqualTo("MS Environmental Agency");
    Distribution shp = d.getDistributions().get(0);
    assertThat(FileFormat.of(shp.getFormat(), shp.getMediaType()).getCode()).isEqualTo("SHP");
    assertThat(Licence.parse(shp.getLicence()).getId()).isEqualTo("CC0-1.0");
    assertThat(d.getDistributions()).as("the data service is no distribution").hasSize(1);
    assertThat(d.getDataServices()).singleElement().satisfies(s -> {
      assertThat(s.getEndpointUrl()).hasToString("https://orgea.exampleMS.gov/api/v2/");
      assertThat(s.getContactPoint().getUrl()).as("where the HVD shapes require it").isEqualTo("https://eams.jira.net/servicedesk");
    });
    assertThat(ci.countNotesByCode()).containsEntry(SourceNote.LICENCE_MAPPED, 1).containsEntry(SourceNote.MIXED_LICENCES, 1);
  }

  @ParameterizedTest
  @CsvSource({
      "hvd-3.0.0__example-ms_dataset_hvd_profile.ttl, 1",
      "hvd-3.0.0__example-ms_dataset_hvd_profile.jsonld, 1",
      "hvd-3.0.0__example-ms_dataset_2_distributions.jsonld, 1",
      "hvd-3.0.0__example-ms_dataset_data_service.ttl, 2",
      "hvd-3.0.0__example-ms_dataset_2_licenses.ttl, 2",
      "hvd-3.0.0__example-restrict_licenses.ttl, 2"})
  void hvdExample_citingTheRegulationWithoutCategory_importsWithNote(String file, int datasets) throws Exception {
    CatalogImport ci = DcatImporter.read(Fixtures.realdata("examples/" + file));

    assertThat(ci.getDatasets()).hasSize(datasets);
    assertThat(ci.getDatasets().get(0).getDataset().getTitle().get("en")).isEqualTo("The population of bees");
    assertThat(ci.getDatasets().get(0).getDataset().getHvdCategory()).isNull();
    assertThat(ci.countNotesByCode()).containsEntry(SourceNote.HVD_WITHOUT_CATEGORY, 1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"hvd-3.0.0__example-data_service_openapi_sla.ttl", "hvd-3.0.0__example-map_licenses.ttl"})
  void hvdExample_withoutDataset_importsNothingWithNote(String file) throws Exception {
    CatalogImport ci = DcatImporter.read(Fixtures.realdata("examples/" + file));

    assertThat(ci.getDatasets()).isEmpty();
    assertThat(ci.getNotes()).extracting(SourceNote::getCode).containsExactly(SourceNote.NO_DATASETS);
  }

  // ---- broken official examples ----------------------------------------------------------------

  @Test
  void beePopulationTurtleExample_hasSlashInPrefixedName_isCleanErrorWithLine() {
    // The official DCAT-AP 3.0.1 example writes example-dist:BeePopulation2023/biojson, which
    // Turtle does not allow unescaped.
    Path file = Fixtures.realdata("examples/dcat-ap-3.0.1__example-bee-population-dataset-series-combined.ttl");

    assertThatThrownBy(() -> DcatImporter.read(file))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.getProblem().getSource()).isEqualTo(file.toString());
          assertThat(e.getProblem().getLine()).isEqualTo(32);
          assertThat(e.getProblem().getColumn()).isPositive();
          assertThat(e.getProblem().getProblem()).startsWith("malformed Turtle");
          assertThat(e.getMessage()).startsWith(file + ":32:");
        });
  }

  @Test
  void beePopulationJsonLdExample_remoteContext_isCleanErrorAndNoFetch() {
    Path file = Fixtures.realdata("examples/dcat-ap-3.0.1__example-bee-population-2022-2023.jsonld");

    assertThatThrownBy(() -> DcatImporter.read(file))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.getProblem().getSource()).isEqualTo(file.toString());
          assertThat(e.getProblem().getProblem()).contains("remote").contains("@context");
        });
  }
}
