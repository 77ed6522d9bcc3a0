package se.odis.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import se.odis.model.InvalidInputException;
import se.odis.model.TextCheck;
import se.odis.server.OdisServer;

/**
 * {@code odis serve --check}: starts the service read-only on 127.0.0.1 and a free port, asks it
 * over HTTP what a user and another system would first ask, and stops it. Says whether the service
 * works here; and, run once by the launchers with {@code -XX:ArchiveClassesAtExit}, it loads the
 * classes that starting and answering need, so that their class-data-sharing archive holds them.
 */
final class ServeCheck {
  /** Long enough for the rules to load on a slow machine: the first assessment waits for them. */
  private static final int TIMEOUT_MS = 60_000;

  private ServeCheck() {}

  static int run(Path record, PrintWriter out, PrintWriter err) throws IOException, InvalidInputException {
    List<String> asked = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    OdisServer server;
    try {
      server = OdisServer.builder(record).bind("127.0.0.1").port(0).assessor(Assessors.loading()).start();
    } catch (IOException e) {
      ErrorHandler.error(err, e.getMessage());
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    try {
      String base = server.uri();
      ask(base, "GET", "api/health", null, Set.of(200), asked, wrong);
      ask(base, "GET", "api/datasets", null, Set.of(200), asked, wrong);
      ask(base, "GET", "", null, Set.of(200), asked, wrong);
      Path sample = firstDatasetFile(record);
      // A file of the record that is not a valid dataset is rightly answered 400.
      if (sample != null) ask(base, "POST", "api/assess", Files.readAllBytes(sample), Set.of(200, 400), asked, wrong);
    } finally {
      server.stop();
    }
    if (!wrong.isEmpty()) {
      ErrorHandler.error(err, "odis serve --check: " + String.join("; ", wrong));
      err.flush();
      return ExitCodes.INTERNAL;
    }
    out.println(TextCheck.printable("odis serve --check: the service answered " + String.join(", ", asked) + " — " + record));
    out.flush();
    return ExitCodes.OK;
  }

  private static void ask(String base, String method, String path, byte[] body, Set<Integer> right,
      List<String> asked, List<String> wrong) {
    String what = method + " /" + path;
    asked.add(what);
    try {
      HttpURLConnection c = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
      c.setConnectTimeout(TIMEOUT_MS);
      c.setReadTimeout(TIMEOUT_MS);
      c.setRequestMethod(method);
      if (body != null) {
        c.setDoOutput(true);
        c.setRequestProperty("Content-Type", "application/json");
        try (OutputStream o = c.getOutputStream()) {
          o.write(body);
        }
      }
      int status = c.getResponseCode();
      try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
        if (in != null) in.readAllBytes();
      }
      if (!right.contains(status)) wrong.add(what + " answered " + status);
    } catch (IOException e) {
      wrong.add(what + ": " + e.getMessage());
    }
  }

  /** @return the record's first dataset file by name (not hidden), or null if it has none */
  private static Path firstDatasetFile(Path record) throws IOException {
    try (Stream<Path> files = Files.list(record)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".json") && !p.getFileName().toString().startsWith("."))
          .filter(Files::isRegularFile).sorted().findFirst().orElse(null);
    }
  }
}
