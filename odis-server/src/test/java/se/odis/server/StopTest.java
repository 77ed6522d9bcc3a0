package se.odis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping the service (what a SIGTERM does, through the shutdown hook): a request in flight is
 * answered in full, and no new one is taken.
 */
class StopTest {
  @TempDir Path tmp;

  /** A body sent in pieces, a pause before each: a client on a slow line, still sending. */
  static final class SlowBody extends InputStream {
    final byte[] bytes;
    final int pieces;
    final long pauseMs;
    int at;

    SlowBody(byte[] bytes, int pieces, long pauseMs) {
      this.bytes = bytes;
      this.pieces = pieces;
      this.pauseMs = pauseMs;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (at >= bytes.length) return -1;
      int piece = (bytes.length + pieces - 1) / pieces;
      if (at > 0 && at % piece == 0) {
        try {
          Thread.sleep(pauseMs);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      int n = Math.min(len, piece - at % piece);
      n = Math.min(n, bytes.length - at);
      System.arraycopy(bytes, at, b, off, n);
      at += n;
      return n;
    }
  }

  @Test
  void stop_whileARequestIsInFlight_answersItInFull_thenTakesNoMore() throws Exception {
    TestRecord t = TestRecord.start(tmp, false);
    try {
      assertThat(t.get("/api/health", null).statusCode()).isEqualTo(200);
      HttpRequest health = t.request("/api/health", null).build();
      byte[] dataset = Files.readAllBytes(TestRecord.EXAMPLES.resolve("blocked-personal-data.json"));
      // 12 pieces, 200 ms apart: about 2 s of sending, never silent for long.
      HttpRequest post = t.request("/api/assess?asOf=2026-11-01", null).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SlowBody(dataset, 12, 200))).build();
      CompletableFuture<HttpResponse<String>> answer = t.http.sendAsync(post, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (t.server.inFlight() == 0 && !answer.isDone() && System.nanoTime() < deadline) Thread.sleep(10);
      assertThat(answer).as("answered before the service was told to stop").isNotDone();
      assertThat(t.server.inFlight()).as("the request is being served").isEqualTo(1);

      CompletableFuture<Void> stopped = CompletableFuture.runAsync(t.server::stop);
      HttpResponse<String> r = answer.get(20, TimeUnit.SECONDS);
      stopped.get(20, TimeUnit.SECONDS);

      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      assertThat(TestRecord.json(r).get("verdict").asText()).isEqualTo("BLOCKED");
      assertThatThrownBy(() -> t.http.send(health, HttpResponse.BodyHandlers.ofString()))
          .as("a new request after the stop").isInstanceOf(IOException.class);
    } finally {
      t.close();
    }
  }

  @Test
  void stop_isIdempotent_andFreesThePort() throws Exception {
    TestRecord t = TestRecord.start(tmp, false);
    int port = t.server.port();
    t.server.stop();
    t.server.stop();
    assertThatThrownBy(() -> new java.net.Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
  }
}
