package se.odis.server;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The web page's sessions: a random id in a cookie (HttpOnly, SameSite=Strict), the signed-in
 * user if any, and the session's CSRF token, which every form carries. Kept in memory: a restart
 * signs everyone out. A session unused for {@link #IDLE} ends; signing in starts a new one, so an
 * id known before cannot be used after.
 */
final class Sessions {
  static final String COOKIE = "odis_session";
  static final Duration IDLE = Duration.ofHours(8);
  private static final int MAX = 10_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A session: who (null until signed in) and its CSRF token. */
  static final class Session {
    final String id;
    final Users.User user;
    final String csrf;
    volatile Instant seen;

    Session(String id, Users.User user, String csrf, Instant seen) {
      this.id = id;
      this.user = user;
      this.csrf = csrf;
      this.seen = seen;
    }

    /** @return true if the form's token is this session's (compared in constant time) */
    boolean csrfMatches(String token) {
      return token != null && MessageDigest.isEqual(csrf.getBytes(java.nio.charset.StandardCharsets.UTF_8),
          token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  private final Map<String, Session> byId = new ConcurrentHashMap<>();

  /** @return the live session of a cookie's id, or null */
  Session find(String id, Instant now) {
    if (id == null) return null;
    Session s = byId.get(id);
    if (s == null) return null;
    if (s.seen.plus(IDLE).isBefore(now)) {
      byId.remove(id);
      return null;
    }
    s.seen = now;
    return s;
  }

  /** Starts a session, for a user or (null) for a visitor about to sign in. */
  Session start(Users.User user, Instant now) {
    if (byId.size() >= MAX) prune(now);
    Session s = new Session(random(), user, random(), now);
    byId.put(s.id, s);
    return s;
  }

  void end(Session s) {
    if (s != null) byId.remove(s.id);
  }

  private void prune(Instant now) {
    byId.values().removeIf(s -> s.seen.plus(IDLE).isBefore(now) || s.user == null);
  }

  private static String random() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
