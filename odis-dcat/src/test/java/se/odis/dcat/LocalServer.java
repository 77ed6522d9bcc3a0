package se.odis.dcat;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;

/**
 * A WireMock server on 127.0.0.1 for the tests that read catalogues over HTTP: nothing leaves the
 * machine. Its own gzip is off, so that a test decides what is compressed.
 */
final class LocalServer {
  private LocalServer() {}

  static WireMockServer start() {
    WireMockServer server = new WireMockServer(options()
        .bindAddress("127.0.0.1")
        .dynamicPort()
        .dynamicHttpsPort()
        .gzipDisabled(true)
        .containerThreads(12)
        .jettyStopTimeout(1000L));
    server.start();
    return server;
  }

  /**
   * Settings for tests: retries that do not make a test wait. The timeouts stay generous: on a
   * loaded CI machine the local server can take seconds to accept a connection, and a test that
   * is not about timeouts must not fail on one (the timeout tests set their own).
   */
  static FetchSettings quick() {
    return FetchSettings.defaults()
        .withConnectTimeout(Duration.ofSeconds(30))
        .withReadTimeout(Duration.ofSeconds(60))
        .withBackoff(Duration.ofMillis(10))
        .withMaxRetryWait(Duration.ofSeconds(2));
  }

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
