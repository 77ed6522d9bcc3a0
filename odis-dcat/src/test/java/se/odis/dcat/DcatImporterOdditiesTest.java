package se.odis.dcat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.odis.model.Dataset;
import se.odis.model.Frequency;
import se.odis.model.HvdCategory;
import se.odis.model.InvalidInputException;
import se.odis.model.Licence;
import se.odis.model.Lifecycle;
import se.odis.model.PublisherType;

/** The messy parts of real catalogues, built in memory or in a temporary folder. */
class DcatImporterOdditiesTest {
  private static final String PREFIXES = String.join("\n",
      "@prefix dcat: <http://www.w3.org/ns/dcat#> .",
      "@prefix dcterms: <http://purl.org/dc/terms/> .",
      "@prefix foaf: <http://xmlns.com/foaf/0.1/> .",
      "@prefix vcard: <http://www.w3.org/2006/vcard/ns#> .",
      "@prefix adms: <http://www.w3.org/ns/adms#> .",
      "@prefix dcatap: <http://data.europa.eu/r5r/> .",
      "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
      "@prefix schema: <http://schema.org/> .",
      "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .",
      "");

  @TempDir Path dir;

  private CatalogImport turtle(String body) throws InvalidInputException {
    return DcatImporter.read(new ByteArrayInputStream((PREFIXES + body).getBytes(StandardCharsets.UTF_8)),
        RdfSyntax.TURTLE, "test.ttl");
  }

  private static Dataset only(CatalogImport ci) {
    assertThat(ci.getDatasets()).hasSize(1);
    return ci.getDatasets().get(0).getDataset();
  }

  // ---- encoding and syntax ---------------------------------------------------------------------

  @Test
  void turtle_withByteOrderMark_importsWithBomNote() throws Exception {
    byte[] ttl = Fixtures.read(Fixtures.realdata("examples/digg-dcatapse-example-recommended.ttl")).getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[ttl.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(ttl, 0, withBom, 3, ttl.length);

    CatalogImport ci = DcatImporter.read(Fixtures.write(dir.resolve("bom.ttl"), withBom));

    assertThat(only(ci).getTitle().get("sv")).isEqualTo("Bibliotek i Sverige");
    assertThat(ci.getNotes()).extracting(SourceNote::getCode).containsExactly(SourceNote.BOM);
  }

  @Test
  void rdfXml_withByteOrderMark_importsWithBomNote() throws Exception {
    String rdf = Fixtures.read(Fixtures.realdata("examples/digg-dcatapse-example-mandatory.rdf"));

    CatalogImport ci = DcatImporter.read(Fixtures.write(dir.resolve("bom.rdf"), "\uFEFF" + rdf));

    assertThat(only(ci).getTitle().get("sv")).isEqualTo("Matvaruaffärer i Sverige");
    assertThat(ci.getNotes()).extracting(SourceNote::getCode).containsExactly(SourceNote.BOM);
  }

  @Test
  void turtle_corruptedRealExample_isInvalidInputNamingFileAndLine() {
    String ttl = Fixtures.read(Fixtures.realdata("examples/digg-dcatapse-example-recommended.ttl"));
    // a stray bracket after the description of the dataset (line 30 of the example)
    String broken = ttl.replace("\"Plats och öppettider för alla bibliotek i Sverige\"@sv ;",
        "\"Plats och öppettider för alla bibliotek i Sverige\"@sv ;;; ]");
    Path file = Fixtures.write(dir.resolve("broken.ttl"), broken);

    assertThatThrownBy(() -> DcatImporter.read(file))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.getProblem().getSource()).isEqualTo(file.toString());
          assertThat(e.getProblem().getLine()).isEqualTo(30);
          assertThat(e.getProblem().getColumn()).isPositive();
          assertThat(e.getMessage()).startsWith(file + ":30:").contains("malformed Turtle");
        });
  }

  @Test
  void rdfXml_unclosedElement_isInvalidInputWithLine() {
    String rdf = Fixtures.read(Fixtures.realdata("examples/digg-dcatapse-example-mandatory.rdf"));
    Path file = Fixtures.write(dir.resolve("broken.rdf"), rdf.replace("</dcat:Dataset>", ""));

    assertThatThrownBy(() -> DcatImporter.read(file))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.getProblem().getLine()).isPositive();
          assertThat(e.getProblem().getProblem()).startsWith("malformed RDF/XML");
        });
  }

  @Test
  void read_emptyFileOfUnknownExtension_isAnEmptyCatalogue() throws Exception {
    Path file = Fixtures.write(dir.resolve("catalog.txt"), "");

    assertThat(DcatImporter.read(file).getNotes()).extracting(SourceNote::getCode).containsExactly(SourceNote.NO_DATASETS);
  }

  @Test
  void read_missingFile_isInvalidInput() {
    assertThatThrownBy(() -> DcatImporter.read(dir.resolve("nope.ttl")))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.getProblem().getProblem()).isEqualTo("no such file"));
  }

  @Test
  void read_explicitSyntax_overridesExtension() throws Exception {
    String ttl = Fixtures.read(Fixtures.realdata("examples/digg-dcatapse-example-mandatory.ttl"));
    Path file = Fixtures.write(dir.resolve("catalog.txt"), ttl);

    assertThat(DcatImporter.read(file, RdfSyntax.TURTLE).getDatasets()).hasSize(1);
  }

  @Test
  void nTriples_oneDataset_imports() throws Exception {
    Path file = Fixtures.write(dir.resolve("c.nt"),
        "<https://x.se/d/1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/dcat#Dataset> .\n"
            + "<https://x.se/d/1> <http://purl.org/dc/terms/title> \"Träd\"@sv .\n");

    assertThat(only(DcatImporter.read(file)).getTitle().get("sv")).isEqualTo("Träd");
  }

  // ---- DCAT-AP 1.x and other legacy forms ------------------------------------------------------

  @Test
  void admsContactPoint_dcatAp1_isMappedWithLegacyNote() throws Exception {
    CatalogImport ci = turtle("<https://x.se/d/1> a dcat:Dataset ; dcterms:title \"Träd\"@sv ;\n"
        + "  adms:contactPoint [ a vcard:Organization ; vcard:fn \"Parkförvaltningen\" ; vcard:hasEmail <mailto:park@x.se> ] .\n");

    Dataset d = only(ci);
    assertThat(d.getContactPoint().getName()).isEqualTo("Parkförvaltningen");
    assertThat(d.getContactPoint().getEmail()).isEqualTo("park@x.se");
    assertThat(ci.getDatasets().get(0).getNotes()).extracting(SourceNote::getCode).containsExactly(SourceNote.LEGACY_PROPERTY);
  }

  @Test
  void emptyMailto_inVcard_givesNoEmailAndNote() throws Exception {
    CatalogImport ci = turtle("<https://x.se/d/1> a dcat:Dataset ; dcterms:title \"Träd\"@sv ;\n"
        + "  dcat:contactPoint [ a vcard:Organization ; vcard:fn \"Parken\" ; vcard:hasEmail <mailto:> ] .\n");

    Dataset d = only(ci);
    assertThat(d.getContactPoint().getName()).isEqualTo("Parken");
    assertThat(d.getContactPoint().getEmail()).isNull();
    assertThat(ci.countNotesByCode()).containsExactly(entry(SourceNote.EMPTY_MAILTO, 1));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "vcard:hasEmail <mailto:park@x.se>",
      "vcard:hasEmail \"park@x.se\"",
      "vcard:hasEmail \"mailto:park@x.se\"",
      "vcard:hasEmail [ vcard:hasValue <mailto:park@x.se> ]",
      "vcard:hasEmail [ a vcard:Work ; vcard:hasValue \"park@x.se\" ]"})
  void vcardEmail_asIriLiteralOrNode_isTheBareAddress(String email) throws Exception {
    CatalogImport ci = turtle("<https://x.se/d/1> a dcat:Dataset ; dcterms:title \"Träd\"@sv ;\n"
        + "  dcat:contactPoint [ a vcard:Organization ; vcard:fn \"Parken\" ; " + email + " ] .\n");

    assertThat(only(ci).getContactPoint().getEmail()).isEqualTo("park@x.se");
    assertThat(ci.allNotes()).isEmpty();
  }

  @Test
  void vcardTelephone_asNodeWithLiteral_isTheNumber() throws Exception {
    CatalogImport ci = turtle("<https://x.se/d/1> a dcat:Dataset ; dcterms:title \"Träd\"@sv ;\n"
        + "  dcat:contactPoint [ a vcard:Organization ; vcard:hasTelephone [ vcard:hasValue \"+46 8 123 45\" ] ] .\n");

    assertThat(only(ci).getContactPoint().getPhone()).isEqualTo("+46 8 123 45");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "<http://data.europa.eu/eli/reg_impl/2023/138/oj>", "<https://data.europa.eu/eli/reg_impl/2023/138/oj>",
      "<http://data.europa.eu/eli/reg_impl/2023/138/oj/eng>", "<https://data.europa.eu/eli/reg_impl/2023/138/oj/swe>",
      "<http://data.europa.eu/eli/reg_impl/2023/138/oj/eng/pdf>", "<https://eur-lex.europa.eu/eli/reg_impl/2023/138/oj>",
      "<http://data.europa.eu/eli/reg_impl/2023/138/oj/>"})
  void applicableLegislation_hvdRegulationInAnyEliForm_isRecognised(String eli) throws Exception {
    CatalogImport ci = turtle("<https://x.se/d/1> a dcat:Dataset ; dcterms:title \"Träd\"@sv ;\n"
        + "  dcatap:applicableLegislation " + eli + " .\n");

    assertThat(ci.countNotesByCode()).containsEntry(SourceNote.HVD_WITHOUT_CATEGORY, 1);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "<http://data.europa.eu/eli/reg_impl/2023/139/oj>", "<http://data.europa.eu/eli/dir/2019/1024/oj>",
      "<http://data.europa.eu/eli/reg_impl/2023/138/oj/english>"})
  void applicableLegislation_otherActs_areNotTheHvdRegulation(String eli) throws Exception {
    CatalogImport ci = turtle("<https://x.se/d/1> a dcat:Dataset ; dcterms:title \"Träd\"@sv ;\n"
        + "  dcatap:applicableLegislation " + eli + " .\n");

    assertThat(ci.countNotesByCode()).doesNotContainKey(SourceNote.HVD_WITHOUT_CATEGORY);
  }

  @Test
  void spatial_locationWithOnlyAGeometry_keepsTheGeometry() throws Exception {
    CatalogImport ci = turtle("@prefix locn: <http://www.w3.org/ns/locn#> .\n"
        + "<https://x.se/d/1> a dcat:Dataset ; dcterms:title \"Träd\"@sv ;\n"
        + "  dcterms:spatial [ a dcterms:Location ; locn:geometry \"{\\\"type\\\":\\\"Point\\\",\\\"coordinates\\\":[18.07,59.33]}\"^^<http://www.opengis.net/ont/geosparql#geoJSONLiteral> ] .\n");

    assertThat(only(ci).getSpatial()).isEqualTo("{\"type\":\"Point\",\"coordinates\":[18.07,59.33]}");
  }

  @Test
  void orphanDistribution_notLinkedToDataset_isLeftOutWithNote() throws Exception {
    CatalogImport ci = turtle("<https://x.se/d/1> a dcat:Dataset ; dcterms:title \"Träd\"@sv ;\n"
        + "  dcat:distribution <https://x.se/dist/1> .\n"
        + "<https://x.se/dist/1> a dcat:Distribution ; dcat:accessURL <https://x.se/träd.csv> .\n"
        + "<https://x.se/dist/2> a dcat:Distribution ; dcat:accessURL <https://x.se/gammal.csv> .\n");

    assertThat(only(ci).getDistributions()).hasSize(1);
    assertThat(ci.getNotes()).singleElement().satisfies(n -> {
      assertThat(n.getCode()).isEqualTo(SourceNote.ORPHAN_DISTRIBUTION);
      assertThat(n.getSubject()).isEqualTo("https://x.se/dist/2");
      assertThat(n.getMessage().get("sv")).isNotBlank();
      assertThat(n.getMessage().get("en")).isNotBlank();
    });
  }

  @Test
  void orphanDistributions_amongLinkedOnes_areNotedInSortOrder() throws Exception {
    // Only the orphans are sorted now (not every distribution): the notes still come in the order
    // of all distributions sorted, numbers in IRIs as numbers, IRIs before blank nodes by content.
    CatalogImport ci = turtle("<https://x.se/d/1> a dcat:Dataset ; dcterms:title \"Träd\"@sv ;\n"
        + "  dcat:distribution <https://x.se/dist/3>, [ a dcat:Distribution ; dcat:accessURL <https://x.se/b.csv> ] .\n"
        + "<https://x.se/dist/3> a dcat:Distribution ; dcat:accessURL <https://x.se/3.csv> .\n"
        + "<https://x.se/dist/10> a dcat:Distribution ; dcat:accessURL <https://x.se/10.csv> .\n"
        + "[ a dcat:Distribution ; dcat:accessURL <https://x.se/z.csv> ] .\n"
        + "<https://x.se/dist/2> a dcat:Distribution ; dcat:accessURL <https://x.se/2.csv> .\n"
        + "[ a dcat:Distribution ; dcat:accessURL <https://x.se/a.csv> ] .\n");

    assertThat(only(ci).getDistributions()).hasSize(2);
    assertThat(ci.getNotes()).extracting(SourceNote::getCode).containsOnly(SourceNote.ORPHAN_DISTRIBUTION);
    assertThat(ci.getNotes()).extracting(SourceNote::getSubject).containsExactly("https://x.se/dist/2",
        "https://x.se/dist/10", "_:distribution(https://x.se/a.csv)", "_:distribution(https://x.se/z.csv)");
  }

  @Test
  void formats_freeTextMediaTypeAndEuUri_areKeptAsGiven() throws Exception {
    CatalogImport ci = turtle("<https://x.se/d/1> a dcat:Dataset ; dcterms:title \"Träd\"@sv ;\n"
        + "  dcat:distribution <https://x.se/dist/1>, <https://x.se/dist/2>, <https://x.se/dist/3>, <https://x.se/dist/4> .\n"
        + "<https://x.se/dist/1> dcterms:format \"CSV\" ; dcat:accessURL <https://x.se/1> .\n"
        + "<https://x.se/dist/2> dcat:mediaType <https://www.iana.org/assignments/media-types/application/json> ; dcat:accessURL <https://x.se/2> .\n"
        + "<https://x.se/dist/3> dcterms:format <http://publications.europa.eu/resource/authority/file-type/GEOJSON> ; dcat:accessURL <https://x.se/3> .\n"
        + "<https://x.se/dist/4> dcterms:format \"Excel-fil\" ; dcat:accessURL <https://x.se/4> .\n");

    Dataset d = only(ci);
    assertThat(d.getDistributions()).extracting(x -> x.getFormat() != null ? x.getFormat() : x.getMediaType()).containsExactly(
        "CSV", "https://www.iana.org/assignments/media-types/application/json",
        "http://publications.europa.eu/resource/authority/file-type/GEOJSON", "Excel-fil");
    assertThat(ci.countNotesByCode()).containsExactly(entry(SourceNote.UNKNOWN_FORMAT, 1));
  }

  @Test
  void dublinCoreFrequencyAndSchemaDates_dcatAp1_areMappedWithNotes() throws Exception {
    CatalogImport ci = turtle("<https://x.se/d/1> a dcat:Dataset ; dcterms:title \"Träd\"@sv ;\n"
        + "  dcterms:accrualPeriodicity <http://purl.org/cld/freq/quarterly> ;\n"
        + "  dcterms:temporal [ a dcterms:PeriodOfTime ; schema:startDate \"2019\" ; schema:endDate \"2021-06\" ] .\n");

    Dataset d = only(ci);
    assertThat(d.getAccrualPeriodicity()).isEqualTo(Frequency.QUARTERLY);
    assertThat(d.getTemporal().getStart()).hasToString("2019-01-01");
    assertThat(d.getTemporal().getEnd()).hasToString("2021-06-30");
    assertThat(ci.countNotesByCode()).containsExactly(entry(SourceNote.LEGACY_PROPERTY, 2));
  }

  @Test
  void licenceUriVariants_areKeptAsGivenAndRecognised() throws Exception {
    CatalogImport ci = turtle("<https://x.se/d/1> a dcat:Dataset ; dcterms:title \"Träd\"@sv ;\n"
        + "  dcterms:license <https://creativecommons.org/licenses/by/4.0/deed.sv> .\n"
        + "<https://x.se/d/2> a dcat:Dataset ; dcterms:title \"Sjöar\"@sv ;\n"
        + "  dcterms:license <http://publications.europa.eu/resource/authority/licence/CC_BY_4_0> .\n");

    assertThat(ci.getDatasets()).extracting(i -> i.getDataset().getLicence()).containsExactly(
        "https://creativecommons.org/licenses/by/4.0/deed.sv",
        "http://publications.europa.eu/resource/authority/licence/CC_BY_4_0");
    assertThat(ci.getDatasets()).allSatisfy(i -> assertThat(Licence.parse(i.getDataset().getLicence()).getId()).isEqualTo("CC-BY-4.0"));
    assertThat(ci.allNotes()).isEmpty();
  }

  // ---- languages -------------------------------------------------------------------------------

  @Test
  void literalWithoutLanguageTag_isTakenAsSwedishWithNote() throws Exception {
    CatalogImport ci = turtle("<https://x.se/d/1> a dcat:Dataset ; dcterms:title \"Träd\" , \"Trees\"@en ;\n"
        + "  dcterms:description \"Alla träd\" .\n");

    Dataset d = only(ci);
    assertThat(d.getTitle().getTexts()).containsExactly(entry("en", "Trees"), entry("sv", "Träd"));
    assertThat(d.getDescription().get("sv")).isEqualTo("Alla träd");
    assertThat(ci.countNotesByCode()).containsExactly(entry(SourceNote.NO_LANGUAGE_TAG, 2));
  }

  @Test
  void untaggedLiteral_besideSwedishOne_isDroppedAsDuplicate() throws Exception {
    CatalogImport ci = turtle("<https://x.se/d/1> a dcat:Dataset ; dcterms:title \"Träd i parker\" , \"Träd\"@sv .\n");

    assertThat(only(ci).getTitle().getTexts()).containsExactly(entry("sv", "Träd"));
    assertThat(ci.countNotesByCode()).containsEntry(SourceNote.DUPLICATE_LANGUAGE, 1);
  }

  @Test
  void upperCaseAndRegionLanguageTags_areLowerCasedAndKept() throws Exception {
    CatalogImport ci = turtle("<https://x.se/d/1> a dcat:Dataset ; dcterms:title \"Träd\"@SV , \"Trees\"@en-GB .\n");

    assertThat(only(ci).getTitle().getTexts()).containsExactly(entry("en-gb", "Trees"), entry("sv", "Träd"));
    assertThat(ci.allNotes()).isEmpty();
  }

  @Test
  void malformedLanguageTagInRdfXml_isTakenAsSwedishWithNote() throws Exception {
    Path file = Fixtures.write(dir.resolve("lang.rdf"), "<?xml version=\"1.0\"?>\n"
        + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:dcat=\"http://www.w3.org/ns/dcat#\"\n"
        + "   xmlns:dcterms=\"http://purl.org/dc/terms/\">\n"
        + "  <dcat:Dataset rdf:about=\"https://x.se/d/1\">\n"
        + "    <dcterms:title xml:lang=\"svenska_språket\">Träd</dcterms:title>\n"
        + "  </dcat:Dataset>\n"
        + "</rdf:RDF>\n");

    CatalogImport ci = DcatImporter.read(file);

    assertThat(only(ci).getTitle().getTexts()).containsExactly(entry("sv", "Träd"));
    assertThat(ci.countNotesByCode()).containsKey(SourceNote.BAD_LANGUAGE_TAG);
  }

  // ---- values that cannot be read --------------------------------------------------------------

  @Test
  void datesAndLinks_badOrDateTime_areReadOrNoted() throws Exception {
    CatalogImport ci = turtle("<https://x.se/d/1> a dcat:Dataset ; dcterms:title \"Träd\"@sv ;\n"
        + "  dcterms:issued \"2021-03-04T10:00:00+01:00\"^^xsd:dateTime ;\n"
        + "  dcterms:modified \"förra veckan\" ;\n"
        + "  dcat:landingPage \"www.x.se/träd\" .\n");

    Dataset d = only(ci);
    assertThat(d.getIssued()).hasToString("2021-03-04");
    assertThat(d.getModified()).isNull();
    assertThat(d.getLandingPage()).isNull();
    assertThat(ci.countNotesByCode()).containsExactly(entry(SourceNote.BAD_DATE, 1), entry(SourceNote.BAD_URI, 1));
  }

  @Test
  void periodEndingBeforeItStarts_isLeftOutWithNote() throws Exception {
    CatalogImport ci = turtle("<https://x.se/d/1> a dcat:Dataset ; dcterms:title \"Träd\"@sv ;\n"
        + "  dcterms:temporal [ dcat:startDate \"2020-01-01\"^^xsd:date ; dcat:endDate \"2019-01-01\"^^xsd:date ] .\n");

    assertThat(only(ci).getTemporal()).isNull();
    assertThat(ci.countNotesByCode()).containsExactly(entry(SourceNote.BAD_PERIOD, 1));
  }

  @Test
  void unknownThemeFrequencyAccessRightsAndPublisherType_areLeftOutWithNotes() throws Exception {
    CatalogImport ci = turtle("<https://x.se/d/1> a dcat:Dataset ; dcterms:title \"Träd\"@sv ;\n"
        + "  dcat:theme <http://eurovoc.europa.eu/100151>, <http://publications.europa.eu/resource/authority/data-theme/ENVI> ;\n"
        + "  dcterms:accrualPeriodicity <https://x.se/ibland> ;\n"
        + "  dcterms:accessRights <https://x.se/oppet> ;\n"
        + "  dcterms:publisher [ foaf:name \"Exempelkommun\" ; dcterms:type <https://x.se/kommun> ] .\n");

    Dataset d = only(ci);
    assertThat(d.getThemes()).extracting(Enum::name).containsExactly("ENVI");
    assertThat(d.getAccrualPeriodicity()).isNull();
    assertThat(d.getAccessRights()).isNull();
    assertThat(d.getPublisher().getName()).isEqualTo("Exempelkommun");
    assertThat(d.getPublisher().getType()).isNull();
    assertThat(ci.countNotesByCode()).containsExactly(
        entry(SourceNote.UNKNOWN_ACCESS_RIGHTS, 1), entry(SourceNote.UNKNOWN_FREQUENCY, 1),
        entry(SourceNote.UNKNOWN_PUBLISHER_TYPE, 1), entry(SourceNote.UNKNOWN_THEME, 1));
  }

  @Test
  void localAuthorityPublisher_isMappedFromAdmsUri() throws Exception {
    Dataset d = only(turtle("<https://x.se/d/1> a dcat:Dataset ; dcterms:title \"Träd\"@sv ;\n"
        + "  dcterms:publisher <https://x.se> .\n"
        + "<https://x.se> a foaf:Agent ; foaf:name \"Exempelkommun\"@sv ;\n"
        + "  dcterms:type <http://purl.org/adms/publishertype/LocalAuthority> .\n"));

    assertThat(d.getPublisher().getType()).isEqualTo(PublisherType.LOCAL_AUTHORITY);
    assertThat(d.getPublisher().getIdentifier()).isEqualTo("https://x.se");
  }

  @Test
  void severalPublishers_firstKeptWithNote() throws Exception {
    CatalogImport ci = turtle("<https://x.se/d/1> a dcat:Dataset ; dcterms:title \"Träd\"@sv ;\n"
        + "  dcterms:publisher [ foaf:name \"B-kommun\" ], [ foaf:name \"A-kommun\" ] .\n");

    assertThat(only(ci).getPublisher().getName()).isEqualTo("A-kommun");
    assertThat(ci.countNotesByCode()).containsExactly(entry(SourceNote.MULTIPLE_VALUES, 1));
  }

  // ---- licences --------------------------------------------------------------------------------

  @Test
  void differentLicencesOnDistributions_keptPerDistributionWithNote() throws Exception {
    CatalogImport ci = turtle("<https://x.se/d/1> a dcat:Dataset ; dcterms:title \"Träd\"@sv ;\n"
        + "  dcat:distribution <https://x.se/dist/1>, <https://x.se/dist/2> .\n"
        + "<https://x.se/dist/1> dcat:accessURL <https://x.se/1> ; dcterms:license <http://creativecommons.org/publicdomain/zero/1.0/> .\n"
        + "<https://x.se/dist/2> dcat:accessURL <https://x.se/2> ; dcterms:license <https://creativecommons.org/licenses/by/4.0/> .\n");

    Dataset d = only(ci);
    assertThat(d.getLicence()).isNull();
    assertThat(d.getDistributions()).extracting(x -> Licence.parse(x.getLicence()).getId()).containsExactly("CC0-1.0", "CC-BY-4.0");
    assertThat(ci.countNotesByCode()).containsExactly(entry(SourceNote.MIXED_LICENCES, 1));
  }

  @Test
  void datasetLicence_distributionWithSameLicence_keepsNoOwnLicence() throws Exception {
    Dataset d = only(turtle("<https://x.se/d/1> a dcat:Dataset ; dcterms:title \"Träd\"@sv ;\n"
        + "  dcterms:license <http://creativecommons.org/publicdomain/zero/1.0/> ;\n"
        + "  dcat:distribution <https://x.se/dist/1> .\n"
        + "<https://x.se/dist/1> dcat:accessURL <https://x.se/1> ; dcterms:license <https://creativecommons.org/publicdomain/zero/1.0/deed.sv> .\n"));

    assertThat(d.getLicence()).isEqualTo("http://creativecommons.org/publicdomain/zero/1.0/");
    assertThat(d.getDistributions().get(0).getLicence()).isNull();
  }

  // ---- HVD, status, ids ------------------------------------------------------------------------

  @Test
  void hvdTopCategoryWithLegislation_isMappedWithoutNotes() throws Exception {
    CatalogImport ci = turtle("<https://x.se/d/1> a dcat:Dataset ; dcterms:title \"Adresser\"@sv ;\n"
        + "  dcatap:hvdCategory <http://data.europa.eu/bna/c_ac64a52d> ;\n"
        + "  dcatap:applicableLegislation <http://data.europa.eu/eli/reg_impl/2023/138/oj> .\n");

    assertThat(only(ci).getHvdCategory()).isEqualTo(HvdCategory.GEOSPATIAL);
    assertThat(ci.allNotes()).isEmpty();
  }

  @Test
  void hvdSubcategoryWithoutLegislation_isMappedToCategoryWithNotes() throws Exception {
    CatalogImport ci = turtle("<https://x.se/d/1> a dcat:Dataset ; dcterms:title \"Adresser\"@sv ;\n"
        + "  dcatap:hvdCategory <http://data.europa.eu/bna/c_c3de25e4> .\n");

    assertThat(only(ci).getHvdCategory()).isEqualTo(HvdCategory.GEOSPATIAL);
    assertThat(ci.countNotesByCode()).containsExactly(
        entry(SourceNote.HVD_SUBCATEGORY, 1), entry(SourceNote.HVD_WITHOUT_LEGISLATION, 1));
  }

  @Test
  void admsStatusDeprecated_givesDeprecatedLifecycle() throws Exception {
    Dataset d = only(turtle("<https://x.se/d/1> a dcat:Dataset ; dcterms:title \"Träd\"@sv ;\n"
        + "  adms:status <http://purl.org/adms/status/Deprecated> .\n"));

    assertThat(d.getStatus()).isEqualTo(Lifecycle.DEPRECATED);
  }

  @Test
  void identifiers_uniqueUsedDuplicateFallsBackToUri() throws Exception {
    CatalogImport ci = turtle("<https://x.se/d/1> a dcat:Dataset ; dcterms:title \"A\"@sv ; dcterms:identifier \"tree-01\" .\n"
        + "<https://x.se/d/2> a dcat:Dataset ; dcterms:title \"B\"@sv ; dcterms:identifier \"same\" .\n"
        + "<https://x.se/d/3> a dcat:Dataset ; dcterms:title \"C\"@sv ; dcterms:identifier \"same\" .\n"
        + "<https://x.se/e/3> a dcat:Dataset ; dcterms:title \"D\"@sv .\n");

    assertThat(ci.getDatasets()).extracting(i -> i.getDataset().getId())
        .containsExactly("tree-01", "2", "https://x.se/d/3", "https://x.se/e/3");
    assertThat(ci.countNotesByCode()).containsExactly(entry(SourceNote.DUPLICATE_IDENTIFIER, 2));
  }

  @Test
  void blankNodesNestedThousandsDeep_areABadInput_notAStackOverflow() {
    String nested = "dcterms:publisher " + "[ foaf:member ".repeat(20000) + "\"x\"" + " ]".repeat(20000);
    InvalidInputException e = catchThrowableOfType(() -> turtle(
        "<https://x.se/d/1> a dcat:Dataset ; dcterms:title \"A\"@sv ; " + nested + " .\n"), InvalidInputException.class);

    assertThat(e).isNotNull();
    assertThat(e.getProblem().getProblem()).isEqualTo("resources or lists are nested too deeply to read (thousands of levels)");
    assertThat(e.getProblem().getSource()).isEqualTo("test.ttl");
  }

  @Test
  void controlCharactersInLiterals_areReplacedVisibly_andNoted() throws Exception {
    CatalogImport ci = turtle("<https://x.se/d/1> a dcat:Dataset ; dcterms:title \"a\\u0000b\\u001B[31mc\"@sv ;\n"
        + "  dcterms:description \"rad\\nrad\\tflik\"@sv .\n");

    Dataset d = only(ci);
    assertThat(d.getTitle().get("sv")).isEqualTo("a\uFFFDb\uFFFD[31mc");
    assertThat(d.getDescription().get("sv")).isEqualTo("rad\nrad\tflik");
    assertThat(ci.getNotes()).extracting(SourceNote::getCode).containsExactly(SourceNote.BROKEN_TEXT);
  }

  @Test
  void c1ControlCharactersInLiterals_areReplacedVisibly_andNoted() throws Exception {
    Dataset d = only(turtle("<https://x.se/d/1> a dcat:Dataset ; dcterms:title \"a\\u009B31mb\"@sv .\n"));

    assertThat(d.getTitle().get("sv")).isEqualTo("a\uFFFD31mb");
  }

  @Test
  void linksThatAreNotWebAddresses_areLeftOutWithANote_ftpKeptForADownload() throws Exception {
    CatalogImport ci = turtle("<https://x.se/d/1> a dcat:Dataset ; dcterms:title \"A\"@sv ;\n"
        + "  dcat:landingPage <javascript:alert(1)> ; dcat:distribution <https://x.se/d/1/a> .\n"
        + "<https://x.se/d/1/a> a dcat:Distribution ; dcat:accessURL <file:///etc/passwd> ;\n"
        + "  dcat:downloadURL <ftp://ftp.x.se/a.csv> ; foaf:page \"data:text/html;base64,PHNjcmlwdD4=\" .\n");

    Dataset d = only(ci);
    assertThat(d.getLandingPage()).isNull();
    assertThat(d.getDistributions()).singleElement().satisfies(dist -> {
      assertThat(dist.getAccessUrl()).isNull();
      assertThat(dist.getDownloadUrl()).hasToString("ftp://ftp.x.se/a.csv");
      assertThat(dist.getDocumentation()).isNull();
    });
    assertThat(ci.countNotesByCode()).containsEntry(SourceNote.NOT_WEB_LINK, 3);
  }

  @Test
  void identifierOverSeveralLines_becomesAOneLineId() throws Exception {
    Dataset d = only(turtle("<https://x.se/d/1> a dcat:Dataset ; dcterms:title \"A\"@sv ;\n"
        + "  dcterms:identifier \"\"\"tree\n\t01\"\"\" .\n"));

    assertThat(d.getId()).isEqualTo("tree 01");
  }

  @Test
  void dataServiceServingDataset_isADataServiceNotADistribution() throws Exception {
    Dataset d = only(turtle("<https://x.se/d/1> a dcat:Dataset ; dcterms:title \"Träd\"@sv .\n"
        + "<https://x.se/api> a dcat:DataService ; dcterms:title \"Träd-API\"@sv ;\n"
        + "  dcat:endpointURL <https://api.x.se/trad> ; dcat:endpointDescription <https://api.x.se/trad/openapi.json> ;\n"
        + "  dcterms:conformsTo <https://www.ogc.org/standard/wfs/> ; dcterms:license <http://creativecommons.org/publicdomain/zero/1.0/> ;\n"
        + "  dcterms:accessRights <http://publications.europa.eu/resource/authority/access-right/PUBLIC> ;\n"
        + "  dcat:contactPoint [ a vcard:Organization ; vcard:hasEmail <mailto:api@x.se> ] ;\n"
        + "  dcatap:hvdCategory <http://data.europa.eu/bna/c_ac64a52d> ;\n"
        + "  dcat:servesDataset <https://x.se/d/1> .\n"));

    assertThat(d.getDistributions()).as("a service has no format: no distribution is made of it").isEmpty();
    assertThat(d.getDataServices()).singleElement().satisfies(s -> {
      assertThat(s.getUri()).hasToString("https://x.se/api");
      assertThat(s.getTitle().get("sv")).isEqualTo("Träd-API");
      assertThat(s.getEndpointUrl()).hasToString("https://api.x.se/trad");
      assertThat(s.getEndpointDescription()).hasToString("https://api.x.se/trad/openapi.json");
      assertThat(s.getConformsTo()).containsExactly("https://www.ogc.org/standard/wfs/");
      assertThat(s.getContactPoint().getEmail()).isEqualTo("api@x.se");
      assertThat(Licence.parse(s.getLicence()).getId()).isEqualTo("CC0-1.0");
      assertThat(s.getAccessRights()).isEqualTo(se.odis.model.AccessRights.PUBLIC);
      assertThat(s.getHvdCategory()).isEqualTo(HvdCategory.GEOSPATIAL);
    });
    assertThat(Licence.parse(d.getLicence()).getId()).as("the only licence stated").isEqualTo("CC0-1.0");
  }

  @Test
  void distributionWithAccessService_staysADistributionAndTheServiceIsKept() throws Exception {
    Dataset d = only(turtle("<https://x.se/d/1> a dcat:Dataset ; dcterms:title \"Träd\"@sv ;\n"
        + "  dcat:distribution [ a dcat:Distribution ; dcat:accessURL <https://api.x.se/trad> ; dcterms:format \"JSON\" ;\n"
        + "    dcat:accessService <https://x.se/api> ] .\n"
        + "<https://x.se/api> a dcat:DataService ; dcat:endpointURL <https://api.x.se/trad> ; dcat:servesDataset <https://x.se/d/1> .\n"));

    assertThat(d.getDistributions()).singleElement().satisfies(x -> assertThat(x.isApi()).isTrue());
    assertThat(d.getDataServices()).singleElement().satisfies(s -> assertThat(s.getUri()).hasToString("https://x.se/api"));
  }

  @Test
  void valuesTheModelHolds_areAllKept() throws Exception {
    ImportedDataset imported = turtle("<https://x.se/d/1> a dcat:Dataset ; dcterms:title \"Träd\"@sv ;\n"
        + "  dcterms:language <http://publications.europa.eu/resource/authority/language/SWE>, \"en\" ;\n"
        + "  dcterms:creator [ a foaf:Agent ; foaf:name \"Parkförvaltningen\"@sv ] ;\n"
        + "  foaf:page <https://x.se/om-trad>, <https://x.se/trad-faq> ;\n"
        + "  dcatap:applicableLegislation <http://data.europa.eu/eli/dir/2019/1024/oj> ;\n"
        + "  dcat:distribution [ a dcat:Distribution ; dcat:accessURL <https://x.se/trad.csv> ; dcterms:format \"CSV\" ;\n"
        + "    dcterms:description \"Alla träd\"@sv ; dcterms:issued \"2024-01-02\"^^xsd:date ; dcterms:modified \"2024-03-04\" ;\n"
        + "    adms:status <http://publications.europa.eu/resource/authority/distribution-status/DEPRECATED> ] .\n")
        .getDatasets().get(0);
    Dataset d = imported.getDataset();

    assertThat(d.getUri()).hasToString("https://x.se/d/1");
    assertThat(d.getLanguages()).containsExactly("http://publications.europa.eu/resource/authority/language/SWE", "en");
    assertThat(d.getCreator().getName()).isEqualTo("Parkförvaltningen");
    assertThat(d.getPages()).extracting(Object::toString).containsExactly("https://x.se/om-trad", "https://x.se/trad-faq");
    assertThat(d.getApplicableLegislation()).extracting(Object::toString).containsExactly("http://data.europa.eu/eli/dir/2019/1024/oj");
    assertThat(d.getDistributions()).singleElement().satisfies(x -> {
      assertThat(x.getDescription().get("sv")).isEqualTo("Alla träd");
      assertThat(x.getIssued()).hasToString("2024-01-02");
      assertThat(x.getModified()).hasToString("2024-03-04");
      assertThat(x.getStatus()).isEqualTo(Lifecycle.DEPRECATED);
    });
    assertThat(imported.getNotes()).isEmpty();
  }

  @Test
  void emptyGraph_hasNoDatasetsAndNote() throws Exception {
    CatalogImport ci = turtle("");

    assertThat(ci.getDatasets()).isEmpty();
    assertThat(ci.getNotes()).extracting(SourceNote::getCode).containsExactly(SourceNote.NO_DATASETS);
  }
}
