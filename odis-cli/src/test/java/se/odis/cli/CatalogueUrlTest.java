package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.cli.Cli.odis;
import static se.odis.cli.Fixtures.AS_OF;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.odis.cli.Cli.Result;
import se.odis.model.test.SharedData;

/**
 * {@code odis assess --from dcat|ckan URL}: catalogues read from a local server on 127.0.0.1 (the
 * JDK's own; the transport cases are tested in odis-dcat), and content sniffing of files and
 * standard input.
 */
class CatalogueUrlTest {
  @TempDir Path dir;

  private static HttpServer server;
  private static final Map<String, byte[]> BODIES = new ConcurrentHashMap<>();

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = BODIES.get(exchange.getRequestURI().toString());
      if (body == null) {
        exchange.sendResponseHeaders(404, -1);
      } else {
        exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
      exchange.close();
    });
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }


  @Test
  void dcatUrl_realCatalogue_isAssessedLikeTheFile() throws IOException {
    Path rdf = SharedData.realdata("catalogs/sgu-geological-survey-catalog.rdf");
    BODIES.put("/sgu", Files.readAllBytes(rdf));

    Result fromUrl = odis("assess", "-q", "--from", "dcat", "--format", "csv", "--as-of", AS_OF, url("/sgu"));
    Result fromFile = odis("assess", "-q", "--from", "dcat", "--format", "csv", "--as-of", AS_OF, rdf.toString());

    assertThat(fromUrl.exitCode()).isEqualTo(ExitCodes.BLOCKERS);
    assertThat(fromUrl.out().lines()).hasSize(10);
    assertThat(fromUrl.out()).isEqualTo(fromFile.out());
  }

  @Test
  void dcatUrl_sourceFileIsTheUrl() throws IOException {
    BODIES.put("/katalog.ttl", CatalogueTest.TURTLE.getBytes(StandardCharsets.UTF_8));

    Result r = odis("assess", "-q", "--from", "dcat", "--format", "json", "--as-of", AS_OF, url("/katalog.ttl"));

    JsonNode root = Fixtures.json(r.out());
    assertThat(root.get("assessments")).hasSize(2);
    assertThat(root.get("assessments").get(0).get("sourceFile").asText()).isEqualTo(url("/katalog.ttl"));
  }

  @Test
  void dcatUrl_notFound_isOneErrorLineWithTheUrlAndExit2() {
    Result r = odis("assess", "-q", "--from", "dcat", "--format", "json", url("/saknas.rdf"));

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).isEqualTo("odis: error: " + url("/saknas.rdf") + ": the server answered HTTP 404 (Not Found); "
        + "expected a URL where the server answers 200 with the catalogue" + System.lineSeparator());
    assertThat(Fixtures.json(r.out()).get("errors")).hasSize(1);
  }

  @Test
  void ckanUrl_portal_isReadThroughPackageSearch() {
    BODIES.put("/ckan/api/3/action/package_search?rows=100&start=0", ("{\"success\": true, \"result\": {\"count\": 1, "
        + "\"results\": [{\"name\": \"badplatser\", \"title\": \"Badplatser\", \"resources\": []}]}}").getBytes(StandardCharsets.UTF_8));

    Result r = odis("assess", "-q", "--from", "ckan", "--format", "csv", "--as-of", AS_OF, url("/ckan"));

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BLOCKERS);
    assertThat(r.out().lines()).hasSize(2).last().asString().startsWith("badplatser,Badplatser,");
  }

  @Test
  void url_withoutFrom_isABadInputAskingForFrom() {
    Result r = odis("assess", "-q", "--format", "csv", url("/katalog.ttl"));

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).startsWith("odis: error: " + url("/katalog.ttl") + ": a URL is read only as a catalogue; "
        + "expected --from dcat or --from ckan with a URL, or a file");
  }

  @Test
  void url_ofAnotherScheme_isABadInput() {
    Result r = odis("assess", "-q", "--from", "dcat", "--format", "csv", "ftp://127.0.0.1/katalog.rdf");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).startsWith("odis: error: ftp://127.0.0.1/katalog.rdf: a ftp: URL, which ODIS does not read");
  }

  @Test
  void url_withInputFormat_isAUsageError() {
    Result r = odis("assess", "--from", "dcat", "--input-format", "turtle", url("/katalog.ttl"));

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("--input-format applies to files and standard input");
  }

  @Test
  void dcatFile_withoutDatasets_isABadInputInTheJsonReportToo() {
    Path ckan = Fixtures.write(dir.resolve("paket.json"), "{\"name\": \"badplatser\", \"title\": \"Badplatser\"}");

    Result r = odis("assess", "-q", "--from", "dcat", "--format", "json", "--as-of", AS_OF, ckan.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    JsonNode root = Fixtures.json(r.out());
    assertThat(root.get("summary").get("badInputs").asInt()).isEqualTo(1);
    assertThat(root.get("errors")).singleElement().satisfies(e ->
        assertThat(e.toString()).contains("no dataset in it (read as JSON-LD)", "a catalogue with at least one dcat:Dataset"));
  }

  @Test
  void portfolioJson_listsEverySourceWithSyntaxDatasetsAndNotes() {
    Path misnamed = Fixtures.write(dir.resolve("katalog.rdf"), CatalogueTest.TURTLE);
    Path empty = Fixtures.write(dir.resolve("tom.ttl"), "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n");

    Result r = odis("assess", "-q", "--from", "dcat", "--format", "json", "--lang", "en", "--as-of", AS_OF,
        misnamed.toString(), empty.toString());

    JsonNode sources = Fixtures.json(r.out()).get("sources");
    assertThat(sources).hasSize(2);
    assertThat(sources.get(0).get("source").asText()).isEqualTo(misnamed.toString());
    assertThat(sources.get(0).get("syntax").asText()).isEqualTo("Turtle");
    assertThat(sources.get(0).get("datasets").asInt()).isEqualTo(2);
    assertThat(sources.get(0).get("notes")).singleElement().satisfies(n -> {
      assertThat(n.get("code").asText()).isEqualTo("SYNTAX_FROM_CONTENT");
      assertThat(n.get("message").asText()).startsWith("The file name suggests RDF/XML but the content is Turtle");
    });
    assertThat(sources.get(1).get("datasets").asInt()).isZero();
    assertThat(sources.get(1).get("notes")).extracting(n -> n.get("code").asText()).containsExactly("NO_DATASETS");
  }

  @Test
  void markdownAndHtml_listTheSourcesAndTheirNotes() {
    Path misnamed = Fixtures.write(dir.resolve("katalog.rdf"), CatalogueTest.TURTLE);

    Result md = odis("assess", "-q", "--from", "dcat", "--format", "markdown", "--lang", "en", "--as-of", AS_OF, misnamed.toString());
    Result html = odis("assess", "-q", "--from", "dcat", "--format", "html", "--lang", "en", "--as-of", AS_OF, misnamed.toString());

    assertThat(md.out()).contains("## Sources (1)", "read as Turtle; datasets: 2", "`SYNTAX_FROM_CONTENT`");
    assertThat(html.out()).contains("<section id=\"sources\">", "read as Turtle; datasets: 2", "<code>SYNTAX_FROM_CONTENT</code>");
  }

  @Test
  void dcatFile_turtleNamedTxt_isReadByItsContent() {
    Path file = Fixtures.write(dir.resolve("katalog.txt"), CatalogueTest.TURTLE);

    Result r = odis("assess", "-q", "--from", "dcat", "--format", "csv", "--as-of", AS_OF, file.toString());

    assertThat(r.out().lines()).hasSize(3);
  }

  @Test
  void dcatStdin_withoutInputFormat_isReadByItsContent() {
    Result r = Cli.odisWithStdin(CatalogueTest.TURTLE, "assess", "-q", "--from", "dcat", "--format", "csv", "--as-of", AS_OF, "-");

    assertThat(r.err()).isEmpty();
    assertThat(r.out().lines()).hasSize(3);
  }
}
