package se.odis.server;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.odis.model.EditDistance;
import se.odis.report.Language;

/**
 * Reading a request strictly: a query parameter the route does not take is an error (with the
 * nearest name), not ignored; a parameter given twice is an error; a body over the limit is 413.
 */
final class Requests {
  private Requests() {}

  /**
   * @param allowed the parameters the route takes
   * @throws Problem 400 for an unknown or repeated parameter
   */
  static void only(Context ctx, Set<String> allowed) {
    for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
      String name = e.getKey();
      if (!allowed.contains(name)) {
        String expected = allowed.isEmpty() ? "no query parameters" : "one of " + String.join(", ", new TreeSet<>(allowed));
        String near = EditDistance.closest(name, allowed);
        throw Problem.badRequest("unknown query parameter '" + name + "'"
            + (near != null ? " (did you mean '" + near + "'?)" : "") + "; expected " + expected);
      }
      if (e.getValue().size() > 1) throw Problem.badRequest("the query parameter '" + name + "' is given more than once");
    }
  }

  /** @return the query parameter {@code lang}: {@code sv} (default) or {@code en} */
  static Language lang(Context ctx) {
    String l = ctx.queryParam("lang");
    if (l == null) return Language.SV;
    return Language.byTag(l).orElseThrow(() -> Problem.badRequest("lang: '" + l + "' is not a language; expected sv or en"));
  }

  /** @return the query parameter {@code asOf} (YYYY-MM-DD), or null for today */
  static LocalDate asOf(Context ctx) {
    String d = ctx.queryParam("asOf");
    if (d == null) return null;
    return date("asOf", d);
  }

  static LocalDate date(String what, String d) {
    try {
      return LocalDate.parse(d);
    } catch (DateTimeParseException e) {
      throw Problem.badRequest(what + ": '" + d + "' is not a date; expected YYYY-MM-DD");
    }
  }

  /**
   * Reads the body, at most {@code limit} bytes.
   *
   * @throws Problem 413 if it is larger
   */
  static byte[] body(Context ctx, long limit) throws IOException {
    long declared = ctx.req().getContentLengthLong();
    if (declared > limit) throw tooLarge(ctx, limit);
    // Not closed here: the rest of a body over the limit is still read before the 413 (drain).
    InputStream in = ctx.req().getInputStream();
    if (declared >= 0 && declared < Integer.MAX_VALUE - 8) {
      // The usual request: its length is known, so it is read into an array of that size, once.
      byte[] body = new byte[(int) declared];
      int read = 0;
      for (int n; read < body.length && (n = in.read(body, read, body.length - read)) >= 0; ) read += n;
      if (read < body.length) throw Problem.badRequest("the body ended after " + read + " of the " + declared + " bytes its Content-Length says");
      return body;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    for (int n; (n = in.read(buf)) >= 0; ) {
      out.write(buf, 0, n);
      if (out.size() > limit) throw tooLarge(ctx, limit);
    }
    return out.toByteArray();
  }

  /** How much of a refused request's body is still read before answering; beyond it the connection is cut. */
  static final long DRAIN = 4L << 20;

  /** The 413 for a body over {@code limit}; the connection is closed after it: a client that sent too much is not kept. */
  static Problem tooLarge(Context ctx, long limit) {
    ctx.header("Connection", "close");
    return Problem.tooLarge(limit);
  }

  /**
   * Reads and drops what is left of the request's body (up to {@link #DRAIN} bytes) before an error
   * is answered. Answering and closing while the client still sends makes the client's TCP stack
   * reset the connection, and the client then sees a broken pipe or no answer at all instead of the
   * 401, 403 or 413 (seen as "header parser received no bytes" under load). Where more is left, the
   * connection is closed after the answer.
   */
  static void drain(Context ctx) {
    try {
      InputStream in = ctx.req().getInputStream();
      byte[] buf = new byte[8192];
      long dropped = 0;
      int n = 0;
      while (dropped < DRAIN && (n = in.read(buf)) >= 0) dropped += n;
      if (n >= 0) ctx.header("Connection", "close");
    } catch (IOException | RuntimeException e) {
      // The client is gone or the body was taken already: nothing is left to read.
    }
  }

  /** @throws Problem 415 unless the body is JSON */
  static void json(Context ctx) {
    String type = ctx.contentType();
    String base = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
    if (!base.equals("application/json")) {
      throw Problem.of(415, "unsupported-media-type", "Unsupported media type",
          "the body must be JSON (Content-Type: application/json), not " + (type == null ? "untyped" : "'" + type + "'"));
    }
    // JSON is UTF-8 (RFC 8259): a body declared in another encoding would be read wrongly, not refused.
    for (String param : type.split(";")) {
      String[] kv = param.strip().split("=", 2);
      if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("charset")) {
        String cs = kv[1].strip().replace("\"", "");
        if (!cs.equalsIgnoreCase("utf-8") && !cs.equalsIgnoreCase("utf8")) {
          throw Problem.of(415, "unsupported-media-type", "Unsupported media type",
              "the body must be JSON in UTF-8, not in '" + cs + "' (Content-Type: application/json; charset=utf-8)");
        }
      }
    }
  }
}
