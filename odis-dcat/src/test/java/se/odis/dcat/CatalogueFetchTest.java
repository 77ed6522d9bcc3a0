package se.odis.dcat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.odis.model.Dataset;
import se.odis.model.InvalidInputException;

/**
 * Catalogues read from their URLs, served by a local server on 127.0.0.1: the real catalogues of
 * ../shared/realdata whole, in Hydra pages and as CKAN search pages.
 */
class CatalogueFetchTest {
  private static WireMockServer server;

  @BeforeAll
  static void start() {
    server = LocalServer.start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @BeforeEach
  void reset() {
    server.resetAll();
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  private static List<Dataset> datasets(CatalogImport ci) {
    return ci.getDatasets().stream().map(ImportedDataset::getDataset).toList();
  }

  // ---- whole catalogues ----------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
      "catalogs/raa-ksamsok-soch-catalog.rdf, application/rdf+xml, 173",
      "catalogs/sgu-geological-survey-catalog.rdf, application/rdf+xml; charset=UTF-8, 9",
      "examples/digg-dcatapse-example-recommended.ttl, text/turtle, 1",
      "examples/hvd-3.0.0__example-ms_dataset_hvd_profile.jsonld, application/ld+json, 1",
      // a server that does not know RDF: the content decides
      "catalogs/sgu-geological-survey-catalog.rdf, text/plain, 9",
      "examples/digg-dcatapse-example-recommended.ttl, application/octet-stream, 1"})
  void fetch_realCatalogueServedWhole_readsWhatTheFileGives(String file, String contentType, int count) throws Exception {
    byte[] body = LocalServer.bytes(Fixtures.realdata(file));
    server.stubFor(get(urlEqualTo("/katalog")).willReturn(aResponse().withHeader("Content-Type", contentType).withBody(body)));

    CatalogImport fetched = DcatImporter.fetch(url("/katalog"), LocalServer.quick());

    assertThat(fetched.getSource()).isEqualTo(url("/katalog"));
    assertThat(fetched.getDatasets()).hasSize(count);
    assertThat(datasets(fetched)).isEqualTo(datasets(DcatImporter.read(Fixtures.realdata(file))));
    server.verify(getRequestedFor(urlEqualTo("/katalog"))
        .withHeader("Accept", containing("text/turtle"))
        .withHeader("Accept", containing("application/rdf+xml"))
        .withHeader("Accept", containing("application/ld+json"))
        .withHeader("Accept-Encoding", containing("gzip"))
        .withHeader("User-Agent", matching("ODIS/\\S+ .*")));
  }

  @Test
  void fetch_dataportalRecordAsRdfJson_readsTheDataset() throws Exception {
    server.stubFor(get(urlEqualTo("/store/6/metadata/41")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody(SyntaxSniffingTest.ENTRYSTORE_RECORD)));

    CatalogImport ci = DcatImporter.fetch(url("/store/6/metadata/41"), LocalServer.quick());

    assertThat(ci.getDatasets()).singleElement()
        .satisfies(d -> assertThat(d.getDataset().getTitle().get("sv")).isEqualTo("Parkeringsplatser"));
    assertThat(ci.getNotes()).isEmpty();
  }

  @Test
  void fetch_gzipCompressed_isDecompressed() throws Exception {
    byte[] body = LocalServer.bytes(Fixtures.realdata("catalogs/raa-ksamsok-soch-catalog.rdf"));
    server.stubFor(get(urlEqualTo("/soch.rdf")).willReturn(aResponse()
        .withHeader("Content-Type", "application/rdf+xml").withHeader("Content-Encoding", "gzip")
        .withBody(LocalServer.gzip(body))));

    assertThat(DcatImporter.fetch(url("/soch.rdf"), LocalServer.quick()).getDatasets()).hasSize(173);
  }

  @Test
  void fetch_turtleWhereTheServerSaysRdfXml_isReadAsTurtleWithNote() throws Exception {
    byte[] body = LocalServer.bytes(Fixtures.realdata("examples/digg-dcatapse-example-recommended.ttl"));
    server.stubFor(get(urlEqualTo("/k.rdf")).willReturn(aResponse().withHeader("Content-Type", "application/rdf+xml").withBody(body)));

    CatalogImport ci = DcatImporter.fetch(url("/k.rdf"), LocalServer.quick());

    assertThat(ci.getDatasets()).hasSize(1);
    assertThat(ci.getNotes()).singleElement().satisfies(n -> {
      assertThat(n.getCode()).isEqualTo(SourceNote.SYNTAX_FROM_CONTENT);
      assertThat(n.getMessage().get("en")).startsWith("The server's Content-Type (application/rdf+xml) suggests RDF/XML");
    });
  }

  @Test
  void fetch_brokenPage_saysWhichSyntaxWasTried() {
    server.stubFor(get(urlEqualTo("/k")).willReturn(aResponse().withHeader("Content-Type", "text/turtle")
        .withBody("@prefix dcat: <http://www.w3.org/ns/dcat#> .\n<http://x/d a dcat:Dataset .\n")));

    assertThatThrownBy(() -> DcatImporter.fetch(url("/k"), LocalServer.quick()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.getProblem().getSource()).isEqualTo(url("/k"));
          assertThat(e.getProblem().getLine()).isEqualTo(2);
          assertThat(e.getProblem().getProblem()).startsWith("malformed Turtle");
        });
  }

  @Test
  void fetch_htmlPageInsteadOfCatalogue_isAClearError() {
    server.stubFor(get(urlEqualTo("/oppna-data")).willReturn(aResponse().withHeader("Content-Type", "text/html; charset=utf-8")
        .withBody("<!DOCTYPE html>\n<html><head><title>Öppna data</title></head><body></body></html>")));

    assertThatThrownBy(() -> DcatImporter.fetch(url("/oppna-data"), LocalServer.quick()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getProblem().getProblem())
            .isEqualTo("the server answered with a web page (HTML, text/html; charset=utf-8), not a catalogue"));
  }

  // ---- Hydra paging --------------------------------------------------------------------------

  /** The RAÄ catalogue cut into pages of 60 datasets, each with what its datasets point to. */
  private static List<Model> raaPages() {
    Model whole = RDFDataMgr.loadModel(Fixtures.realdata("catalogs/raa-ksamsok-soch-catalog.rdf").toString());
    List<Resource> datasets = whole.listResourcesWithProperty(Vocab.TYPE, Vocab.DATASET).toList();
    datasets.sort(java.util.Comparator.comparing(r -> r.getProperty(Vocab.TITLE).getString()));
    List<Model> pages = new ArrayList<>();
    for (int from = 0; from < datasets.size(); from += 60) {
      Model page = ModelFactory.createDefaultModel();
      for (Resource d : datasets.subList(from, Math.min(datasets.size(), from + 60))) closure(d, page, new HashSet<>());
      pages.add(page);
    }
    return pages;
  }

  private static void closure(Resource r, Model into, Set<Resource> seen) {
    if (!seen.add(r)) return;
    for (Statement s : r.listProperties().toList()) {
      into.add(s);
      RDFNode o = s.getObject();
      if (o.isResource() && !s.getPredicate().equals(Vocab.TYPE)) closure(o.asResource(), into, seen);
    }
  }

  private static byte[] write(Model m, Lang lang) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, m, lang);
    return out.toByteArray();
  }

  /** Serves the pages at /dcat?page=N, each linking to the next in the given style. */
  private static void servePages(List<Model> pages, boolean legacy, String lastNext) {
    Lang[] langs = {Lang.TURTLE, Lang.RDFXML, Lang.JSONLD, Lang.NTRIPLES, Lang.RDFJSON};
    for (int i = 0; i < pages.size(); i++) {
      String self = url("/dcat?page=" + (i + 1));
      Model page = ModelFactory.createDefaultModel().add(pages.get(i));
      Resource view = page.createResource(self);
      String next = i + 1 < pages.size() ? url("/dcat?page=" + (i + 2)) : lastNext;
      if (legacy) {
        view.addProperty(Vocab.TYPE, page.createResource(HydraPaging.HYDRA + "PagedCollection"));
        if (next != null) view.addProperty(page.createProperty(HydraPaging.HYDRA, "nextPage"), page.createResource(next));
      } else {
        view.addProperty(Vocab.TYPE, page.createResource(HydraPaging.HYDRA + "PartialCollectionView"));
        if (next != null) view.addProperty(page.createProperty(HydraPaging.HYDRA, "next"), page.createResource(next));
      }
      Lang lang = langs[i % langs.length];
      server.stubFor(get(urlEqualTo("/dcat?page=" + (i + 1))).willReturn(aResponse()
          .withHeader("Content-Type", lang.getHeaderString()).withBody(write(page, lang))));
    }
  }

  @ParameterizedTest
  @CsvSource({"false", "true"})
  void fetch_hydraPagedCatalogue_mergesThePagesIntoTheWholeCatalogue(boolean legacy) throws Exception {
    List<Model> pages = raaPages();
    assertThat(pages).hasSize(3);
    servePages(pages, legacy, null);

    CatalogImport ci = DcatImporter.fetch(url("/dcat?page=1"), LocalServer.quick());

    assertThat(ci.getDatasets()).hasSize(173);
    assertThat(datasets(ci)).isEqualTo(datasets(DcatImporter.read(Fixtures.realdata("catalogs/raa-ksamsok-soch-catalog.rdf"))));
    assertThat(ci.getNotes()).extracting(SourceNote::getCode).containsExactly(SourceNote.PAGED);
    assertThat(ci.getSyntax()).isEqualTo("Turtle, RDF/XML, JSON-LD");
    for (int p = 1; p <= 3; p++) server.verify(1, getRequestedFor(urlEqualTo("/dcat?page=" + p)));
  }

  @Test
  void fetch_lastPageLeadsBackToTheFirst_stopsWithNoteAndEveryDataset() throws Exception {
    servePages(raaPages(), false, url("/dcat?page=1"));

    CatalogImport ci = DcatImporter.fetch(url("/dcat?page=1"), LocalServer.quick());

    assertThat(ci.getDatasets()).hasSize(173);
    assertThat(ci.getNotes()).extracting(SourceNote::getCode).containsExactly(SourceNote.PAGING_LOOP, SourceNote.PAGED);
    server.verify(1, getRequestedFor(urlEqualTo("/dcat?page=1")));
  }

  @Test
  void fetch_morePagesThanTheLimit_isAnErrorNotHalfACatalogue() {
    servePages(raaPages(), false, null);

    assertThatThrownBy(() -> DcatImporter.fetch(url("/dcat?page=1"), LocalServer.quick().withMaxPages(2)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getProblem().getProblem())
            .startsWith("the catalogue has more than 2 pages (the next is " + url("/dcat?page=3") + ")"));
  }

  @Test
  void fetch_nextPageOnAnotherScheme_isNotFollowed() {
    servePages(raaPages().subList(0, 1), false, "file:///etc/passwd");

    assertThatThrownBy(() -> DcatImporter.fetch(url("/dcat?page=1"), LocalServer.quick()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getProblem().getProblem())
            .isEqualTo("the next page is file:///etc/passwd, which ODIS does not follow (only http and https)"));
  }

  // ---- CKAN ----------------------------------------------------------------------------------

  /** The real CKAN packages of ../shared/realdata: the ckanext-dcat legacy one, its trimmed one, and the two of oppnadata.se. */
  private static List<String> realPackages() {
    List<String> out = new ArrayList<>();
    out.add(Fixtures.read(Fixtures.realdata("ckan/ckanext-dcat__full_ckan_dataset_legacy.json")));
    out.add(Fixtures.read(Fixtures.realdata("ckan/ckanext-dcat__ckan_dataset.json")));
    out.addAll(Fixtures.softhousePackages());
    return out;
  }

  private static String searchAnswer(long count, List<String> packages) {
    return "{\"help\": \"package_search\", \"success\": true, \"result\": {\"count\": " + count
        + ", \"sort\": \"score desc\", \"results\": [" + String.join(",\n", packages) + "]}}";
  }

  private static void serveSearch(String rowsAndStart, String body) {
    server.stubFor(get(urlEqualTo("/api/3/action/package_search?" + rowsAndStart))
        .willReturn(aResponse().withHeader("Content-Type", "application/json;charset=utf-8").withBody(body)));
  }

  @Test
  void fetchCkan_portalUrl_pagesThroughPackageSearchUntilCount() throws Exception {
    List<String> packages = realPackages();
    serveSearch("rows=2&start=0", searchAnswer(4, packages.subList(0, 2)));
    serveSearch("rows=2&start=2", searchAnswer(4, packages.subList(2, 4)));

    CatalogImport ci = CkanImporter.fetch(url("/"), LocalServer.quick().withCkanRows(2));

    assertThat(ci.getDatasets()).extracting(d -> d.getDataset().getId()).containsExactly(
        "zimbabwe-regional-geochemical-survey", "2988a6aa-2802-4f32-b846-d4520c79c4b7",
        "warwickshire-public-weighbridges", "yago");
    assertThat(ci.getDatasets().get(2).getSourceUri()).isEqualTo(url("/api/3/action/package_search?rows=2&start=2") + "#/result/results/0");
    assertThat(ci.countNotesByCode()).containsEntry(SourceNote.PAGED, 1);
    assertThat(ci.getSyntax()).isEqualTo("CKAN JSON");
    server.verify(2, getRequestedFor(urlPathEqualTo("/api/3/action/package_search")));
  }

  @Test
  void fetchCkan_searchUrlWithQuery_keepsTheQueryAndPages() throws Exception {
    List<String> packages = realPackages();
    server.stubFor(get(urlEqualTo("/ckan/api/3/action/package_search?q=geo&rows=3&start=0"))
        .willReturn(aResponse().withBody(searchAnswer(4, packages.subList(0, 3)))));
    server.stubFor(get(urlEqualTo("/ckan/api/3/action/package_search?q=geo&rows=3&start=3"))
        .willReturn(aResponse().withBody(searchAnswer(4, packages.subList(3, 4)))));

    CatalogImport ci = CkanImporter.fetch(url("/ckan/api/3/action/package_search?q=geo"), LocalServer.quick().withCkanRows(3));

    assertThat(ci.getDatasets()).hasSize(4);
  }

  @Test
  void fetchCkan_packageShowUrl_readsTheOnePackage() throws Exception {
    server.stubFor(get(urlEqualTo("/api/3/action/package_show?id=zimbabwe")).willReturn(aResponse().withBody(
        "{\"success\": true, \"result\": " + realPackages().get(0) + "}")));

    CatalogImport ci = CkanImporter.fetch(url("/api/3/action/package_show?id=zimbabwe"), LocalServer.quick());

    assertThat(ci.getDatasets()).singleElement()
        .satisfies(d -> assertThat(d.getDataset().getId()).isEqualTo("zimbabwe-regional-geochemical-survey"));
  }

  @Test
  void fetchCkan_packageAddedWhileReading_isKeptOnceWithNote() throws Exception {
    List<String> packages = realPackages();
    serveSearch("rows=2&start=0", searchAnswer(4, packages.subList(0, 2)));
    // one package was added at the front meanwhile: the second page repeats the second package
    serveSearch("rows=2&start=2", searchAnswer(5, List.of(packages.get(1), packages.get(2))));
    serveSearch("rows=2&start=4", searchAnswer(5, List.of(packages.get(3))));

    CatalogImport ci = CkanImporter.fetch(url(""), LocalServer.quick().withCkanRows(2));

    assertThat(ci.getDatasets()).hasSize(4);
    assertThat(ci.countNotesByCode()).containsEntry(SourceNote.DUPLICATE_PACKAGE, 1);
  }

  @Test
  void fetchCkan_apiErrorAnswer_isBadInput() {
    server.stubFor(get(urlPathEqualTo("/api/3/action/package_search")).willReturn(aResponse().withBody(
        "{\"success\": false, \"error\": {\"message\": \"Access denied\", \"__type\": \"Authorization Error\"}}")));

    assertThatThrownBy(() -> CkanImporter.fetch(url("/"), LocalServer.quick()))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.getProblem().getProblem()).isEqualTo("the CKAN API answered with an error: Access denied"));
  }

  @Test
  void fetchCkan_emptyPortal_hasNoDatasetsNote() throws Exception {
    serveSearch("rows=100&start=0", searchAnswer(0, List.of()));

    CatalogImport ci = CkanImporter.fetch(url("/"), LocalServer.quick());

    assertThat(ci.getDatasets()).isEmpty();
    assertThat(ci.getNotes()).extracting(SourceNote::getCode).containsExactly(SourceNote.NO_DATASETS);
  }

  // ---- failures ------------------------------------------------------------------------------

  @Test
  void fetch_serverErrorsThenSuccess_retriesAndReads() throws Exception {
    byte[] body = LocalServer.bytes(Fixtures.realdata("catalogs/sgu-geological-survey-catalog.rdf"));
    server.stubFor(get(urlEqualTo("/sgu.rdf")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(500)).willSetStateTo("second"));
    server.stubFor(get(urlEqualTo("/sgu.rdf")).inScenario("flaky").whenScenarioStateIs("second")
        .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "0")).willSetStateTo("third"));
    server.stubFor(get(urlEqualTo("/sgu.rdf")).inScenario("flaky").whenScenarioStateIs("third")
        .willReturn(aResponse().withStatus(429)).willSetStateTo("fine"));
    server.stubFor(get(urlEqualTo("/sgu.rdf")).inScenario("flaky").whenScenarioStateIs("fine")
        .willReturn(aResponse().withBody(body)));

    assertThat(DcatImporter.fetch(url("/sgu.rdf"), LocalServer.quick()).getDatasets()).hasSize(9);
    server.verify(4, getRequestedFor(urlEqualTo("/sgu.rdf")));
  }

  @Test
  void fetch_serverErrorsBeyondTheRetries_isTheLastStatus() {
    server.stubFor(get(urlEqualTo("/k")).willReturn(aResponse().withStatus(502)));

    assertThatThrownBy(() -> DcatImporter.fetch(url("/k"), LocalServer.quick().withRetries(2)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.getProblem().toString()).isEqualTo(url("/k") + ": the server answered HTTP 502 (Bad Gateway); "
              + "expected a URL where the server answers 200 with the catalogue");
        });
    server.verify(3, getRequestedFor(urlEqualTo("/k")));
  }

  @Test
  void fetch_notFound_isOneLineWithTheUrlAndStatus() {
    server.stubFor(get(urlEqualTo("/saknas.ttl")).willReturn(aResponse().withStatus(404)));

    assertThatThrownBy(() -> DcatImporter.fetch(url("/saknas.ttl"), LocalServer.quick()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.getProblem().getProblem()).isEqualTo("the server answered HTTP 404 (Not Found)");
          assertThat(e.getMessage()).doesNotContain("\n");
        });
    server.verify(1, getRequestedFor(urlEqualTo("/saknas.ttl")));
  }

  @Test
  void fetch_slowAnswer_timesOut() {
    server.stubFor(get(urlEqualTo("/slow")).willReturn(aResponse().withFixedDelay(3000).withBody("")));

    long start = System.nanoTime();
    assertThatThrownBy(() -> DcatImporter.fetch(url("/slow"), LocalServer.quick().withReadTimeout(java.time.Duration.ofMillis(400))))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.getProblem().getProblem()).isEqualTo("no answer within 400 ms"));
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2500);
  }

  @Test
  void fetch_bodyDribbledSlowly_timesOutOnTheWholeAnswer() {
    server.stubFor(get(urlEqualTo("/dribble")).willReturn(aResponse()
        .withBody(LocalServer.bytes(Fixtures.realdata("catalogs/sgu-geological-survey-catalog.rdf")))
        .withChunkedDribbleDelay(20, 3000)));

    long start = System.nanoTime();
    assertThatThrownBy(() -> DcatImporter.fetch(url("/dribble"), LocalServer.quick().withReadTimeout(java.time.Duration.ofMillis(500))))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.getProblem().getProblem()).startsWith("no ").contains("answer within 500 ms"));
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2900);
  }

  @Test
  void fetch_redirectLoop_isNamed() {
    server.stubFor(get(urlEqualTo("/a")).willReturn(aResponse().withStatus(302).withHeader("Location", "/b")));
    server.stubFor(get(urlEqualTo("/b")).willReturn(aResponse().withStatus(301).withHeader("Location", url("/a"))));

    assertThatThrownBy(() -> DcatImporter.fetch(url("/a"), LocalServer.quick()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getProblem().getProblem())
            .isEqualTo("the redirects go round in a loop: " + url("/a") + " → " + url("/b") + " → " + url("/a")));
  }

  @Test
  void fetch_redirectToFile_isNotFollowed() {
    server.stubFor(get(urlEqualTo("/k")).willReturn(aResponse().withStatus(302).withHeader("Location", "file:///etc/passwd")));

    assertThatThrownBy(() -> DcatImporter.fetch(url("/k"), LocalServer.quick()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getProblem().getProblem())
            .isEqualTo("the server redirects to file:///etc/passwd, which ODIS does not follow (only http and https)"));
  }

  @Test
  void fetch_redirectsWithinHttp_areFollowed() throws Exception {
    byte[] body = LocalServer.bytes(Fixtures.realdata("examples/digg-dcatapse-example-mandatory.rdf"));
    server.stubFor(get(urlEqualTo("/gammal")).willReturn(aResponse().withStatus(301).withHeader("Location", "/ny")));
    server.stubFor(get(urlEqualTo("/ny")).willReturn(aResponse().withStatus(303).withHeader("Location", "katalog.rdf")));
    server.stubFor(get(urlEqualTo("/katalog.rdf")).willReturn(aResponse().withBody(body)));

    assertThat(DcatImporter.fetch(url("/gammal"), LocalServer.quick()).getDatasets()).hasSize(1);
  }

  @Test
  void fetch_tooManyRedirects_isAnError() {
    for (int i = 0; i < 4; i++) {
      server.stubFor(get(urlEqualTo("/r" + i)).willReturn(aResponse().withStatus(307).withHeader("Location", "/r" + (i + 1))));
    }

    assertThatThrownBy(() -> DcatImporter.fetch(url("/r0"), LocalServer.quick().withMaxRedirects(2)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getProblem().getProblem())
            .startsWith("more than 2 redirects"));
  }

  @ParameterizedTest
  @CsvSource({"true", "false"})
  void fetch_bodyOverTheLimit_isRefused(boolean chunked) {
    byte[] body = LocalServer.bytes(Fixtures.realdata("catalogs/raa-ksamsok-soch-catalog.rdf"));
    var response = aResponse().withBody(body);
    if (chunked) response = response.withChunkedDribbleDelay(50, 100);
    server.stubFor(get(urlEqualTo("/stor.rdf")).willReturn(response));

    assertThatThrownBy(() -> DcatImporter.fetch(url("/stor.rdf"), LocalServer.quick().withMaxBytes(100_000)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getProblem().getProblem())
            .isEqualTo("the catalogue is larger than 100000 bytes, the most ODIS reads"));
  }

  @Test
  void fetch_gzipThatUnpacksOverTheLimit_isRefused() {
    byte[] zeros = new byte[5_000_000];
    server.stubFor(get(urlEqualTo("/bomb")).willReturn(aResponse().withHeader("Content-Encoding", "gzip")
        .withBody(LocalServer.gzip(zeros))));

    assertThatThrownBy(() -> DcatImporter.fetch(url("/bomb"), LocalServer.quick().withMaxBytes(1_000_000)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getProblem().getProblem())
            .isEqualTo("the catalogue is larger than 1000000 bytes, the most ODIS reads"));
  }

  @Test
  void fetch_nothingListening_cannotConnect() throws Exception {
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port + "/katalog.ttl";

    assertThatThrownBy(() -> DcatImporter.fetch(url, LocalServer.quick()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.getProblem().getSource()).isEqualTo(url);
          assertThat(e.getProblem().getProblem()).startsWith("cannot connect to 127.0.0.1:" + port);
        });
  }

  @Test
  void fetch_untrustedCertificate_isATlsError() {
    String url = "https://127.0.0.1:" + server.httpsPort() + "/katalog.ttl";

    assertThatThrownBy(() -> DcatImporter.fetch(url, LocalServer.quick()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getProblem().getProblem())
            .startsWith("the secure connection (TLS) to 127.0.0.1 failed: "));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "file:///etc/passwd| a file: URL, which ODIS does not read",
      "ftp://example.org/katalog.rdf| a ftp: URL, which ODIS does not read",
      "katalog.rdf| not a URL",
      "http:///katalog.rdf| the URL names no host",
      "http://exa mple.org/| not a valid URL: Illegal character in authority"})
  void fetch_notAnHttpUrl_isRefusedBeforeAnyRequest(String url, String problem) {
    assertThatThrownBy(() -> DcatImporter.fetch(url, LocalServer.quick()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.getProblem().getSource()).isEqualTo(url);
          assertThat(e.getProblem().getProblem()).isEqualTo(problem);
        });
    server.verify(0, WireMock.anyRequestedFor(WireMock.anyUrl()));
  }

  @Test
  void http_retryAfter_isHonouredAndTooLongIsNotWaited() throws Exception {
    server.stubFor(get(urlEqualTo("/busy")).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "7")).willSetStateTo("ok"));
    server.stubFor(get(urlEqualTo("/busy")).inScenario("busy").whenScenarioStateIs("ok")
        .willReturn(aResponse().withBody("ok")));
    List<java.time.Duration> waits = new ArrayList<>();
    Http http = new Http(LocalServer.quick().withMaxRetryWait(java.time.Duration.ofSeconds(10)), "busy", waits::add);

    assertThat(new String(http.get(java.net.URI.create(url("/busy")), "*/*").body, StandardCharsets.UTF_8)).isEqualTo("ok");
    assertThat(waits).containsExactly(java.time.Duration.ofSeconds(7));

    server.stubFor(get(urlEqualTo("/later")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));
    assertThatThrownBy(() -> http.get(java.net.URI.create(url("/later")), "*/*"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getProblem().getProblem()).startsWith(
            "the server answered HTTP 429 (Too Many Requests) and asks to wait 3600 s before trying again"));
  }

  @Test
  void http_backoffDoublesWithoutRetryAfter() throws Exception {
    server.stubFor(get(urlEqualTo("/down")).willReturn(aResponse().withStatus(500)));
    List<java.time.Duration> waits = new ArrayList<>();
    Http http = new Http(LocalServer.quick().withBackoff(java.time.Duration.ofMillis(100)), "down", waits::add);

    assertThatThrownBy(() -> http.get(java.net.URI.create(url("/down")), "*/*")).isInstanceOf(InvalidInputException.class);
    assertThat(waits).containsExactly(java.time.Duration.ofMillis(100), java.time.Duration.ofMillis(200), java.time.Duration.ofMillis(400));
  }
}
