package se.odis.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.odis.model.Dataset;
import se.odis.model.DatasetReader;
import se.odis.report.DatasetReport;
import se.odis.report.Format;
import se.odis.report.Language;
import se.odis.report.ReportOptions;
import se.odis.report.Reports;

/**
 * POST /api/assess answers with the library's odis-assessment/1 bytes for the dataset alone,
 * however many requests come at once (the service assesses concurrent requests together) and
 * whatever other requests fail meanwhile.
 */
class AssessAnswerTest {
  @TempDir static Path tmp;
  static TestRecord t;

  @BeforeAll
  static void start() throws Exception {
    t = TestRecord.start(tmp, false);
  }

  @AfterAll
  static void stop() {
    t.close();
  }

  /** One request and the answer it must get. */
  private record Case(String path, String body, String expected) {}

  private static List<Case> cases() throws Exception {
    List<Case> cases = new ArrayList<>();
    List<Path> examples;
    try (Stream<Path> files = Files.list(TestRecord.EXAMPLES)) {
      examples = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(examples).hasSizeGreaterThanOrEqualTo(3);
    for (Path file : examples) {
      String body = Files.readString(file);
      Dataset d = DatasetReader.strict().read(file);
      for (Language lang : List.of(Language.SV, Language.EN)) {
        for (LocalDate day : List.of(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 11, 1), LocalDate.of(2027, 6, 30))) {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          Reports.writer(Format.JSON, ReportOptions.builder().language(lang).build())
              .write(DatasetReport.of(d, TestRecord.assessor().assess(d, day)), out);
          cases.add(new Case("/api/assess?lang=" + lang.tag() + "&asOf=" + day, body, out.toString(StandardCharsets.UTF_8)));
        }
      }
    }
    return cases;
  }

  @Test
  void oneAtATime_theLibrarysBytes() throws Exception {
    for (Case c : cases()) {
      HttpResponse<String> r = t.post(c.path(), c.body(), null);
      assertThat(r.statusCode()).as(c.path()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
      assertThat(r.body()).as(c.path()).isEqualTo(c.expected());
      // Sent in one piece with its length, not in chunks.
      assertThat(r.headers().firstValueAsLong("Content-Length")).as(c.path())
          .hasValue(c.expected().getBytes(StandardCharsets.UTF_8).length);
    }
  }

  @Test
  void gzipWhenAsked_theSameBytes() throws Exception {
    Case c = cases().get(0);
    HttpResponse<byte[]> r = t.http.send(t.request(c.path(), null).header("Content-Type", "application/json")
        .header("Accept-Encoding", "gzip").POST(java.net.http.HttpRequest.BodyPublishers.ofString(c.body())).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Encoding")).hasValue("gzip");
    try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(r.body()))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(c.expected());
    }
  }

  @Test
  void manyAtOnce_eachItsOwnAnswer_andABadRequestSpoilsNoOther() throws Exception {
    List<Case> cases = cases();
    ExecutorService pool = Executors.newFixedThreadPool(12);
    try {
      List<Future<List<String>>> clients = new ArrayList<>();
      for (int c = 0; c < 12; c++) {
        int client = c;
        clients.add(pool.submit(() -> {
          List<String> wrong = new ArrayList<>();
          List<Case> mine = new ArrayList<>(cases);
          Collections.rotate(mine, client * 5);
          for (int round = 0; round < 3; round++) {
            for (Case k : mine) {
              if (client % 4 == 0) {
                // Interleaved with the others: a body that is not a dataset, and one that is broken JSON.
                HttpResponse<String> bad = t.post("/api/assess", "{\"id\": \"x\", \"secrecy\": \"MAYBE\"}", null);
                if (bad.statusCode() != 400) wrong.add("bad dataset: " + bad.statusCode());
                HttpResponse<String> broken = t.post("/api/assess", "{\"id\": ", null);
                if (broken.statusCode() != 400) wrong.add("broken JSON: " + broken.statusCode());
              }
              HttpResponse<String> r = t.post(k.path(), k.body(), null);
              if (r.statusCode() != 200 || !r.body().equals(k.expected())) {
                wrong.add(k.path() + " " + k.body().length() + ": " + r.statusCode());
              }
            }
          }
          return wrong;
        }));
      }
      for (Future<List<String>> f : clients) assertThat(f.get(5, TimeUnit.MINUTES)).isEmpty();
    } finally {
      pool.shutdownNow();
    }
  }
}
