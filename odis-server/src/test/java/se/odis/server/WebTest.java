package se.odis.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.odis.model.TaskStatus;
import se.odis.record.RecordFile;

/**
 * The web page over plain HTTP, as a browser without JavaScript uses it: sign-in with a session
 * cookie, forms with CSRF tokens and ETags, post-then-redirect. The browser tests drive the same
 * page in Chromium.
 */
class WebTest {
  @TempDir static Path tmp;
  static TestRecord t;
  private static final Pattern HIDDEN = Pattern.compile("name=\"(csrf|etag)\" value=\"([^\"]*)\"");

  @BeforeAll
  static void start() throws Exception {
    t = TestRecord.start(tmp, true);
  }

  @AfterAll
  static void stop() {
    t.close();
  }

  /** A browser without JavaScript: a client that keeps the session cookie and does not follow redirects. */
  static final class Browser {
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    String cookie;
    String setCookie;

    HttpResponse<String> get(String path) throws Exception {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(t.base() + path));
      if (cookie != null) b.header("Cookie", cookie);
      return keep(http.send(b.build(), HttpResponse.BodyHandlers.ofString()));
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
      String body = form.entrySet().stream()
          .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
          .collect(Collectors.joining("&"));
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(t.base() + path))
          .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
      if (cookie != null) b.header("Cookie", cookie);
      return keep(http.send(b.build(), HttpResponse.BodyHandlers.ofString()));
    }

    private HttpResponse<String> keep(HttpResponse<String> r) {
      r.headers().firstValue("Set-Cookie").ifPresent(c -> {
        setCookie = c;
        cookie = c.split(";", 2)[0];
      });
      return r;
    }

    void signIn(String token) throws Exception {
      HttpResponse<String> page = get("/sign-in");
      assertThat(page.statusCode()).isEqualTo(200);
      HttpResponse<String> r = post("/sign-in", Map.of("csrf", hidden(page.body(), "csrf"), "token", token, "next", "/"));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    }
  }

  static String hidden(String html, String name) {
    Matcher m = HIDDEN.matcher(html);
    while (m.find()) if (m.group(1).equals(name)) return m.group(2).replace("&#34;", "\"");
    throw new AssertionError("no " + name + " in the page");
  }

  @Test
  void withUsers_everyPageNeedsSignIn() throws Exception {
    Browser b = new Browser();
    HttpResponse<String> r = b.get("/datasets/" + TestRecord.BLOCKED);
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location").orElseThrow()).startsWith("/sign-in");
  }

  @Test
  void signIn_setsAnHttpOnlySameSiteStrictCookie_andABadTokenIsRefused() throws Exception {
    Browser b = new Browser();
    HttpResponse<String> page = b.get("/sign-in");
    String csrf = hidden(page.body(), "csrf");
    HttpResponse<String> bad = b.post("/sign-in", Map.of("csrf", csrf, "token", "odis_nope", "next", "/"));
    assertThat(bad.statusCode()).isEqualTo(401);
    assertThat(bad.body()).contains("role=\"alert\"");
    HttpResponse<String> noCsrf = b.post("/sign-in", Map.of("token", t.editor, "next", "/"));
    assertThat(noCsrf.statusCode()).isEqualTo(403);
    String before = b.cookie;
    HttpResponse<String> ok = b.post("/sign-in", Map.of("csrf", csrf, "token", t.editor, "next", "//evil.example/"));
    assertThat(ok.statusCode()).isEqualTo(303);
    assertThat(ok.headers().firstValue("Location").orElseThrow()).startsWith("/?");
    assertThat(b.setCookie).contains("HttpOnly").contains("SameSite=Strict").doesNotContain("Secure");
    assertThat(b.cookie).as("a new session on sign-in").isNotEqualTo(before);
    HttpResponse<String> portfolio = b.get("/");
    assertThat(portfolio.statusCode()).isEqualTo(200);
    assertThat(portfolio.body()).contains("Bygglovsansökningar").contains("Anna Andersson");
    assertThat(portfolio.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'").doesNotContain("unsafe");
  }

  @Test
  void afterSigningIn_onlyAPathOfThisSite_isWhereTheBrowserGoes() throws Exception {
    for (String next : java.util.List.of("//evil.example/", "/\\evil.example", "/\t/evil.example", "/\n/evil.example",
        "/ /evil.example", "https://evil.example/", "evil.example", "")) {
      Browser b = new Browser();
      String csrf = hidden(b.get("/sign-in").body(), "csrf");
      HttpResponse<String> r = b.post("/sign-in", Map.of("csrf", csrf, "token", t.editor, "next", next));
      assertThat(r.statusCode()).as(next).isEqualTo(303);
      assertThat(r.headers().firstValue("Location").orElseThrow()).as(next).isEqualTo("/?lang=sv");
    }
    Browser b = new Browser();
    String csrf = hidden(b.get("/sign-in").body(), "csrf");
    HttpResponse<String> r = b.post("/sign-in", Map.of("csrf", csrf, "token", t.editor, "next", "/datasets/" + TestRecord.BLOCKED));
    assertThat(r.headers().firstValue("Location").orElseThrow()).isEqualTo("/datasets/" + TestRecord.BLOCKED + "?lang=sv");
  }

  @Test
  void behindATlsProxy_theSessionCookieIsSecure() throws Exception {
    Browser b = new Browser();
    String csrf = hidden(b.get("/sign-in").body(), "csrf");
    HttpRequest signIn = HttpRequest.newBuilder(URI.create(t.base() + "/sign-in"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", b.cookie)
        .header("X-Forwarded-Proto", "https")
        .POST(HttpRequest.BodyPublishers.ofString("csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)
            + "&token=" + URLEncoder.encode(t.editor, StandardCharsets.UTF_8) + "&next=%2F")).build();
    HttpResponse<String> r = b.http.send(signIn, HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    assertThat(r.headers().firstValue("Set-Cookie").orElseThrow())
        .contains("HttpOnly").contains("SameSite=Strict").contains("; Secure");
  }

  @Test
  void anEditorRecordsATask_withoutJavaScript_postThenRedirect_andTheFileIsWhatOdisProgressWrites() throws Exception {
    Browser b = new Browser();
    b.signIn(t.editor);
    Path f = t.dir.resolve("phase-a-identify.json");
    String id = RecordFile.read(f).dataset().getId();
    String expected = RecordFile.read(f).progress("A.1.2.1", TaskStatus.DONE, TestRecord.CLOCK.instant()
        .atZone(TestRecord.CLOCK.getZone()).toLocalDate(), "Kommunstyrelsen", "KS 2026/7").text();
    HttpResponse<String> page = b.get("/datasets/" + id);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("csrf", hidden(page.body(), "csrf"));
    form.put("etag", hidden(page.body(), "etag"));
    form.put("status", "DONE");
    form.put("date", "");
    form.put("by", "Kommunstyrelsen");
    form.put("note", "KS 2026/7");
    HttpResponse<String> r = b.post("/datasets/" + id + "/tasks/A.1.2.1", form);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location").orElseThrow()).contains("saved=1").endsWith("#task-A.1.2.1");
    assertThat(Files.readString(f)).isEqualTo(expected);
    assertThat(Files.readString(t.dir.resolve(Audit.FILE))).contains("\"via\":\"web\"").contains("A.1.2.1");
    HttpResponse<String> after = b.get("/datasets/" + id + "?saved=1");
    assertThat(after.body()).contains("Sparat").contains("value=\"Kommunstyrelsen\"");

    // The same form again, with the ETag it had: someone changed the file since.
    HttpResponse<String> stale = b.post("/datasets/" + id + "/tasks/A.1.2.1", form);
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(stale.body()).contains("har ändrats av någon annan");
    // A bad value gets the reader's message, and nothing is written.
    String now = Files.readString(f);
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("csrf", hidden(after.body(), "csrf"));
    facts.put("etag", hidden(after.body(), "etag"));
    facts.put("secrecy", "MAYBE");
    HttpResponse<String> bad = b.post("/datasets/" + id + "/facts", facts);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("role=\"alert\"").contains("/secrecy").contains("MAYBE");
    assertThat(Files.readString(f)).isEqualTo(now);
    // A date typed by hand that is no date: the dataset's page again, its forms and the message.
    Map<String, String> badDate = new LinkedHashMap<>();
    badDate.put("csrf", hidden(after.body(), "csrf"));
    badDate.put("etag", hidden(after.body(), "etag"));
    badDate.put("status", "DONE");
    badDate.put("date", "2026-02-30");
    HttpResponse<String> noDate = b.post("/datasets/" + id + "/tasks/A.1.2.1", badDate);
    assertThat(noDate.statusCode()).isEqualTo(400);
    assertThat(noDate.body()).contains("role=\"alert\"").contains("2026-02-30").contains("data-odis-form");
    assertThat(Files.readString(f)).isEqualTo(now);
  }

  @Test
  void formsWithoutTheSessionsCsrfToken_orWithUnknownFields_areRefused() throws Exception {
    Browser b = new Browser();
    b.signIn(t.editor);
    String id = TestRecord.BLOCKED;
    HttpResponse<String> page = b.get("/datasets/" + id);
    String etag = hidden(page.body(), "etag");
    assertThat(b.post("/datasets/" + id + "/tasks/A.1.1.1", Map.of("csrf", "forged", "etag", etag, "status", "DONE")).statusCode()).isEqualTo(403);
    assertThat(b.post("/datasets/" + id + "/tasks/A.1.1.1",
        Map.of("csrf", hidden(page.body(), "csrf"), "etag", etag, "status", "DONE", "statuss", "x")).statusCode()).isEqualTo(400);
    Browser other = new Browser();
    other.signIn(t.editor);
    assertThat(other.post("/datasets/" + id + "/tasks/A.1.1.1",
        Map.of("csrf", hidden(page.body(), "csrf"), "etag", etag, "status", "DONE")).statusCode())
        .as("another session's token").isEqualTo(403);
    assertThat(b.post("/datasets/" + id + "/facts", Map.of("csrf", hidden(page.body(), "csrf"), "etag", etag,
        "licence", "x".repeat(70 * 1024))).statusCode()).isEqualTo(413);
  }

  @Test
  void thePagesLinks_toTheReportAndTheWorkbook_workWhenSignedIn_butTheSessionCannotWriteThroughTheApi() throws Exception {
    Browser b = new Browser();
    b.signIn(t.reader);
    HttpResponse<String> page = b.get("/datasets/" + TestRecord.BLOCKED);
    Matcher links = Pattern.compile("href=\"(/api/[^\"]+)\"").matcher(page.body());
    int n = 0;
    while (links.find()) {
      String href = links.group(1).replace("&amp;", "&");
      HttpResponse<String> r = b.get(href);
      assertThat(r.statusCode()).as(href).isEqualTo(200);
      n++;
    }
    assertThat(n).as("links to the report and the workbook").isEqualTo(2);
    HttpResponse<String> noSession = new Browser().get("/api/datasets/" + TestRecord.BLOCKED + "/report");
    assertThat(noSession.statusCode()).isEqualTo(401);

    Browser editor = new Browser();
    editor.signIn(t.editor);
    HttpRequest patch = HttpRequest.newBuilder(URI.create(t.base() + "/api/datasets/" + TestRecord.BLOCKED))
        .header("Cookie", editor.cookie).header("Content-Type", "application/json").header("If-Match", t.etag(TestRecord.BLOCKED))
        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"set\": {\"secrecy\": \"FULL\"}}")).build();
    assertThat(editor.http.send(patch, HttpResponse.BodyHandlers.ofString()).statusCode()).as("a write with the cookie alone").isEqualTo(401);
  }

  @Test
  void aReader_seesTheChecklist_butNoForm_andCannotPost() throws Exception {
    Browser b = new Browser();
    b.signIn(t.reader);
    HttpResponse<String> page = b.get("/datasets/" + TestRecord.BLOCKED);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("B.2.2.1").doesNotContain("data-odis-form");
    String csrf = hidden(page.body(), "csrf");
    HttpResponse<String> r = b.post("/datasets/" + TestRecord.BLOCKED + "/tasks/A.1.1.1",
        Map.of("csrf", csrf, "etag", "\"x\"", "status", "DONE"));
    assertThat(r.statusCode()).isEqualTo(403);
  }

  @Test
  void readOnlyService_showsThePages_withoutSignIn_orForms() throws Exception {
    try (TestRecord ro = TestRecord.start(tmp.resolve("ro"), false)) {
      HttpResponse<String> r = ro.http.send(HttpRequest.newBuilder(URI.create(ro.base() + "/datasets/" + TestRecord.BLOCKED + "?lang=en")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains("lang=\"en\"").contains("Building permit applications").doesNotContain("data-odis-form");
      HttpResponse<String> missing = ro.http.send(HttpRequest.newBuilder(URI.create(ro.base() + "/datasets/nope")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(missing.statusCode()).isEqualTo(404);
      assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    }
  }

  @Test
  void aGatesDecision_datedAfterToday_isNotShownAsDecided_asNoReportShowsIt() throws Exception {
    // The service's day is 2026-11-20 (TestRecord.CLOCK); the go-ahead is recorded done on 2026-11-25.
    try (TestRecord ro = TestRecord.start(tmp.resolve("later"), false)) {
      Path file = ro.dir.resolve("ready-to-publish.json");
      String go = "\"A.3.3.1\": {\n      \"status\": \"DONE\",\n      \"date\": \"";
      String text = Files.readString(file);
      assertThat(text).contains(go + "2026-03-01\"");
      Files.writeString(file, text.replace(go + "2026-03-01\"", go + "2026-11-25\""));
      assertThat(gateDecided(ro, "A.3.3.1")).isEmpty();
      // The same decision dated before the day is shown, with who took it.
      Files.writeString(file, text.replace(go + "2026-03-01\"", go + "2026-11-19\""));
      assertThat(gateDecided(ro, "A.3.3.1")).isEqualTo("2026-11-19 · Anna Andersson, öppna data-samordnare");
    }
  }

  /** @return the text of the "decided" cell of a gate's row on the dataset's page */
  private static String gateDecided(TestRecord r, String task) throws Exception {
    HttpResponse<String> page = r.http.send(HttpRequest.newBuilder(URI.create(r.base() + "/datasets/exempelkommun-parkering-01")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    Matcher m = Pattern.compile("<a href=\"#task-" + Pattern.quote(task) + "\">.*?<td data-label=\"Beslutad\">([^<]*)</td>").matcher(page.body());
    assertThat(m.find()).as("the gate row of " + task + " in " + page.body()).isTrue();
    return m.group(1).replace("&#183;", "·").strip();
  }

  @Test
  void staticFiles_areServed_andNothingElseUnderStatic() throws Exception {
    Browser b = new Browser();
    assertThat(b.get("/static/odis.css").statusCode()).isEqualTo(200);
    assertThat(b.get("/static/odis.js").headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
    assertThat(b.get("/static/..%2Fopenapi.json").statusCode()).isIn(400, 404);
  }
}
