package se.odis.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.odis.model.Dataset;
import se.odis.model.DatasetReader;
import se.odis.model.GuideStage;
import se.odis.model.Guide;
import se.odis.model.InvalidInputException;
import se.odis.model.Verdict;
import se.odis.record.ChecklistWorkbook;
import se.odis.report.DatasetReport;
import se.odis.report.Format;
import se.odis.report.Language;

/**
 * The REST API: JSON in and out, errors as RFC 9457 problem documents, every route described in
 * {@code openapi.json}. Reads are open without users and need a token with them; writes need an
 * editor's token and the ETag read ({@code If-Match}).
 */
final class Api {
  private static final Logger LOG = LoggerFactory.getLogger(Api.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String USER = "odis.user";
  private static final Set<String> LANG_AS_OF = Set.of("lang", "asOf");

  private final Service s;

  Api(Service s) {
    this.s = s;
  }

  void register(JavalinConfig config, BiConsumer<String, String> routes) {
    var r = config.routes;
    r.before(ctx -> Headers.secure(ctx));
    r.before("/api/*", this::authenticate);
    r.get("/openapi.json", ctx -> {
      Requests.only(ctx, Set.of());
      try (InputStream in = Api.class.getResourceAsStream("openapi.json")) {
        ctx.contentType("application/json").result(in.readAllBytes());
      }
    });
    route(r::get, routes, "GET", "/api/health", ctx -> {
      Requests.only(ctx, Set.of());
      json(ctx, 200, JSON.createObjectNode().put("status", "up").put("writable", s.users != null));
    });
    route(r::post, routes, "POST", "/api/assess", this::assess);
    route(r::get, routes, "GET", "/api/datasets", this::list);
    route(r::get, routes, "GET", "/api/datasets/{id}", this::dataset);
    route(r::patch, routes, "PATCH", "/api/datasets/{id}", this::patch);
    route(r::get, routes, "GET", "/api/datasets/{id}/assessment", this::assessment);
    route(r::get, routes, "GET", "/api/datasets/{id}/report", this::report);

    r.exception(Problem.class, (p, ctx) -> problem(ctx, p));
    r.exception(HttpResponseException.class, (e, ctx) ->
        problem(ctx, Problem.of(e.getStatus(), "http-" + e.getStatus(), title(e.getStatus()), e.getMessage())));
    r.exception(Exception.class, (e, ctx) -> {
      LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
      problem(ctx, Problem.of(500, "internal", "Internal error",
          "an internal error (a bug in odis): " + e.getClass().getSimpleName() + "; the service's log has the details"));
    });
    r.error(404, ctx -> {
      if (ctx.result() == null) problem(ctx, Problem.notFound("no such page or route: " + ctx.method() + " " + ctx.path()));
    });
    r.error(405, ctx -> {
      if (ctx.result() == null) {
        problem(ctx, Problem.of(405, "method-not-allowed", "Method not allowed", ctx.method() + " is not allowed on " + ctx.path()));
      }
    });
  }

  private interface Adder {
    Object add(String path, Handler h);
  }

  private static void route(Adder add, BiConsumer<String, String> routes, String method, String path, Handler h) {
    add.add(path, h);
    routes.accept(method, path);
  }

  // ------------------------------------------------------------------ who

  /** Bearer tokens: needed for everything under /api/ once there are users (the health check aside). */
  private void authenticate(Context ctx) {
    Users users = s.users();
    if (users == null || ctx.path().equals("/api/health")) return;
    String auth = ctx.header("Authorization");
    if (auth == null && ctx.method() == io.javalin.http.HandlerType.GET) {
      // The web page links to reports and workbooks: a signed-in session may read, never write
      // (a write through the API needs the token itself, so a forged request from elsewhere cannot).
      Sessions.Session session = s.sessions.find(ctx.cookie(Sessions.COOKIE), java.time.Instant.now());
      if (session != null && session.user != null) {
        ctx.attribute(USER, session.user);
        return;
      }
    }
    if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"odis\"");
      throw Problem.unauthorized("this service needs a token: Authorization: Bearer <token> (odis serve --add-user makes one)");
    }
    Optional<Users.User> who = users.authenticate(auth.substring(7).strip());
    if (who.isEmpty()) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"odis\", error=\"invalid_token\"");
      throw Problem.unauthorized("the token is not one of this service's users");
    }
    ctx.attribute(USER, who.get());
  }

  /** @return the editor making a write; 403 for a read-only service or a reader */
  private Users.User editor(Context ctx) {
    if (s.users == null) {
      throw Problem.forbidden("this service is read-only: it was started without --users, so it takes no writes");
    }
    Users.User u = ctx.attribute(USER);
    if (u == null || u.role() != Users.Role.EDITOR) {
      throw Problem.forbidden("the user '" + (u == null ? "?" : u.name()) + "' is a reader; writes need an editor");
    }
    return u;
  }

  // ------------------------------------------------------------------ routes

  private void assess(Context ctx) throws IOException {
    Requests.only(ctx, LANG_AS_OF);
    Language lang = Requests.lang(ctx);
    LocalDate asOf = Requests.asOf(ctx);
    Requests.json(ctx);
    byte[] body = Requests.body(ctx, s.maxBody);
    Dataset d;
    try {
      d = DatasetReader.strict().read(body, "body");
    } catch (InvalidInputException e) {
      throw Problem.badInput(e.getProblem());
    }
    send(ctx, s.write(Format.JSON, lang, DatasetReport.of(d, s.assess(d, asOf))));
  }

  private void list(Context ctx) throws IOException {
    Requests.only(ctx, Set.of("lang", "asOf", "verdict", "stage", "owner"));
    Language lang = Requests.lang(ctx);
    LocalDate asOf = Requests.asOf(ctx);
    Predicate<DatasetReport> keep = filter(ctx);
    Service.Portfolio p = s.portfolio(asOf);
    List<DatasetReport> kept = new ArrayList<>();
    for (DatasetReport r : p.reports()) if (keep.test(r)) kept.add(r);
    // Always the portfolio contract, even for one dataset, so that a client reads one shape.
    byte[] out;
    if (kept.size() == 1 && p.invalid().isEmpty()) {
      out = portfolioOfOne(lang, kept.get(0));
    } else {
      out = s.write(Format.JSON, lang, kept, p.invalid());
    }
    ctx.status(200).contentType("application/json").result(out);
  }

  private byte[] portfolioOfOne(Language lang, DatasetReport r) throws IOException {
    var out = new java.io.ByteArrayOutputStream();
    try (var p = s.writer(Format.JSON, lang).open(out)) {
      p.add(r);
      p.finish();
    }
    return out.toByteArray();
  }

  private static Predicate<DatasetReport> filter(Context ctx) {
    Predicate<DatasetReport> keep = r -> true;
    String verdict = ctx.queryParam("verdict");
    if (verdict != null) {
      Verdict v = Enums.parse(Verdict.class, "verdict", verdict);
      keep = keep.and(r -> r.assessment().getVerdict() == v);
    }
    String stage = ctx.queryParam("stage");
    if (stage != null) {
      List<String> stages = new ArrayList<>();
      for (var ph : Guide.odis().getPhases()) for (GuideStage st : ph.getStages()) stages.add(st.getId());
      String st = stage.strip().toUpperCase(Locale.ROOT);
      if (!stages.contains(st)) {
        throw Problem.badRequest("stage: '" + stage + "' is not a stage of the guide; expected one of " + String.join(", ", stages));
      }
      keep = keep.and(r -> st.equals(r.assessment().getStage()));
    }
    String owner = ctx.queryParam("owner");
    if (owner != null) {
      keep = keep.and(r -> owner.equals(r.dataset().getRoles().getOwner()));
    }
    return keep;
  }

  private void dataset(Context ctx) throws IOException {
    Requests.only(ctx, Set.of());
    Record.Entry e = s.record.get(ctx.pathParam("id"));
    ctx.header("ETag", e.etag());
    if (e.etag().equals(ctx.header("If-None-Match"))) {
      ctx.status(304);
      return;
    }
    ctx.status(200).contentType("application/json").result(e.file().text().getBytes(StandardCharsets.UTF_8));
  }

  private void assessment(Context ctx) throws IOException {
    Requests.only(ctx, LANG_AS_OF);
    Language lang = Requests.lang(ctx);
    LocalDate asOf = Requests.asOf(ctx);
    Record.Entry e = s.record.get(ctx.pathParam("id"));
    ctx.header("ETag", e.etag());
    send(ctx, s.write(Format.JSON, lang, s.report(e, asOf)));
  }

  private void report(Context ctx) throws IOException {
    Requests.only(ctx, Set.of("lang", "asOf", "format"));
    Language lang = Requests.lang(ctx);
    LocalDate asOf = Requests.asOf(ctx);
    String f = ctx.queryParam("format");
    // format=checklist is the one name the service adds to odis assess's formats: the guide's
    // checklist workbook of odis checklist. xlsx means here what it means to odis assess --format.
    boolean checklist = f != null && f.strip().equalsIgnoreCase(Media.CHECKLIST);
    Format format = f == null || checklist ? Format.HTML : Format.byName(f).orElseThrow(() ->
        Problem.badRequest("format: '" + f + "' is not a report format; expected one of " + Format.names()
            + ", " + Media.CHECKLIST));
    Record.Entry e = s.record.get(ctx.pathParam("id"));
    ctx.header("ETag", e.etag());
    if (checklist) {
      // The guide's checklist workbook, as odis checklist writes it: filled in and read back by the CLI.
      var out = new java.io.ByteArrayOutputStream();
      ChecklistWorkbook.write(e.file(), s.assess(e.dataset(), asOf), lang.tag(), out);
      Media.sendChecklist(ctx, e.dataset().getId(), out.toByteArray());
      return;
    }
    byte[] out = s.write(format, lang, List.of(s.report(e, asOf)), List.of());
    Media.send(ctx, format, e.dataset().getId(), out);
  }

  private void patch(Context ctx) throws IOException {
    Requests.only(ctx, Set.of());
    Users.User who = editor(ctx);
    String id = ctx.pathParam("id");
    String ifMatch = ctx.header("If-Match");
    if (ifMatch == null) {
      throw Problem.of(428, "etag-required", "Precondition required",
          "a write needs If-Match with the ETag of the dataset as read (GET /api/datasets/{id}), so that no one's change is overwritten unseen");
    }
    if (ifMatch.strip().equals("*")) {
      throw Problem.of(428, "etag-required", "Precondition required",
          "If-Match: * would overwrite changes unseen; give the ETag of the dataset as read");
    }
    Requests.json(ctx);
    List<Change> changes = PatchBody.changes(Requests.body(ctx, s.maxBody));
    Record.Entry after = s.write(id, ifMatch.strip(), changes, who, "api");
    ctx.header("ETag", after.etag());
    ctx.status(200).contentType("application/json").result(after.file().text().getBytes(StandardCharsets.UTF_8));
  }

  // ------------------------------------------------------------------ answers

  /**
   * Answers 200 with a JSON document written whole: straight into the response (through Javalin's
   * compression, when the client asks for it) in one write, where {@code result(bytes)} would copy
   * it through a new 32 KB buffer per answer. Jetty gathers a write up to its output buffer's size
   * (OdisServer sets the aggregation size so), so the answer goes with its Content-Length.
   */
  static void send(Context ctx, java.io.ByteArrayOutputStream json) throws IOException {
    ctx.status(200).contentType("application/json");
    json.writeTo(ctx.outputStream());
  }

  static void json(Context ctx, int status, JsonNode body) throws JsonProcessingException {
    ctx.status(status).contentType("application/json").result(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(body));
  }

  static void problem(Context ctx, Problem p) {
    Requests.drain(ctx);
    if (!ctx.path().startsWith("/api/") && !ctx.path().equals("/openapi.json")) {
      Web.errorPage(ctx, p);
      return;
    }
    ObjectNode doc = p.toJson(ctx.path());
    ctx.status(p.status);
    try {
      ctx.contentType("application/problem+json").result(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc));
    } catch (JsonProcessingException e) {
      ctx.contentType("text/plain").result(p.getMessage());
    }
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 413 -> "Content too large";
      case 404 -> "Not found";
      default -> "HTTP " + status;
    };
  }
}
