package se.odis.dcat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;

/**
 * How ODIS reads a catalogue over HTTP(S) ({@link DcatImporter#fetch}, {@link CkanImporter#fetch}):
 * timeouts, limits and retries. Immutable and thread-safe; start from {@link #defaults()} and
 * change what is needed with the {@code with…} methods.
 *
 * <p>The defaults suit a municipality's catalogue on an ordinary web server: 10 s to connect, 60 s
 * for a whole answer, 128 MB for the whole catalogue (all its pages), 3 retries of an answer 429 or
 * 5xx with a backoff that doubles from 1 s (or as long as the server's {@code Retry-After} says, up
 * to 60 s), 5 redirects, 1,000 pages, 100 CKAN packages a page.
 */
public final class FetchSettings {
  private static final FetchSettings DEFAULTS = new FetchSettings(Duration.ofSeconds(10), Duration.ofSeconds(60),
      128L * 1024 * 1024, 3, Duration.ofSeconds(1), Duration.ofSeconds(60), 5, 1000, 100,
      "ODIS/" + version() + " (open data readiness assessment)");

  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final long maxBytes;
  private final int retries;
  private final Duration backoff;
  private final Duration maxRetryWait;
  private final int maxRedirects;
  private final int maxPages;
  private final int ckanRows;
  private final String userAgent;

  private FetchSettings(Duration connectTimeout, Duration readTimeout, long maxBytes, int retries, Duration backoff,
      Duration maxRetryWait, int maxRedirects, int maxPages, int ckanRows, String userAgent) {
    this.connectTimeout = positive(connectTimeout, "connectTimeout");
    this.readTimeout = positive(readTimeout, "readTimeout");
    if (maxBytes < 1) throw new IllegalArgumentException("maxBytes must be at least 1, not " + maxBytes);
    if (retries < 0) throw new IllegalArgumentException("retries must not be negative, not " + retries);
    if (maxRedirects < 0) throw new IllegalArgumentException("maxRedirects must not be negative, not " + maxRedirects);
    if (maxPages < 1) throw new IllegalArgumentException("maxPages must be at least 1, not " + maxPages);
    if (ckanRows < 1) throw new IllegalArgumentException("ckanRows must be at least 1, not " + ckanRows);
    this.maxBytes = maxBytes;
    this.retries = retries;
    this.backoff = notNegative(backoff, "backoff");
    this.maxRetryWait = notNegative(maxRetryWait, "maxRetryWait");
    this.maxRedirects = maxRedirects;
    this.maxPages = maxPages;
    this.ckanRows = ckanRows;
    this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
    if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c > 0x7E)) {
      throw new IllegalArgumentException("userAgent must be printable ASCII on one line");
    }
  }

  /** @return the defaults described above */
  public static FetchSettings defaults() {
    return DEFAULTS;
  }

  /** @return how long to wait for a connection */
  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  /** @return how long one answer (headers and the whole body) may take */
  public Duration getReadTimeout() {
    return readTimeout;
  }

  /** @return the most bytes read for one catalogue, over all its pages and after decompression */
  public long getMaxBytes() {
    return maxBytes;
  }

  /** @return how often an answer 429 or 5xx is retried */
  public int getRetries() {
    return retries;
  }

  /** @return the first wait before a retry; each further wait doubles it */
  public Duration getBackoff() {
    return backoff;
  }

  /** @return the longest wait before a retry; a server asking for longer is not retried */
  public Duration getMaxRetryWait() {
    return maxRetryWait;
  }

  /** @return how many redirects are followed for one request */
  public int getMaxRedirects() {
    return maxRedirects;
  }

  /** @return how many pages of a paged catalogue are read at most; a catalogue with more is an error */
  public int getMaxPages() {
    return maxPages;
  }

  /** @return how many packages are asked for per CKAN {@code package_search} page */
  public int getCkanRows() {
    return ckanRows;
  }

  /** @return the {@code User-Agent} sent, naming ODIS and its version */
  public String getUserAgent() {
    return userAgent;
  }

  /** @param d the connect timeout, positive @return settings with it */
  public FetchSettings withConnectTimeout(Duration d) {
    return new FetchSettings(d, readTimeout, maxBytes, retries, backoff, maxRetryWait, maxRedirects, maxPages, ckanRows, userAgent);
  }

  /** @param d the time one answer may take, positive @return settings with it */
  public FetchSettings withReadTimeout(Duration d) {
    return new FetchSettings(connectTimeout, d, maxBytes, retries, backoff, maxRetryWait, maxRedirects, maxPages, ckanRows, userAgent);
  }

  /** @param n the most bytes read for one catalogue, at least 1 @return settings with it */
  public FetchSettings withMaxBytes(long n) {
    return new FetchSettings(connectTimeout, readTimeout, n, retries, backoff, maxRetryWait, maxRedirects, maxPages, ckanRows, userAgent);
  }

  /** @param n retries of an answer 429 or 5xx, 0 or more @return settings with it */
  public FetchSettings withRetries(int n) {
    return new FetchSettings(connectTimeout, readTimeout, maxBytes, n, backoff, maxRetryWait, maxRedirects, maxPages, ckanRows, userAgent);
  }

  /** @param d the first wait before a retry @return settings with it */
  public FetchSettings withBackoff(Duration d) {
    return new FetchSettings(connectTimeout, readTimeout, maxBytes, retries, d, maxRetryWait, maxRedirects, maxPages, ckanRows, userAgent);
  }

  /** @param d the longest wait before a retry @return settings with it */
  public FetchSettings withMaxRetryWait(Duration d) {
    return new FetchSettings(connectTimeout, readTimeout, maxBytes, retries, backoff, d, maxRedirects, maxPages, ckanRows, userAgent);
  }

  /** @param n redirects followed per request, 0 or more @return settings with it */
  public FetchSettings withMaxRedirects(int n) {
    return new FetchSettings(connectTimeout, readTimeout, maxBytes, retries, backoff, maxRetryWait, n, maxPages, ckanRows, userAgent);
  }

  /** @param n the most pages read, at least 1 @return settings with it */
  public FetchSettings withMaxPages(int n) {
    return new FetchSettings(connectTimeout, readTimeout, maxBytes, retries, backoff, maxRetryWait, maxRedirects, n, ckanRows, userAgent);
  }

  /** @param n packages per CKAN page, at least 1 @return settings with it */
  public FetchSettings withCkanRows(int n) {
    return new FetchSettings(connectTimeout, readTimeout, maxBytes, retries, backoff, maxRetryWait, maxRedirects, maxPages, n, userAgent);
  }

  /** @param ua the {@code User-Agent}, printable ASCII @return settings with it */
  public FetchSettings withUserAgent(String ua) {
    return new FetchSettings(connectTimeout, readTimeout, maxBytes, retries, backoff, maxRetryWait, maxRedirects, maxPages, ckanRows, ua);
  }

  private static Duration positive(Duration d, String what) {
    Objects.requireNonNull(d, what);
    if (d.isNegative() || d.isZero()) throw new IllegalArgumentException(what + " must be positive, not " + d);
    return d;
  }

  private static Duration notNegative(Duration d, String what) {
    Objects.requireNonNull(d, what);
    if (d.isNegative()) throw new IllegalArgumentException(what + " must not be negative, not " + d);
    return d;
  }

  /** ODIS's version, from the filtered {@code version.properties}, else the jar manifest. */
  static String version() {
    Properties p = new Properties();
    try (InputStream in = FetchSettings.class.getResourceAsStream("version.properties")) {
      if (in != null) p.load(in);
    } catch (IOException e) {
      // fall through to the manifest
    }
    String v = p.getProperty("version");
    if (v == null || v.isBlank() || v.startsWith("${")) v = FetchSettings.class.getPackage().getImplementationVersion();
    return v == null ? "unknown" : v;
  }

  @Override
  public String toString() {
    return "FetchSettings[connect " + connectTimeout + ", read " + readTimeout + ", " + maxBytes + " bytes, " + retries
        + " retries from " + backoff + " up to " + maxRetryWait + ", " + maxRedirects + " redirects, " + maxPages
        + " pages, " + ckanRows + " CKAN rows, " + userAgent + "]";
  }
}
