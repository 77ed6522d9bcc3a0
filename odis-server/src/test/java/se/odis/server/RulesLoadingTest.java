package se.odis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.odis.rules.Assessor;

/**
 * The service started while its rules are still loading (as {@code odis serve} starts it: the rules
 * load from the first instant of the process, beside Jetty): it answers its health at once, and an
 * assessment asked meanwhile waits for the rules and is then the same as a ready service's.
 */
class RulesLoadingTest {
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void health_answersBeforeTheRules_andAnAssessmentWaitsForThem_thenIsTheReadyServicesAnswer(@TempDir Path tmp)
      throws Exception {
    Path dir = record(tmp);
    CompletableFuture<Assessor> loading = new CompletableFuture<>();
    String body = Files.readString(TestRecord.EXAMPLES.resolve("blocked-personal-data.json"));
    String early;
    try (OdisServer loadingServer = OdisServer.builder(dir).port(0).clock(TestRecord.CLOCK).assessor(loading).start()) {
      HttpResponse<String> health = http.send(get(loadingServer, "/api/health"), HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(health.body()).get("status").asText())
          .isEqualTo("up");
      assertThat(loading).isNotDone();

      CompletableFuture<HttpResponse<String>> assessed = http.sendAsync(
          assess(loadingServer, body), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      // Not answered while there are no rules to answer with (neither 200 nor an error).
      assertThatThrownBy(() -> assessed.get(500, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);

      loading.complete(TestRecord.assessor());
      HttpResponse<String> r = assessed.get(60, TimeUnit.SECONDS);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      early = r.body();
    }
    try (OdisServer ready = OdisServer.builder(dir).port(0).clock(TestRecord.CLOCK).assessor(TestRecord.assessor()).start()) {
      HttpResponse<String> r = http.send(assess(ready, body), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(early).isEqualTo(r.body());
      assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(early).get("verdict").asText()).isEqualTo("BLOCKED");
    }
  }

  @Test
  void rulesThatFailToLoad_healthStaysUp_andAnAssessmentIsAnInternalError(@TempDir Path tmp) throws Exception {
    CompletableFuture<Assessor> loading = new CompletableFuture<>();
    try (OdisServer s = OdisServer.builder(record(tmp)).port(0).clock(TestRecord.CLOCK).assessor(loading).start()) {
      loading.completeExceptionally(new IllegalStateException("the rule set is broken"));
      assertThat(http.send(get(s, "/api/health"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
      String body = Files.readString(TestRecord.EXAMPLES.resolve("blocked-personal-data.json"));
      HttpResponse<String> r = http.send(assess(s, body), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(500);
      assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
  }

  @Test
  void jettyIsToldItsCacheLine_soThatItMakesNoMBeanServer(@TempDir Path tmp) throws Exception {
    try (OdisServer s = OdisServer.builder(record(tmp)).port(0).assessor(TestRecord.assessor()).start()) {
      // A value given to the JVM would be kept; none is given to the tests.
      assertThat(System.getProperty(OdisServer.JETTY_REFERENCES_PER_CACHE_LINE)).isEqualTo("16");
      assertThat(org.eclipse.jetty.util.MemoryUtils.getReferencesPerCacheLine()).isEqualTo(16);
    }
  }

  private static Path record(Path tmp) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("record"));
    try (var files = Files.list(TestRecord.EXAMPLES)) {
      for (Path p : (Iterable<Path>) files::iterator) Files.copy(p, dir.resolve(p.getFileName()));
    }
    return dir;
  }

  private static HttpRequest get(OdisServer s, String path) {
    return HttpRequest.newBuilder(URI.create(s.uri().replaceAll("/$", "") + path)).GET().build();
  }

  private static HttpRequest assess(OdisServer s, String body) {
    return HttpRequest.newBuilder(URI.create(s.uri().replaceAll("/$", "") + "/api/assess?lang=en&asOf=2026-11-01"))
        .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build();
  }
}
