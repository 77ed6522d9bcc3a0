package se.odis.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.BasicHttpClientConnectionManager;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * The load benchmark of {@code odis serve} (not a test; bench/serve.sh runs it): N clients on
 * loopback, each posting the given datasets in turn to {@code /api/assess} and waiting for each
 * answer, for a warm-up and then a bounded measured time. Prints throughput, latency percentiles,
 * the number of errors (any answer but a whole 200 with a JSON body) and the client's own CPU time
 * per request, since the client shares the machine's cores with the service.
 *
 * <p>Each client is a thread with one kept-alive HTTP/1.1 connection of its own (Apache HttpClient,
 * blocking, as a catalogue's publish hook or a script would call the service), reading every answer
 * to its end into a buffer it reuses. {@code --http jdk} uses {@link HttpClient} instead, one shared
 * by the threads: the client of the first measurements, which costs several times the CPU per
 * request (its requests go through a selector thread and an executor), CPU the service then lacks.
 * Neither asks for compression (the JDK's never does), so the service does the same work either way.
 *
 * <p>{@code --server-pid PID} (Linux) also reports the service's CPU time per request over the
 * measured time, read from {@code /proc/PID/stat} and its threads' {@code /proc/PID/task/*&#47;stat}
 * before and after, and the part of it the JIT compiler threads took: a figure less at the mercy
 * of other processes on the machine than the throughput is.
 *
 * <pre>
 * java -cp benchmarks.jar se.odis.bench.ServeLoad [--http apache|jdk] [--server-pid PID] URL CLIENTS WARMUP_S MEASURE_S DATASET.json…
 * </pre>
 */
public final class ServeLoad {
  private ServeLoad() {}

  /** One client's way of sending a request and reading the answer whole. */
  private interface Client extends AutoCloseable {
    /** @return true if the answer was a 200 with a JSON body, read to its end */
    boolean post(byte[] body) throws IOException, InterruptedException;

    @Override
    void close() throws IOException;
  }

  /**
   * Runs the benchmark.
   *
   * @param args {@code [--http apache|jdk]}, the service's base URL (loopback only), clients,
   *     warm-up and measured seconds, dataset files
   * @throws Exception if a dataset cannot be read or the run is interrupted
   */
  public static void main(String... args) throws Exception {
    String http = "apache";
    long serverPid = -1;
    while (args.length >= 2 && (args[0].equals("--http") || args[0].equals("--server-pid"))) {
      if (args[0].equals("--http")) http = args[1];
      else serverPid = Long.parseLong(args[1]);
      args = Arrays.copyOfRange(args, 2, args.length);
    }
    if (args.length < 5 || !(http.equals("apache") || http.equals("jdk"))) {
      System.err.println("usage: ServeLoad [--http apache|jdk] [--server-pid PID] URL CLIENTS WARMUP_SECONDS MEASURE_SECONDS DATASET.json...");
      System.exit(2);
    }
    URI target = URI.create(args[0].replaceAll("/$", "") + "/api/assess");
    String host = target.getHost();
    if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("[::1]") && !host.startsWith("127.")) {
      System.err.println("ServeLoad: only loopback addresses are load-tested, not " + host);
      System.exit(2);
    }
    int clients = Integer.parseInt(args[1]);
    long warmup = Long.parseLong(args[2]);
    long measure = Long.parseLong(args[3]);
    List<byte[]> bodies = new ArrayList<>();
    for (int i = 4; i < args.length; i++) bodies.add(Files.readAllBytes(Path.of(args[i])));

    HttpClient jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    List<Client> each = new ArrayList<>();
    for (int c = 0; c < clients; c++) each.add(http.equals("jdk") ? jdk(jdk, target) : apache(target));
    try {
      Phase warm = run(each, bodies, warmup, "warm-up");
      System.out.printf("warm-up: %d requests in %d s, %d errors%n", warm.count(), warmup, warm.errors.get());
      long cpu0 = processCpuNanos();
      long[] server0 = ServerCpu.read(serverPid);
      Phase p = run(each, bodies, measure, "measured");
      long cpu = processCpuNanos() - cpu0;
      long[] server1 = ServerCpu.read(serverPid);
      long[] all = p.latencies();
      Arrays.sort(all);
      System.out.printf("clients %d, %d s: %d assessments, %.0f/s, p50 %.2f ms, p99 %.2f ms, max %.2f ms, errors %d%n",
          clients, measure, all.length, all.length / (double) measure, ms(pct(all, 50)), ms(pct(all, 99)),
          ms(all.length == 0 ? 0 : all[all.length - 1]), p.errors.get());
      System.out.printf("client (%s): %.0f µs of CPU per request%n", http, all.length == 0 ? 0 : cpu / 1e3 / all.length);
      if (server0 != null && server1 != null && all.length > 0) {
        System.out.printf("service (pid %d): %.0f µs of CPU per request, of which the JIT compiler %.0f µs%n", serverPid,
            (server1[0] - server0[0]) / 1e3 / all.length, (server1[1] - server0[1]) / 1e3 / all.length);
      }
      if (p.errors.get() > 0) System.exit(1);
    } finally {
      for (Client c : each) c.close();
    }
  }

  /** A client with one kept-alive connection, that reads each answer into a buffer it keeps. */
  private static Client apache(URI target) {
    BasicHttpClientConnectionManager connections = new BasicHttpClientConnectionManager();
    connections.setConnectionConfig(ConnectionConfig.custom()
        .setConnectTimeout(Timeout.ofSeconds(5)).setSocketTimeout(Timeout.ofSeconds(10)).build());
    CloseableHttpClient client = HttpClients.custom()
        .setConnectionManager(connections)
        .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(10, TimeUnit.SECONDS).build())
        .disableContentCompression()
        .disableAutomaticRetries()
        .disableRedirectHandling()
        .disableCookieManagement()
        .disableAuthCaching()
        .build();
    byte[] buffer = new byte[64 * 1024];
    return new Client() {
      @Override
      public boolean post(byte[] body) throws IOException {
        HttpPost post = new HttpPost(target);
        post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        return client.execute(post, res -> {
          HttpEntity e = res.getEntity();
          long read = 0;
          if (e != null) {
            try (InputStream in = e.getContent()) {
              for (int n; (n = in.read(buffer)) >= 0; ) read += n;
            }
          }
          return res.getCode() == 200 && read > 0 && e.getContentType() != null
              && e.getContentType().startsWith("application/json")
              && (e.getContentLength() < 0 || e.getContentLength() == read);
        });
      }

      @Override
      public void close() throws IOException {
        client.close();
      }
    };
  }

  /** The JDK's client, shared by the threads. */
  private static Client jdk(HttpClient http, URI target) {
    return new Client() {
      @Override
      public boolean post(byte[] body) throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(target).header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(10))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<byte[]> res = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
        return res.statusCode() == 200 && res.body().length > 0
            && res.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
      }

      @Override
      public void close() {
        // the shared client closes with the JVM
      }
    };
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private record Phase(List<long[]> perClient, int[] counts, AtomicLong errors) {
    long count() {
      return Arrays.stream(counts).sum();
    }

    long[] latencies() {
      long[] all = new long[(int) count()];
      int k = 0;
      for (int c = 0; c < counts.length; c++) {
        System.arraycopy(perClient.get(c), 0, all, k, counts[c]);
        k += counts[c];
      }
      return all;
    }
  }

  /**
   * Runs the clients for a time; prints the throughput of every 5 seconds on standard error, so
   * that a warm-up too short for the service's JIT compiler shows as a rising throughput.
   */
  private static Phase run(List<Client> clients, List<byte[]> bodies, long seconds, String phase)
      throws InterruptedException {
    List<long[]> lat = new ArrayList<>();
    LongAdder answered = new LongAdder();
    int[] counts = new int[clients.size()];
    AtomicLong errors = new AtomicLong();
    CountDownLatch done = new CountDownLatch(clients.size());
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    for (int c = 0; c < clients.size(); c++) {
      long[] mine = new long[1 << 20];
      lat.add(mine);
      int client = c;
      Client http = clients.get(c);
      Thread t = new Thread(() -> {
        int n = 0;
        try {
          for (int i = client; System.nanoTime() < end && n < mine.length; i++) {
            byte[] body = bodies.get(i % bodies.size());
            long t0 = System.nanoTime();
            try {
              if (!http.post(body)) errors.incrementAndGet();
            } catch (IOException e) {
              errors.incrementAndGet();
            }
            mine[n++] = System.nanoTime() - t0;
            answered.increment();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } finally {
          counts[client] = n;
          done.countDown();
        }
      }, "client-" + c);
      t.start();
    }
    long last = 0;
    for (int s = 5; !done.await(5, TimeUnit.SECONDS); s += 5) {
      long now = answered.sum();
      System.err.printf("  %s %3d s: %.0f/s%n", phase, s, (now - last) / 5.0);
      last = now;
    }
    return new Phase(lat, counts, errors);
  }

  private static long pct(long[] sorted, int p) {
    if (sorted.length == 0) return 0;
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
