package se.odis.dcat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.SSLException;
import se.odis.model.InputProblem;
import se.odis.model.InvalidInputException;
import se.odis.model.Nullable;

/**
 * GETs documents over HTTP(S) for one catalogue, as {@link FetchSettings} say: redirects followed
 * by hand (http and https only, never from https down to http, loops detected), answers 429 and 5xx
 * retried with backoff and {@code Retry-After}, gzip undone, a deadline per answer and a byte limit
 * over the whole catalogue. Every failure is an {@link InvalidInputException} naming the URL, never
 * a stack trace. One instance per catalogue; not thread-safe.
 */
final class Http {
  private static final Set<Integer> RETRIED = Set.of(429, 500, 502, 503, 504);
  private static final Map<Integer, String> REASONS = Map.ofEntries(
      Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
      Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
      Map.entry(410, "Gone"), Map.entry(429, "Too Many Requests"), Map.entry(500, "Internal Server Error"),
      Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
      Map.entry(504, "Gateway Timeout"));

  /** An answer: where it finally came from, its media type and its body, decompressed. */
  static final class Answer {
    final URI uri;
    final @Nullable String contentType;
    final byte[] body;

    Answer(URI uri, @Nullable String contentType, byte[] body) {
      this.uri = uri;
      this.contentType = contentType;
      this.body = body;
    }
  }

  /** Waits between retries; a test may replace it. */
  interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  private final FetchSettings settings;
  private final String label;
  private final HttpClient client;
  private final Sleeper sleeper;
  private long bytesRead;

  /**
   * @param settings timeouts, limits, retries
   * @param label the catalogue as the user named it, for errors
   */
  Http(FetchSettings settings, String label) {
    this(settings, label, d -> Thread.sleep(d.toMillis()));
  }

  Http(FetchSettings settings, String label, Sleeper sleeper) {
    this.settings = settings;
    this.label = label;
    this.sleeper = sleeper;
    this.client = HttpClient.newBuilder()
        .connectTimeout(settings.getConnectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER) // followed by hand: schemes, downgrades, loops
        // HTTP/1.1: the JDK's HTTP/2 over plain http upgrades in mid-request (h2c), which servers
        // get wrong under load ("protocol error: Frame type…"); a catalogue is one document or a few
        .version(HttpClient.Version.HTTP_1_1)
        .build();
  }

  /** @return the bytes read so far for this catalogue, after decompression */
  long bytesRead() {
    return bytesRead;
  }

  /**
   * Checks that a text is an http or https URL ODIS may read.
   *
   * @return the URI
   * @throws InvalidInputException if it is not
   */
  static URI httpUri(String text, String label) throws InvalidInputException {
    URI u;
    try {
      u = new URI(text.strip());
    } catch (URISyntaxException e) {
      throw new InvalidInputException(new InputProblem(label, 0, 0, "", "not a valid URL: " + e.getReason(),
          "an http or https URL, e.g. https://www.exempelkommun.se/katalog.rdf"), e);
    }
    String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new InvalidInputException(new InputProblem(label, 0, 0, "",
          (scheme.isEmpty() ? "not a URL" : "a " + scheme + ": URL, which ODIS does not read"),
          "an http or https URL"), null);
    }
    if (u.getHost() == null || u.getHost().isEmpty()) {
      throw new InvalidInputException(new InputProblem(label, 0, 0, "", "the URL names no host",
          "an http or https URL with a host, e.g. https://www.exempelkommun.se/katalog.rdf"), null);
    }
    return u;
  }

  /**
   * GETs a document, following redirects.
   *
   * @param uri an http or https URL
   * @param accept the {@code Accept} header
   * @return the answer, 2xx
   * @throws InvalidInputException for every failure, naming the URL
   */
  Answer get(URI uri, String accept) throws InvalidInputException {
    URI current = uri;
    Set<URI> seen = new LinkedHashSet<>();
    seen.add(normal(current));
    for (int hop = 0; ; hop++) {
      HttpResponse<byte[]> r = withRetries(current, accept);
      int status = r.statusCode();
      if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
        URI next = redirectTarget(current, r);
        if (!seen.add(normal(next))) {
          List<String> chain = new ArrayList<>();
          seen.forEach(s -> chain.add(s.toString()));
          chain.add(next.toString());
          throw fail(uri, "the redirects go round in a loop: " + String.join(" → ", chain), "a URL that leads to the catalogue");
        }
        if (hop + 1 > settings.getMaxRedirects()) {
          throw fail(uri, "more than " + settings.getMaxRedirects() + " redirects (the last to " + next + ")",
              "a URL that leads to the catalogue in a few redirects");
        }
        current = next;
        continue;
      }
      if (status < 200 || status > 299) {
        throw fail(uri, "the server answered HTTP " + status + reason(status) + at(uri, current),
            "a URL where the server answers 200 with the catalogue");
      }
      byte[] body = decode(r, current, uri);
      return new Answer(current, r.headers().firstValue("Content-Type").orElse(null), body);
    }
  }

  private static String reason(int status) {
    String r = REASONS.get(status);
    return r == null ? "" : " (" + r + ")";
  }

  private static String at(URI asked, URI current) {
    return current.equals(asked) ? "" : " at " + current;
  }

  /** The redirect's target, resolved, checked: http(s) only, and never from https to http. */
  private URI redirectTarget(URI from, HttpResponse<?> r) throws InvalidInputException {
    Optional<String> location = r.headers().firstValue("Location");
    if (location.isEmpty() || location.get().isBlank()) {
      throw fail(from, "the server answered HTTP " + r.statusCode() + " (a redirect) without saying where to (no Location)",
          "a redirect with a Location header");
    }
    URI next;
    try {
      next = from.resolve(new URI(location.get().strip()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw fail(from, "the server redirects to \"" + location.get().strip() + "\", which is not a valid URL",
          "a redirect to an http or https URL");
    }
    String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw fail(from, "the server redirects to " + next + ", which ODIS does not follow (only http and https)",
          "a redirect to an http or https URL");
    }
    if (from.getScheme().equalsIgnoreCase("https") && scheme.equals("http")) {
      throw fail(from, "the server redirects from https down to unencrypted http (" + next + "), which ODIS does not follow",
          "a redirect that stays on https");
    }
    return next;
  }

  private static URI normal(URI u) {
    return u.normalize();
  }

  /** Sends once, and again after 429 and 5xx while retries are left, waiting as the server asks. */
  private HttpResponse<byte[]> withRetries(URI uri, String accept) throws InvalidInputException {
    for (int attempt = 0; ; attempt++) {
      HttpResponse<byte[]> r = send(uri, accept);
      if (!RETRIED.contains(r.statusCode()) || attempt >= settings.getRetries()) return r;
      Duration wait = retryAfter(r).orElse(settings.getBackoff().multipliedBy(1L << Math.min(attempt, 20)));
      if (wait.compareTo(settings.getMaxRetryWait()) > 0) {
        throw fail(uri, "the server answered HTTP " + r.statusCode() + reason(r.statusCode()) + " and asks to wait "
            + wait.toSeconds() + " s before trying again, longer than ODIS waits (" + settings.getMaxRetryWait().toSeconds() + " s)",
            "a server that answers the catalogue; try again later");
      }
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw fail(uri, "interrupted while waiting to retry", null);
      }
    }
  }

  /** {@code Retry-After}: seconds, or an HTTP date. */
  private static Optional<Duration> retryAfter(HttpResponse<?> r) {
    Optional<String> v = r.headers().firstValue("Retry-After");
    if (v.isEmpty()) return Optional.empty();
    String t = v.get().strip();
    try {
      long s = Long.parseLong(t);
      return s < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(s));
    } catch (NumberFormatException e) {
      // an HTTP date
    }
    try {
      ZonedDateTime when = ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration d = Duration.between(ZonedDateTime.now(when.getZone()), when);
      return Optional.of(d.isNegative() ? Duration.ZERO : d);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private HttpResponse<byte[]> send(URI uri, String accept) throws InvalidInputException {
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(uri)
          .GET()
          .timeout(settings.getReadTimeout())
          .header("Accept", accept)
          .header("Accept-Encoding", "gzip")
          .header("User-Agent", settings.getUserAgent())
          .build();
    } catch (IllegalArgumentException e) {
      throw fail(uri, "the URL cannot be requested: " + e.getMessage(), "an http or https URL");
    }
    long remaining = settings.getMaxBytes() - bytesRead;
    java.util.concurrent.atomic.AtomicReference<LimitedBody> body = new java.util.concurrent.atomic.AtomicReference<>();
    CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info -> {
      if (info.statusCode() < 200 || info.statusCode() > 299) {
        return HttpResponse.BodySubscribers.replacing(new byte[0]);
      }
      LimitedBody b = new LimitedBody(remaining, info.headers().firstValueAsLong("Content-Length").orElse(-1));
      body.set(b);
      return b;
    });
    try {
      // The request timeout covers the wait for headers; this deadline covers the body too.
      return future.get(settings.getReadTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw fail(uri, "no complete answer within " + seconds(settings.getReadTimeout()), "a server that answers in time");
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw fail(uri, "interrupted while waiting for the server", null);
    } catch (CancellationException e) {
      throw fail(uri, "the request was cancelled", null);
    } catch (ExecutionException e) {
      // Cancelling a transfer past the limit fails it as "cancelled"; say why it was cancelled.
      if (body.get() != null && body.get().exceeded) throw tooLarge(uri);
      throw describe(uri, e.getCause());
    }
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  /** A transport failure in words: DNS, connection, TLS, timeouts, the size limit. */
  private InvalidInputException describe(URI uri, Throwable t) {
    Throwable c = t;
    while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) c = c.getCause();
    if (c instanceof TooLarge) return tooLarge(uri);
    for (Throwable x = c; x != null; x = x.getCause()) {
      if (x instanceof UnknownHostException || x instanceof UnresolvedAddressException) {
        return fail(uri, "cannot find the host " + uri.getHost() + " (DNS)", "a URL whose host exists");
      }
      if (x instanceof SSLException) {
        return fail(uri, "the secure connection (TLS) to " + uri.getHost() + " failed: " + message(x),
            "a server with a valid certificate");
      }
    }
    if (c instanceof HttpConnectTimeoutException) {
      return fail(uri, "could not connect to " + authority(uri) + " within " + seconds(settings.getConnectTimeout()),
          "a server that answers");
    }
    if (c instanceof HttpTimeoutException) {
      return fail(uri, "no answer within " + seconds(settings.getReadTimeout()), "a server that answers in time");
    }
    if (c instanceof ConnectException) {
      return fail(uri, "cannot connect to " + authority(uri) + (c.getMessage() == null ? "" : ": " + message(c)),
          "a server that answers");
    }
    if (c instanceof IOException) {
      return fail(uri, "the connection failed: " + message(c), "a server that answers the whole catalogue");
    }
    return fail(uri, "the request failed: " + c.getClass().getSimpleName() + (c.getMessage() == null ? "" : ": " + message(c)), null);
  }

  private static String authority(URI u) {
    return u.getHost() + (u.getPort() > 0 ? ":" + u.getPort() : "");
  }

  private static String message(Throwable t) {
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m.replaceAll("[\\r\\n]+", " ").strip();
  }

  private InvalidInputException tooLarge(URI uri) {
    return fail(uri, "the catalogue is larger than " + settings.getMaxBytes() + " bytes, the most ODIS reads",
        "a catalogue of at most " + settings.getMaxBytes() + " bytes (or a higher limit)");
  }

  private InvalidInputException fail(URI uri, String problem, @Nullable String expected) {
    String where = uri.toString().equals(label) ? "" : " (" + uri + ")";
    return new InvalidInputException(new InputProblem(label, 0, 0, "", problem + where, expected), null);
  }

  /** The body as sent, or decompressed when gzip; counted against the limit. */
  private byte[] decode(HttpResponse<byte[]> r, URI current, URI asked) throws InvalidInputException {
    String encoding = r.headers().firstValue("Content-Encoding").orElse("identity").strip().toLowerCase(Locale.ROOT);
    byte[] body = r.body();
    if (encoding.equals("identity") || encoding.isEmpty()) {
      bytesRead += body.length;
      return body;
    }
    if (!encoding.equals("gzip") && !encoding.equals("x-gzip")) {
      throw fail(asked, "the server sent the catalogue encoded as \"" + encoding + "\", which ODIS did not ask for"
          + at(asked, current), "plain or gzip-compressed content");
    }
    long limit = settings.getMaxBytes() - bytesRead;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(32, body.length * 4));
      byte[] buf = new byte[8192];
      for (int n; (n = in.read(buf)) > 0; ) {
        if (out.size() + (long) n > limit) throw tooLarge(asked);
        out.write(buf, 0, n);
      }
      bytesRead += out.size();
      return out.toByteArray();
    } catch (IOException e) {
      throw fail(asked, "the gzip-compressed answer is broken: " + message(e) + at(asked, current),
          "well-formed gzip content");
    }
  }

  /** The body is larger than the limit. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("too large", null);
    }
  }

  /** Collects a body up to a limit, and gives up (cancelling the transfer) past it. */
  private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final long limit;
    private final long declared;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Flow.Subscription subscription;
    /** Set before the transfer is cancelled for being too large. */
    volatile boolean exceeded;

    LimitedBody(long limit, long declared) {
      this.limit = limit;
      this.declared = declared;
    }

    @Override
    public CompletableFuture<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (declared > limit) {
        exceeded = true;
        result.completeExceptionally(new TooLarge());
        s.cancel();
        return;
      }
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) return;
      for (ByteBuffer b : items) {
        if (out.size() + (long) b.remaining() > limit) {
          exceeded = true;
          result.completeExceptionally(new TooLarge());
          subscription.cancel();
          return;
        }
        byte[] chunk = new byte[b.remaining()];
        b.get(chunk);
        out.write(chunk, 0, chunk.length);
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(out.toByteArray());
    }
  }
}
