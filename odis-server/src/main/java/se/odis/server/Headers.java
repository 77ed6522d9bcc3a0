package se.odis.server;

import io.javalin.http.Context;

/** The security headers of every answer. */
final class Headers {
  /**
   * The web page's policy: its own style sheet and script only, nothing inline, no other origin,
   * forms to itself, never framed. Stricter than the HTML report's, which allows inline style.
   */
  static final String CSP = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; "
      + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  private Headers() {}

  static void secure(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (!ctx.path().startsWith("/static/")) ctx.header("Cache-Control", "no-store");
  }
}
