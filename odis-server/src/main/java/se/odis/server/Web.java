package se.odis.server;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import se.odis.model.TaskId;
import se.odis.model.TaskStatus;
import se.odis.report.Language;

/**
 * The coordinators' web page: the portfolio ({@code /}), a dataset with its assessment, decisive
 * facts and checklist ({@code /datasets/{id}}), and sign-in. Plain HTML forms that work without
 * JavaScript (post, then redirect); with it, {@code odis.js} posts the same forms and swaps the
 * page's main part, so the page does not reload. Every form carries the session's CSRF token and
 * the dataset's ETag, and is saved through the same path as the API ({@link Service#write}).
 */
final class Web {
  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(null, ContentType.Html, Web.class.getClassLoader(), "se.odis.server");
  private static final Map<String, String> STATIC = Map.of("odis.css", "text/css; charset=utf-8",
      "odis.js", "text/javascript; charset=utf-8");
  /** A form's body is small: a dataset's facts or one task. */
  static final long MAX_FORM = 64 * 1024;
  private static final String FETCH = "X-Requested-With";
  private static final java.util.regex.Pattern LOCAL_PATH = java.util.regex.Pattern.compile("/(?![/\\\\])[\\x21-\\x5B\\x5D-\\x7E]*");

  private final Service s;

  Web(Service s) {
    this.s = s;
  }

  void register(JavalinConfig config, BiConsumer<String, String> routes) {
    var r = config.routes;
    r.before(ctx -> {
      if (ctx.method().name().equals("POST") && !ctx.path().startsWith("/api/") && ctx.req().getContentLengthLong() > MAX_FORM) {
        throw Requests.tooLarge(ctx, MAX_FORM);
      }
    });
    r.get("/static/{name}", this::asset);
    r.get("/", this::portfolio);
    r.get("/datasets/{id}", this::dataset);
    r.post("/datasets/{id}/facts", this::facts);
    r.post("/datasets/{id}/tasks/{task}", this::task);
    r.get("/sign-in", this::signInPage);
    r.post("/sign-in", this::signIn);
    r.post("/sign-out", this::signOut);
  }

  // ------------------------------------------------------------------ pages

  private void portfolio(Context ctx) throws IOException {
    Requests.only(ctx, Set.of("lang"));
    Views.Frame f = frame(ctx, null, null, null);
    if (f == null) return;
    render(ctx, 200, "portfolio.jte", Views.portfolio(f, s.portfolio(null)));
  }

  private void dataset(Context ctx) throws IOException {
    Requests.only(ctx, Set.of("lang", "saved"));
    String saved = ctx.queryParam("saved");
    Views.Frame f = frame(ctx, null, saved != null ? Texts.of(lang(ctx)).get("dataset.saved") : null, null);
    if (f == null) return;
    showDataset(ctx, 200, f, ctx.pathParam("id"));
  }

  private void showDataset(Context ctx, int status, Views.Frame f, String id) throws IOException {
    Record.Entry e = s.record.get(id);
    render(ctx, status, "dataset.jte", Views.dataset(f, e, s.assess(e.dataset(), null)));
  }

  // ------------------------------------------------------------------ edits

  private void facts(Context ctx) throws IOException {
    Map<String, List<String>> form = form(ctx, Facts.fields());
    String id = ctx.pathParam("id");
    Edit edit = edit(ctx, form);
    if (edit == null) return;
    Record.Entry e = s.record.get(id);
    List<Change> changes = new ArrayList<>();
    for (String field : Facts.fields()) {
      String v = Facts.SETS.containsKey(field) ? set(form.get(field)) : one(form, field);
      if (v == null) continue;
      v = v.strip();
      if (v.equals(Facts.current(e.dataset(), field))) continue;
      changes.add(v.isEmpty() ? new Change.Unset(field) : new Change.Set(field, com.fasterxml.jackson.databind.node.TextNode.valueOf(v)));
    }
    save(ctx, edit, id, changes, "#facts");
  }

  private void task(Context ctx) throws IOException {
    Map<String, List<String>> form = form(ctx, List.of("status", "date", "by", "note"));
    String id = ctx.pathParam("id");
    Edit edit = edit(ctx, form);
    if (edit == null) return;
    String task = ctx.pathParam("task");
    String anchor = "#task-" + safeTask(task);
    Change change;
    try {
      String status = one(form, "status");
      if (status == null) throw Problem.badRequest("status: missing; expected one of " + Enums.names(TaskStatus.class));
      TaskStatus st = Enums.parse(TaskStatus.class, "status", status);
      String date = one(form, "date");
      LocalDate day = date == null || date.isBlank() ? s.today() : Requests.date("date", date.strip());
      String by = one(form, "by");
      String note = one(form, "note");
      change = new Change.Progress(task, st, day, by == null ? null : by.strip(), note == null ? null : note.strip());
    } catch (Problem p) {
      // A value the form cannot take (a date typed by hand where the browser has no date picker):
      // the page again, with the message, as for a value the reader refuses.
      refused(ctx, edit, id, p);
      return;
    }
    save(ctx, edit, id, List.of(change), anchor);
  }

  private record Edit(Views.Frame frame, Sessions.Session session, String etag) {}

  /** The signed-in editor and the form's ETag, or null when the answer (a sign-in page) was given. */
  private Edit edit(Context ctx, Map<String, List<String>> form) throws IOException {
    Sessions.Session session = session(ctx);
    if (s.users == null) throw Problem.forbidden(Texts.of(lang(ctx)).get("nav.readOnly"));
    if (session == null || session.user == null) {
      ctx.redirect("/sign-in?lang=" + lang(ctx).tag(), io.javalin.http.HttpStatus.SEE_OTHER);
      return null;
    }
    if (!session.csrfMatches(one(form, "csrf"))) throw Problem.forbidden("the form's CSRF token is not this session's; reload the page");
    if (session.user.role() != Users.Role.EDITOR) {
      throw Problem.forbidden("the user '" + session.user.name() + "' is a reader; changes need an editor");
    }
    String etag = one(form, "etag");
    if (etag == null) throw Problem.badRequest("etag: missing");
    Views.Frame f = new Views.Frame(Texts.of(lang(ctx)), null, ctx.path(), session.user, session.csrf, false, null, null);
    return new Edit(f, session, etag);
  }

  private void save(Context ctx, Edit edit, String id, List<Change> changes, String anchor) throws IOException {
    Texts t = edit.frame().t();
    try {
      if (!changes.isEmpty()) s.write(id, edit.etag(), changes, edit.session().user, "web");
    } catch (Problem p) {
      refused(ctx, edit, id, p);
      return;
    }
    if (ctx.header(FETCH) != null) {
      showDataset(ctx, 200, withMessage(edit.frame(), t.get("dataset.saved"), null), id);
    } else {
      ctx.redirect("/datasets/" + encode(id) + "?lang=" + t.tag() + "&saved=1" + anchor, io.javalin.http.HttpStatus.SEE_OTHER);
    }
  }

  /** A change not saved: a bad value (400) or a stale page (412) shows the dataset again, with why. */
  private void refused(Context ctx, Edit edit, String id, Problem p) throws IOException {
    if (p.status != 400 && p.status != 412) throw p;
    Texts t = edit.frame().t();
    String why = p.status == 412 ? t.get("dataset.stale") : t.get("dataset.error") + " " + p.getMessage();
    showDataset(ctx, p.status, withMessage(edit.frame(), null, why), id);
  }

  private static Views.Frame withMessage(Views.Frame f, String message, String error) {
    return new Views.Frame(f.t(), f.title(), f.path(), f.user(), f.csrf(), f.readOnly(), message, error);
  }

  // ------------------------------------------------------------------ sign-in

  private void signInPage(Context ctx) throws IOException {
    Requests.only(ctx, Set.of("lang", "next"));
    if (s.users == null) {
      ctx.redirect("/?lang=" + lang(ctx).tag(), io.javalin.http.HttpStatus.SEE_OTHER);
      return;
    }
    Sessions.Session session = session(ctx);
    if (session == null) session = startSession(ctx, null);
    render(ctx, 200, "signin.jte", new Views.Frame(Texts.of(lang(ctx)), null, next(ctx.queryParam("next")), session.user,
        session.csrf, false, null, null));
  }

  private void signIn(Context ctx) throws IOException {
    Map<String, List<String>> form = form(ctx, List.of("token", "next"));
    Users users = s.users();
    Sessions.Session session = session(ctx);
    Texts t = Texts.of(lang(ctx));
    if (users == null) throw Problem.forbidden(t.get("nav.readOnly"));
    if (session == null || !session.csrfMatches(one(form, "csrf"))) {
      throw Problem.forbidden("the form's CSRF token is not this session's; reload the sign-in page");
    }
    String token = one(form, "token");
    Optional<Users.User> who = users.authenticate(token == null ? null : token.strip());
    String next = next(one(form, "next"));
    if (who.isEmpty()) {
      render(ctx, 401, "signin.jte", new Views.Frame(t, null, next, null, session.csrf, false, null, t.get("signIn.bad")));
      return;
    }
    s.sessions.end(session);
    startSession(ctx, who.get());
    ctx.redirect(next + (next.contains("?") ? "&" : "?") + "lang=" + t.tag(), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private void signOut(Context ctx) throws IOException {
    Map<String, List<String>> form = form(ctx, List.of());
    Sessions.Session session = session(ctx);
    if (session != null && session.csrfMatches(one(form, "csrf"))) s.sessions.end(session);
    ctx.header("Set-Cookie", Sessions.COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
    ctx.redirect("/sign-in?lang=" + lang(ctx).tag(), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private Sessions.Session startSession(Context ctx, Users.User user) {
    Sessions.Session session = s.sessions.start(user, Instant.now());
    boolean tls = "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    ctx.header("Set-Cookie", Sessions.COOKIE + "=" + session.id + "; Path=/; HttpOnly; SameSite=Strict" + (tls ? "; Secure" : ""));
    return session;
  }

  private Sessions.Session session(Context ctx) {
    return s.sessions.find(ctx.cookie(Sessions.COOKIE), Instant.now());
  }

  /**
   * Only a path on this site is a place to go after signing in: printable ASCII without spaces or
   * backslashes, not starting with two slashes. (A browser drops tabs and line breaks from an address,
   * so {@code /<TAB>/evil.example} would lead to another site.)
   */
  private static String next(String next) {
    return next != null && LOCAL_PATH.matcher(next).matches() ? next : "/";
  }

  // ------------------------------------------------------------------ helpers

  /**
   * The page's frame, or null after redirecting to the sign-in page: with users, every page needs
   * a signed-in session.
   */
  private Views.Frame frame(Context ctx, String title, String message, String error) {
    Texts t = Texts.of(lang(ctx));
    Sessions.Session session = session(ctx);
    if (s.users() != null && (session == null || session.user == null)) {
      ctx.redirect("/sign-in?lang=" + t.tag() + "&next=" + URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8),
          io.javalin.http.HttpStatus.SEE_OTHER);
      return null;
    }
    return new Views.Frame(t, title, ctx.path(), session == null ? null : session.user,
        session == null ? "" : session.csrf, s.users == null, message, error);
  }

  private static Language lang(Context ctx) {
    String l = ctx.queryParam("lang");
    if (l == null && ctx.method().name().equals("POST")) l = ctx.formParam("lang");
    return l == null ? Language.SV : Language.byTag(l).orElse(Language.SV);
  }

  /** A form, strictly: its own fields and csrf, etag, lang; anything else is an error. */
  private static Map<String, List<String>> form(Context ctx, List<String> fields) {
    Map<String, List<String>> form = ctx.formParamMap();
    for (Map.Entry<String, List<String>> e : form.entrySet()) {
      String n = e.getKey();
      if (!fields.contains(n) && !n.equals("csrf") && !n.equals("etag") && !n.equals("lang")) {
        throw Problem.badRequest("unknown form field '" + n + "'");
      }
      if (e.getValue().size() > 1 && !Facts.SETS.containsKey(n)) {
        throw Problem.badRequest("the form field '" + n + "' is given more than once");
      }
    }
    return form;
  }

  /** A set of check boxes, as odis set takes a list: sorted, comma-separated; null if the form has none. */
  private static String set(List<String> values) {
    if (values == null) return null;
    return String.join(",", values.stream().filter(x -> !x.isBlank()).map(String::strip).distinct().sorted().toList());
  }

  private static String one(Map<String, List<String>> form, String name) {
    List<String> v = form.get(name);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  private static String safeTask(String task) {
    try {
      return TaskId.of(task.strip()).getId();
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private void asset(Context ctx) throws IOException {
    String name = ctx.pathParam("name");
    String type = STATIC.get(name);
    if (type == null) throw Problem.notFound("no such file: /static/" + name);
    try (InputStream in = Web.class.getResourceAsStream("static/" + name)) {
      ctx.header("Cache-Control", "max-age=300").contentType(type).result(in.readAllBytes());
    }
  }

  static String encode(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static void render(Context ctx, int status, String template, Object model) {
    StringOutput out = new StringOutput();
    TEMPLATES.render(template, model, out);
    ctx.status(status).contentType("text/html; charset=utf-8").result(out.toString());
  }

  /** An error on a page, as a page; the API answers problem documents instead. */
  static void errorPage(Context ctx, Problem p) {
    // Only the query's language: the body may be the reason for the error (too large, unreadable).
    String l = ctx.queryParam("lang");
    Texts t = Texts.of(l == null ? Language.SV : Language.byTag(l).orElse(Language.SV));
    render(ctx, p.status, "error.jte", new Views.Frame(t, t.get("error.title"), ctx.path(), null, "", false, null, p.getMessage()));
  }
}
