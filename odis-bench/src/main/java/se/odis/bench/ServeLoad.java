package se.odis.bench;

import java.io.IOException;
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
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load benchmark of {@code odis serve} (not a test; bench/serve.sh runs it): N clients on
 * loopback, each posting the given datasets in turn to {@code /api/assess} and waiting for each
 * answer, for a warm-up and then a bounded measured time. Prints throughput, latency percentiles
 * and the number of errors (any answer but 200).
 *
 * <pre>
 * java -cp benchmarks.jar se.odis.bench.ServeLoad URL CLIENTS WARMUP_S MEASURE_S DATASET.json…
 * </pre>
 */
public final class ServeLoad {
  private ServeLoad() {}

  /**
   * Runs the benchmark.
   *
   * @param args the service's base URL (loopback only), clients, warm-up and measured seconds, dataset files
   * @throws Exception if a dataset cannot be read or the run is interrupted
   */
  public static void main(String... args) throws Exception {
    if (args.length < 5) {
      System.err.println("usage: ServeLoad URL CLIENTS WARMUP_SECONDS MEASURE_SECONDS DATASET.json...");
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

    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    Phase warm = run(http, target, bodies, clients, warmup);
    System.out.printf("warm-up: %d requests in %d s, %d errors%n", warm.count(), warmup, warm.errors.get());
    Phase p = run(http, target, bodies, clients, measure);
    long[] all = p.latencies();
    Arrays.sort(all);
    System.out.printf("clients %d, %d s: %d assessments, %.0f/s, p50 %.2f ms, p99 %.2f ms, max %.2f ms, errors %d%n",
        clients, measure, all.length, all.length / (double) measure, ms(pct(all, 50)), ms(pct(all, 99)),
        ms(all.length == 0 ? 0 : all[all.length - 1]), p.errors.get());
    if (p.errors.get() > 0) System.exit(1);
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

  private static Phase run(HttpClient http, URI target, List<byte[]> bodies, int clients, long seconds)
      throws InterruptedException {
    List<long[]> lat = new ArrayList<>();
    int[] counts = new int[clients];
    AtomicLong errors = new AtomicLong();
    CountDownLatch done = new CountDownLatch(clients);
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    for (int c = 0; c < clients; c++) {
      long[] mine = new long[1 << 20];
      lat.add(mine);
      int client = c;
      Thread t = new Thread(() -> {
        int n = 0;
        try {
          for (int i = client; System.nanoTime() < end && n < mine.length; i++) {
            HttpRequest r = HttpRequest.newBuilder(target).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(i % bodies.size()))).build();
            long t0 = System.nanoTime();
            try {
              HttpResponse<byte[]> res = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
              if (res.statusCode() != 200) errors.incrementAndGet();
            } catch (IOException e) {
              errors.incrementAndGet();
            }
            mine[n++] = System.nanoTime() - t0;
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
    done.await();
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
