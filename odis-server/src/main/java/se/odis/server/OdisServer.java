package se.odis.server;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.server.handler.GracefulHandler;
import se.odis.model.InputProblem;
import se.odis.model.InvalidInputException;
import se.odis.rules.Assessor;

/**
 * ODIS as a service over a coordinator's record: the REST API ({@code /api/…}, described at
 * {@code /openapi.json}) and the coordinators' web page ({@code /}), on an embedded Jetty (Javalin).
 *
 * <pre>{@code
 * try (OdisServer server = OdisServer.builder(Path.of("record"))
 *     .users(Users.read(Path.of("users.json")))        // without users: read-only
 *     .start()) {
 *   System.out.println(server.uri());                   // http://127.0.0.1:8080/
 *   server.await();                                     // until stop() or SIGTERM
 * }
 * }</pre>
 *
 * <p>Binds to 127.0.0.1 unless told otherwise. {@link #stop()} (and a SIGTERM, which runs the
 * JVM's shutdown hooks) lets requests in flight finish, for up to {@link #STOP_TIMEOUT_MS}
 * milliseconds (a client that stays silent for a second meanwhile, mid-request or idle between
 * requests, is cut off, as Jetty does); a write is atomic, so a file is never half-written.
 * Thread-safe.
 */
public final class OdisServer implements AutoCloseable {
  /** How long {@link #stop()} waits for requests in flight. */
  public static final long STOP_TIMEOUT_MS = 10_000;

  private final Javalin app;
  private final Service service;
  private final List<String> routes;
  private final GracefulHandler graceful;
  private final Thread hook;

  private OdisServer(Javalin app, Service service, List<String> routes, GracefulHandler graceful) {
    this.app = app;
    this.service = service;
    this.routes = routes;
    this.graceful = graceful;
    this.hook = new Thread(this::stop, "odis-serve-stop");
  }

  /**
   * @param record the record directory: the dataset files the service reads and writes
   * @return a builder
   */
  public static Builder builder(Path record) {
    return new Builder(record);
  }

  /** @return the port the service listens on (the one chosen when 0 was asked) */
  public int port() {
    return app.port();
  }

  /** @return the service's address, e.g. {@code http://127.0.0.1:8080/} */
  public String uri() {
    String host = service.host.contains(":") ? "[" + service.host + "]" : service.host;
    return "http://" + host + ":" + port() + "/";
  }

  /** @return true if the service takes writes (it was given users) */
  public boolean writable() {
    return service.users != null;
  }

  /**
   * Waits until the service has stopped.
   *
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public void await() throws InterruptedException {
    app.jettyServer().server().join();
  }

  /** Stops the service: no new connections; requests in flight finish first. Idempotent. */
  public void stop() {
    synchronized (this) {
      if (!app.jettyServer().started() && app.jettyServer().server().isStopped()) return;
      app.stop();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: this is the hook
    }
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  /** @return "METHOD /path" of every API route, for the test that holds them against openapi.json */
  List<String> apiRoutes() {
    return routes;
  }

  /** @return the requests being answered now, for the test that stops the service under one */
  long inFlight() {
    return graceful.getCurrentRequestCount();
  }

  /** Jetty's system property: how many object references fill a CPU cache line. */
  static final String JETTY_REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

  /**
   * Jetty pads its contended counters to a cache line, and unless told how many object references
   * fill one ({@value #JETTY_REFERENCES_PER_CACHE_LINE}), asks whether the JVM compresses them
   * through the platform MBean server, whose making loaded some 340 classes (JMX, the platform
   * MXBeans, java.util.logging) on the thread that starts the service, before it could bind: some
   * 0.08 s of its CPU (median of 4 runs). Told here the count for compressed references (a line
   * over 4 bytes; the line 64 bytes unless {@code org.eclipse.jetty.util.cacheLineBytes} says
   * otherwise), which is never too little padding: over 8-byte references, twice what is needed.
   * A value given to the JVM ({@code -D}) is kept.
   */
  static void spareJettyTheMBeanServer() {
    if (System.getProperty(JETTY_REFERENCES_PER_CACHE_LINE) != null) return;
    int line = Integer.getInteger("org.eclipse.jetty.util.cacheLineBytes", 64);
    System.setProperty(JETTY_REFERENCES_PER_CACHE_LINE, Integer.toString(Math.max(1, line / 4)));
  }

  /** Builds an {@link OdisServer}. Not thread-safe. */
  public static final class Builder {
    private final Path record;
    private String bind = "127.0.0.1";
    private int port = 8080;
    private Users users;
    private Clock clock = Clock.systemDefaultZone();
    private CompletableFuture<Assessor> assessor;
    private long maxBody = Service.MAX_BODY;

    private Builder(Path record) {
      this.record = Objects.requireNonNull(record, "record");
    }

    /**
     * @param address the address to listen on (default 127.0.0.1, this machine only)
     * @return this builder
     */
    public Builder bind(String address) {
      this.bind = Objects.requireNonNull(address, "address");
      return this;
    }

    /**
     * @param port the port (default 8080; 0 for any free port)
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) throw new IllegalArgumentException("port " + port + " is not 0–65535");
      this.port = port;
      return this;
    }

    /**
     * @param users who may sign in and what they may do; null (the default) serves read-only,
     *     to anyone who can reach the address
     * @return this builder
     */
    public Builder users(Users users) {
      this.users = users;
      return this;
    }

    /**
     * @param clock the clock for today's date (assessments, progress dates) and the audit log
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * @param assessor the assessor (default: the built-in rules, {@link Assessor#create()})
     * @return this builder
     */
    public Builder assessor(Assessor assessor) {
      this.assessor = CompletableFuture.completedFuture(Objects.requireNonNull(assessor, "assessor"));
      return this;
    }

    /**
     * The assessor while it is still being built, say on a thread begun at the very start of the
     * process: the service binds and answers {@code /api/health} meanwhile, and the requests that
     * need the rules (assessments, reports, the web page's verdicts) wait for it. If it fails, they
     * are answered 500 (an internal error; the service's log says why), as when the built-in rules
     * cannot load.
     *
     * @param loading the assessor, built or being built
     * @return this builder
     */
    public Builder assessor(CompletableFuture<Assessor> loading) {
      this.assessor = Objects.requireNonNull(loading, "loading");
      return this;
    }

    /**
     * @param bytes the largest request body taken (default 2 MiB); a larger one gets 413
     * @return this builder
     */
    public Builder maxBody(long bytes) {
      if (bytes < 1024) throw new IllegalArgumentException("a body limit under 1 KiB leaves no room for a dataset");
      this.maxBody = bytes;
      return this;
    }

    /**
     * Starts the service, and stops it on a SIGTERM.
     *
     * @return the running service
     * @throws InvalidInputException if the record is not a directory or the address is not one
     *     of this machine's
     * @throws IOException if the port cannot be opened (e.g. it is taken)
     */
    public OdisServer start() throws InvalidInputException, IOException {
      if (!Files.isDirectory(record)) {
        throw new InvalidInputException(new InputProblem(record.toString(), 0, 0, "",
            Files.exists(record) ? "is not a directory" : "no such directory",
            "the record directory: one dataset file per dataset (odis import --into DIR, odis init)"), null);
      }
      try {
        InetAddress.getByName(bind);
      } catch (IOException e) {
        throw new InvalidInputException(new InputProblem("--bind", 0, 0, "", "'" + bind + "' is not an address",
            "an IP address such as 127.0.0.1 or 0.0.0.0"), e);
      }
      spareJettyTheMBeanServer();
      Service service = new Service(new Record(record), users, clock, assessor, maxBody, bind);
      List<String> routes = new ArrayList<>();
      // Counts the requests in flight; Jetty's stop waits for them (Javalin puts its servlet inside).
      GracefulHandler graceful = new GracefulHandler();
      Javalin app = Javalin.create(config -> {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.startup.startupWatcherEnabled = false;
        config.http.prefer405over404 = true;
        config.http.generateEtags = false;
        config.http.maxRequestSize = maxBody;
        config.router.ignoreTrailingSlashes = false;
        // A write up to the output buffer's size (32 KB) is gathered rather than sent at once: an
        // answer of that size (an assessment is 5-17 KB) then goes in one piece, with its length,
        // not in chunks of which the first is sent before the rest is written.
        config.jetty.modifyHttpConfiguration(http -> http.setOutputAggregationSize(http.getOutputBufferSize()));
        config.jetty.modifyServer(server -> {
          // In-flight requests finish when the service stops (SIGTERM included).
          server.setStopTimeout(STOP_TIMEOUT_MS);
          server.setHandler(graceful);
        });
        service.configure(config, (method, path) -> {
          if (path.startsWith("/api/")) routes.add(method + " " + path);
        });
      });
      try {
        app.start(bind, port);
      } catch (RuntimeException e) {
        service.listening.complete(null);
        app.stop();
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        throw new IOException("cannot listen on " + bind + ":" + port + ": " + cause.getMessage(), e);
      }
      service.listening.complete(null);
      OdisServer s = new OdisServer(app, service, List.copyOf(routes), graceful);
      Runtime.getRuntime().addShutdownHook(s.hook);
      return s;
    }
  }
}
