package se.odis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import se.odis.rules.Assessor;

/**
 * A service on 127.0.0.1 (any free port) over a temporary copy of the bundled examples, with an
 * editor and a reader, and an HTTP client that checks every JSON answer against openapi.json.
 */
final class TestRecord implements AutoCloseable {
  static final Path EXAMPLES = Path.of("..", "odis-examples", "datasets");
  static final String BLOCKED = "exempelkommun-bygglov-02";
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneId.of("Europe/Stockholm"));
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Assessor assessor;

  final Path dir;
  final OdisServer server;
  final String editor;
  final String reader;
  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private TestRecord(Path dir, OdisServer server, String editor, String reader) {
    this.dir = dir;
    this.server = server;
    this.editor = editor;
    this.reader = reader;
  }

  static synchronized Assessor assessor() {
    if (assessor == null) assessor = Assessor.create();
    return assessor;
  }

  /** A record with the examples, served with users (an editor and a reader) or read-only. */
  static TestRecord start(Path tmp, boolean withUsers) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("record"));
    try (var files = Files.list(EXAMPLES)) {
      for (Path p : (Iterable<Path>) files::iterator) Files.copy(p, dir.resolve(p.getFileName()));
    }
    String editor = null;
    String reader = null;
    OdisServer.Builder b = OdisServer.builder(dir).port(0).clock(CLOCK).assessor(assessor()).maxBody(64 * 1024);
    if (withUsers) {
      Path users = tmp.resolve("users.json");
      editor = Users.add(users, "Anna Andersson", Users.Role.EDITOR);
      reader = Users.add(users, "Rita Reader", Users.Role.READER);
      b.users(Users.read(users));
    }
    return new TestRecord(dir, b.start(), editor, reader);
  }

  String base() {
    return server.uri().replaceAll("/$", "");
  }

  HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path));
    if (token != null) b.header("Authorization", "Bearer " + token);
    return b;
  }

  HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
    return send(request(path, token).GET().build());
  }

  HttpResponse<String> send(HttpRequest r) throws IOException, InterruptedException {
    HttpResponse<String> res = http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    OpenApi.check(r.method(), r.uri().getPath(), res);
    return res;
  }

  HttpResponse<String> patch(String id, String etag, String body, String token) throws IOException, InterruptedException {
    HttpRequest.Builder b = request("/api/datasets/" + id, token)
        .method("PATCH", HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
    if (etag != null) b.header("If-Match", etag);
    return send(b.build());
  }

  HttpResponse<String> post(String path, String body, String token) throws IOException, InterruptedException {
    return send(request(path, token).POST(HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json").build());
  }

  static JsonNode json(HttpResponse<String> r) throws IOException {
    return JSON.readTree(r.body());
  }

  /** @return the problem document of an error answer, after checking its status and media type */
  static JsonNode problem(HttpResponse<String> r, int status) throws IOException {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode p = json(r);
    assertThat(p.get("status").asInt()).isEqualTo(status);
    return p;
  }

  String etag(String id) throws IOException, InterruptedException {
    return get("/api/datasets/" + id, editor).headers().firstValue("ETag").orElseThrow();
  }

  @Override
  public void close() {
    server.stop();
  }
}
