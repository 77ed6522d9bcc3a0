package se.odis.dcat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import se.odis.model.Dataset;
import se.odis.model.HvdCategory;
import se.odis.model.ImmutableDataset;
import se.odis.model.ImmutableDistribution;

/** Export validated with Apache Jena's SHACL engine against the official DCAT-AP shapes. */
class DcatExporterTest {
  private final DcatExporter exporter = new DcatExporter();

  static Stream<Arguments> examples() {
    return Fixtures.exampleDatasets().stream().map(d -> Arguments.of(d.getId(), d));
  }

  /** The parking example as a high-value dataset (mobility), with its API documented. */
  static Dataset hvdVariant() {
    Dataset parking = Fixtures.exampleDatasets().stream()
        .filter(d -> d.getId().equals("exempelkommun-parkering-01")).findFirst().orElseThrow();
    return ImmutableDataset.copyOf(parking).withHvdCategory(HvdCategory.MOBILITY);
  }

  @Test
  void officialShapes_dcatAp301_haveTwoDanglingPropertyShapesThatAreDropped() {
    // Jena refuses a shape that references an undefined property shape; the official file has two.
    assertThat(Shacl.dcatAp().dropped).containsExactly(
        "https://semiceu.github.io/DCAT-AP/releases/3.0.1#dcat:DataServiceShape/dc08f4dca4377fade57f89454e3fa06a8389d314",
        "https://semiceu.github.io/DCAT-AP/releases/3.0.1#dcat:DataServiceShape/eb3ac4e4fdde2e2588a9502c5956060a18c5c99f");
    assertThat(Shacl.hvd().dropped).isEmpty();
  }

  @Test
  void examples_areTheThreeOfOdisExamples() {
    assertThat(Fixtures.exampleDatasets()).extracting(Dataset::getId).containsExactly(
        "exempelkommun-bygglov-02", "exempelkommun-lekplatser-03", "exempelkommun-parkering-01");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void exampleDataset_exported_hasNoDcatAp301Violations(String id, Dataset dataset) {
    Model model = exporter.toModel(dataset);

    assertThat(Shacl.violations(Shacl.dcatAp(), model)).isEmpty();
  }

  /** A dataset that is no high-value dataset, served by a data service, with every value the model can hold. */
  static Dataset withDataService() {
    Dataset parking = Fixtures.exampleDatasets().stream()
        .filter(d -> d.getId().equals("exempelkommun-parkering-01")).findFirst().orElseThrow();
    return ImmutableDataset.copyOf(parking)
        .withUri(java.net.URI.create("https://data.exempelkommun.se/id/dataset/parkering"))
        .withLanguages("sv", "http://publications.europa.eu/resource/authority/language/ENG")
        .withCreator(se.odis.model.ImmutablePublisher.builder().name("Trafikkontoret").build())
        .withPages(java.net.URI.create("https://www.exempelkommun.se/parkering"))
        .withApplicableLegislation(java.net.URI.create("http://data.europa.eu/eli/dir/2019/1024/oj"))
        .withDataServices(se.odis.model.ImmutableDataService.builder()
            .uri(java.net.URI.create("https://data.exempelkommun.se/id/api/parkering"))
            .title(se.odis.model.LocalizedText.of("Parkerings-API", "Parking API"))
            .endpointUrl(java.net.URI.create("https://api.exempelkommun.se/parkering/v1/"))
            .endpointDescription(java.net.URI.create("https://api.exempelkommun.se/parkering/v1/openapi.json"))
            .addConformsTo("https://spec.openapis.org/oas/v3.1.0")
            .contactPoint(se.odis.model.ImmutableContactPoint.builder().name("API-support").email("api@exempelkommun.se").build())
            .licence("CC0-1.0").accessRights(se.odis.model.AccessRights.PUBLIC).build())
        .withDistributions(ImmutableDistribution.copyOf(parking.getDistributions().get(0))
            .withDescription(se.odis.model.LocalizedText.of("Alla platser", "Every space"))
            .withIssued(java.time.LocalDate.of(2024, 1, 2)).withModified(java.time.LocalDate.of(2024, 3, 4))
            .withStatus(se.odis.model.Lifecycle.PUBLISHED));
  }

  @Test
  void datasetWithDataService_notHighValue_hasNoDcatAp301OrRangeViolations() {
    Model model = exporter.toModel(withDataService());

    assertThat(Shacl.violations(Shacl.dcatAp(), model)).isEmpty();
    assertThat(Shacl.violations(Shacl.ranges(), model)).isEmpty();
  }

  @Test
  void datasetWithDataService_highValue_hasNoHvdViolations() {
    Model model = exporter.toModel(ImmutableDataset.copyOf(withDataService()).withHvdCategory(HvdCategory.MOBILITY));

    assertThat(Shacl.violations(Shacl.dcatAp(), model)).isEmpty();
    assertThat(Shacl.violations(Shacl.ranges(), model)).isEmpty();
    assertThat(Shacl.violations(Shacl.hvd(), model)).isEmpty();
  }

  @Test
  void datasetWithOwnUri_isExportedUnderIt_andItsServiceUnderItsOwn() {
    Model model = exporter.toModel(withDataService());

    assertThat(model.contains(model.createResource("https://data.exempelkommun.se/id/dataset/parkering"), Vocab.TYPE, Vocab.DATASET)).isTrue();
    assertThat(model.contains(model.createResource("https://data.exempelkommun.se/id/api/parkering"), Vocab.TYPE, Vocab.DATA_SERVICE)).isTrue();
    assertThat(model.listSubjects().toList()).noneSatisfy(r -> assertThat(String.valueOf(r.getURI())).contains("data.example.se"));
  }

  @Test
  void datasetWithDataService_exportedThenImported_keepsWhatTheModelHolds() throws Exception {
    Dataset d = withDataService();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    exporter.write(d, RdfSyntax.TURTLE, out);

    Dataset back = DcatImporter.read(new java.io.ByteArrayInputStream(out.toByteArray()), "export.ttl")
        .getDatasets().get(0).getDataset();

    assertThat(back.getUri()).isEqualTo(d.getUri());
    assertThat(back.getDataServices()).singleElement().satisfies(s -> {
      se.odis.model.DataService given = d.getDataServices().get(0);
      assertThat(s.getUri()).isEqualTo(given.getUri());
      assertThat(s.getTitle()).isEqualTo(given.getTitle());
      assertThat(s.getEndpointUrl()).isEqualTo(given.getEndpointUrl());
      assertThat(s.getEndpointDescription()).isEqualTo(given.getEndpointDescription());
      assertThat(s.getConformsTo()).isEqualTo(given.getConformsTo());
      assertThat(s.getContactPoint()).isEqualTo(given.getContactPoint());
      assertThat(s.getAccessRights()).isEqualTo(given.getAccessRights());
    });
    assertThat(back.getPages()).isEqualTo(d.getPages());
    assertThat(back.getCreator().getName()).isEqualTo("Trafikkontoret");
    assertThat(back.getLanguages()).containsExactly("http://publications.europa.eu/resource/authority/language/ENG",
        "http://publications.europa.eu/resource/authority/language/SWE");
    assertThat(back.getApplicableLegislation()).isEqualTo(d.getApplicableLegislation());
    se.odis.model.Distribution x = back.getDistributions().get(0);
    assertThat(x.getDescription()).isEqualTo(d.getDistributions().get(0).getDescription());
    assertThat(x.getIssued()).isEqualTo(d.getDistributions().get(0).getIssued());
    assertThat(x.getModified()).isEqualTo(d.getDistributions().get(0).getModified());
    assertThat(x.getStatus()).isEqualTo(se.odis.model.Lifecycle.PUBLISHED);
  }

  @Test
  void apiDistributionAtAServicesEndpoint_linksToThatService() {
    Dataset d = withDataService();
    Dataset api = ImmutableDataset.copyOf(d).withDistributions(ImmutableDistribution.builder().api(true).format("JSON")
        .accessUrl(d.getDataServices().get(0).getEndpointUrl()).build());
    Model model = exporter.toModel(api);

    assertThat(model.listResourcesWithProperty(Vocab.TYPE, Vocab.DATA_SERVICE).toList()).hasSize(1);
    assertThat(model.listObjectsOfProperty(Vocab.ACCESS_SERVICE).toList()).extracting(n -> n.asResource().getURI())
        .containsExactly("https://data.exempelkommun.se/id/api/parkering");
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "catalogs/raa-ksamsok-soch-catalog.rdf", "catalogs/sgu-geological-survey-catalog.rdf",
      "examples/digg-dcatapse-example-mandatory.ttl", "examples/digg-dcatapse-example-recommended.ttl",
      "examples/hvd-3.0.0__example-ms_catalogue_hvd.ttl", "examples/hvd-3.0.0__example-data_service_terms_sla.ttl",
      "examples/hvd-3.0.0__example-ms_dataset_data_service.ttl", "examples/hvd-3.0.0__example-ms_dataset_hvd_profile.jsonld"})
  void realCatalogue_importedThenExported_everyDatasetHasTheRangesDcatApAsks(String file) throws Exception {
    for (ImportedDataset imported : DcatImporter.read(Fixtures.realdata(file)).getDatasets()) {
      Model model = exporter.toModel(imported.getDataset());
      assertThat(Shacl.violations(Shacl.ranges(), model)).as(imported.getDataset().getId()).isEmpty();
      if (imported.getSourceUri() != null) {
        assertThat(model.contains(model.createResource(imported.getSourceUri()), Vocab.TYPE, Vocab.DATASET))
            .as("exported under its own URI").isTrue();
      }
    }
  }

  @Test
  void hvdVariant_exported_hasNoDcatAp301OrHvdViolations() {
    Model model = exporter.toModel(hvdVariant());

    assertThat(Shacl.violations(Shacl.dcatAp(), model)).isEmpty();
    assertThat(Shacl.violations(Shacl.hvd(), model)).isEmpty();
  }

  @Test
  void nonHvdDataset_againstHvdShapes_isReportedMissingCategory() {
    // a near miss: proves the HVD shapes are in force
    Dataset parking = ImmutableDataset.copyOf(hvdVariant()).withHvdCategory(null);

    assertThat(Shacl.violations(Shacl.hvd(), exporter.toModel(parking)))
        .anySatisfy(v -> assertThat(v).contains("hvdCategory"));
  }

  @Test
  void distributionWithoutAccessUrl_againstDcatAp_isViolation() {
    // a near miss: the shapes do catch what DCAT-AP requires
    Dataset d = ImmutableDataset.builder().id("x").title(se.odis.model.LocalizedText.of("Träd", "Trees"))
        .description(se.odis.model.LocalizedText.of("Alla träd", "All trees"))
        .addDistributions(ImmutableDistribution.builder().format("CSV").build()).build();

    assertThat(Shacl.violations(Shacl.dcatAp(), exporter.toModel(d))).anySatisfy(v -> assertThat(v).contains("accessURL"));
  }

  @ParameterizedTest
  @EnumSource(RdfSyntax.class)
  void write_everySyntax_parsesBackToTheSameGraph(RdfSyntax syntax) {
    Dataset d = hvdVariant();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    exporter.write(d, syntax, out);

    Model back = ModelFactory.createDefaultModel();
    RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(syntax.lang()).parse(back);
    assertThat(back.isIsomorphicWith(exporter.toModel(d))).isTrue();
  }

  /** The HVD variant with many blank nodes: publisher, contact, phone, place, standard, free-text format and licence. */
  static Dataset manyBlankNodes() {
    return ImmutableDataset.builder().from(hvdVariant()).spatial("Exempelkommun").conformsTo("Egen standard")
        .addDistributions(ImmutableDistribution.builder().format("Excel-fil").licence("Egen licens")
            .accessUrl(java.net.URI.create("https://x.se/excel")).build(),
            ImmutableDistribution.builder().format("Annat format").accessUrl(java.net.URI.create("https://x.se/annat")).build())
        .build();
  }

  private static byte[] write(Dataset d, RdfSyntax syntax) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DcatExporter().write(d, syntax, out);
    return out.toByteArray();
  }

  @ParameterizedTest
  @EnumSource(RdfSyntax.class)
  void write_everySyntax_sameDatasetTwice_isByteIdentical(RdfSyntax syntax) {
    byte[] first = write(manyBlankNodes(), syntax);

    for (int i = 0; i < 5; i++) {
      assertThat(new String(write(manyBlankNodes(), syntax), StandardCharsets.UTF_8))
          .isEqualTo(new String(first, StandardCharsets.UTF_8));
    }
  }

  @Test
  void write_ntriples_isInOrder_withBlankNodesLabelledInTheOrderTheyAreMade() {
    String nt = new String(write(manyBlankNodes(), RdfSyntax.N_TRIPLES), StandardCharsets.UTF_8);

    // The dataset first, then its distributions and services, other resources, blank nodes.
    java.util.List<String> lines = nt.lines().collect(java.util.stream.Collectors.toList());
    String dataset = "<https://data.example.se/dataset/exempelkommun-parkering-01>";
    java.util.function.ToIntFunction<String> rank = l -> l.startsWith(dataset + " ") ? 0
        : l.startsWith(dataset.replace(">", "/")) ? 1 : l.startsWith("<") ? 2 : 3;
    assertThat(lines).hasSizeGreaterThan(50)
        .isSortedAccordingTo(java.util.Comparator.comparingInt(rank).thenComparing(java.util.Comparator.naturalOrder()));
    assertThat(rank.applyAsInt(lines.get(0))).isZero();
    java.util.List<String> blanks = java.util.regex.Pattern.compile("_:[A-Za-z0-9]+").matcher(nt).results()
        .map(java.util.regex.MatchResult::group).distinct().sorted().collect(java.util.stream.Collectors.toList());
    assertThat(blanks).hasSizeGreaterThanOrEqualTo(6).allMatch(b -> b.matches("_:Bb[0-9]+"));
  }

  @Test
  void write_linkThatIsNotAWebAddress_isRefused_andNothingIsWritten() {
    Dataset d = ImmutableDataset.builder().id("x").landingPage(java.net.URI.create("javascript:alert(1)")).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThatThrownBy(() -> exporter.write(d, RdfSyntax.TURTLE, out)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("landingPage: \"javascript:alert(1)\" is not an http or https address");
    assertThat(out.size()).isZero();
  }

  @Test
  void write_ftpDownload_isWritten_contactPageThatIsNoWebPage_isNot() {
    Dataset d = ImmutableDataset.builder().id("x")
        .contactPoint(se.odis.model.ImmutableContactPoint.builder().name("Anna").url("javascript:alert(1)").build())
        .addDistributions(ImmutableDistribution.builder().downloadUrl(java.net.URI.create("ftp://ftp.x.se/a.csv")).build())
        .build();

    String ttl = turtle(d);

    assertThat(ttl).contains("dcat:downloadURL  <ftp://ftp.x.se/a.csv>").doesNotContain("javascript");
  }

  @Test
  void write_turtle_usesDcatApSeVocabulary() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    exporter.write(hvdVariant(), RdfSyntax.TURTLE, out);

    String ttl = out.toString(StandardCharsets.UTF_8);
    assertThat(ttl).contains("<https://data.example.se/dataset/exempelkommun-parkering-01>")
        .contains("dcat:Dataset").contains("\"Parkeringsplatser\"@sv")
        .contains("<http://purl.org/adms/publishertype/LocalAuthority>")
        .contains("<http://publications.europa.eu/resource/authority/data-theme/TRAN>")
        .contains("<http://publications.europa.eu/resource/authority/file-type/CSV>")
        .contains("<https://www.iana.org/assignments/media-types/text/csv>")
        .contains("<http://publications.europa.eu/resource/authority/frequency/MONTHLY>")
        .contains("<http://publications.europa.eu/resource/authority/access-right/PUBLIC>")
        .contains("<http://creativecommons.org/publicdomain/zero/1.0/>")
        .contains("<http://data.europa.eu/bna/c_b79e35eb>")
        .contains("<http://data.europa.eu/eli/reg_impl/2023/138/oj>")
        .contains("<mailto:oppnadata@exempelkommun.se>")
        .contains("\"2025-01-10\"^^xsd:date")
        .contains("dcat:DataService");
  }

  @Test
  void export_personalDataAndProgress_areNotWritten() {
    String ttl = turtle(Fixtures.exampleDatasets().get(0));

    assertThat(ttl).doesNotContain("PSEUDONYMISATION").doesNotContain("Byggnadsnämnden").doesNotContain("B.3.2.2");
  }

  @Test
  void baseIri_isUsedForDatasetUriWithIdEncoded() {
    Dataset d = ImmutableDataset.builder().id("träd och parker").build();

    Model m = new DcatExporter("https://data.exempelkommun.se/dataset/").toModel(d);

    assertThat(m.containsResource(m.createResource("https://data.exempelkommun.se/dataset/tr%C3%A4d%20och%20parker"))).isTrue();
  }

  @Test
  void baseIri_notAbsolute_isRejected() {
    assertThatThrownBy(() -> new DcatExporter("dataset/")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void freeTextFormatAndPlaceName_areWrittenAsLabelledResources() {
    Dataset d = ImmutableDataset.builder().id("x").spatial("Exempelkommun")
        .addDistributions(ImmutableDistribution.builder().format("Excel-fil").accessUrl(java.net.URI.create("https://x.se/a")).build())
        .build();

    String ttl = turtle(d);

    assertThat(ttl).contains("\"Excel-fil\"").contains("dcterms:MediaTypeOrExtent").contains("\"Exempelkommun\"");
  }

  private String turtle(Dataset d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.write(d, RdfSyntax.TURTLE, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
