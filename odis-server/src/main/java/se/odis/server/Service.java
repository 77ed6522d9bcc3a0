package se.odis.server;

import io.javalin.config.JavalinConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import se.odis.model.Assessment;
import se.odis.model.Dataset;
import se.odis.model.DatasetReader;
import se.odis.model.InputProblem;
import se.odis.model.InvalidInputException;
import se.odis.record.RecordFile;
import se.odis.report.DatasetReport;
import se.odis.report.Format;
import se.odis.report.Language;
import se.odis.report.Origin;
import se.odis.report.PortfolioReport;
import se.odis.report.ReportOptions;
import se.odis.report.ReportWriter;
import se.odis.report.Reports;
import se.odis.rules.Assessor;

/**
 * What the API and the web page share: the record, the users, the assessor, the report writers and
 * the one path by which a dataset file is changed ({@link #write}). The HTTP side is in {@link Api}
 * and {@link Web}.
 */
final class Service {
  /** The largest request body taken by default. */
  static final long MAX_BODY = 2L << 20;

  final Record record;
  final Clock clock;
  final long maxBody;
  final String host;
  final Audit audit;
  final Sessions sessions = new Sessions();
  /** The single assessments of concurrent requests, assessed together (one rule session a batch). */
  private final Batcher<Work, Assessment> batches = new Batcher<>(Runtime.getRuntime().availableProcessors(),
      Work::asOf, this::assessAll);

  /** A dataset to assess as of a day. */
  private record Work(Dataset dataset, LocalDate asOf) {}

  volatile Users users;
  private final CompletableFuture<Assessor> assessor;
  private final Map<String, ReportWriter> writers = new ConcurrentHashMap<>();
  /** Completed once the service listens (or failed to): the warm-up's second part waits for it. */
  final CompletableFuture<Void> listening = new CompletableFuture<>();

  Service(Record record, Users users, Clock clock, CompletableFuture<Assessor> assessor, long maxBody, String host) {
    this.record = record;
    this.users = users;
    this.clock = clock;
    this.maxBody = maxBody;
    this.host = host;
    // Loading the rules is most of starting up: done beside Jetty's start; the first request waits.
    this.assessor = assessor != null ? assessor : CompletableFuture.supplyAsync(Assessor::create);
    warmUp(this.assessor, listening);
    this.audit = new Audit(record.dir());
  }

  /**
   * Readies on a spare thread what the first requests would otherwise pay for: while Jetty starts,
   * the JDK's list of locales (Jetty's media types read it when the server is made, and it loads
   * every locale's data); once the service listens, the dataset reader and, once the rules are
   * loaded, one assessment written as the API writes it. Those two wait for the service to listen
   * so as not to take the two cores from the thread that starts it and from the rules: /api/health
   * answered some 0.3 s sooner, the first assessment as soon (6 runs alternated). Never needed for
   * correctness: a request that comes first does the same work itself, and a failure here (the
   * rules cannot load) is left to it to report.
   */
  private static void warmUp(CompletableFuture<Assessor> rules, CompletableFuture<Void> listening) {
    Thread t = new Thread(() -> {
      java.util.Locale.getAvailableLocales();
      listening.join();
      DatasetReader.prepare();
      try {
        Dataset d = DatasetReader.strict().read("{\"id\": \"odis-serve-warm-up\"}", "warm-up");
        DatasetReport r = DatasetReport.of(d, rules.join().assess(d, LocalDate.of(2026, 1, 1)));
        Reports.writer(Format.JSON, ReportOptions.builder().language(Language.SV).build())
            .write(r, OutputStream.nullOutputStream());
      } catch (RuntimeException | IOException | InvalidInputException e) {
        // the request that needs the rules reports why they are missing
      }
    }, "odis-serve-warm-up");
    t.setDaemon(true);
    t.start();
  }

  void configure(JavalinConfig config, BiConsumer<String, String> routes) {
    new Api(this).register(config, routes);
    new Web(this).register(config, routes);
  }

  /** @return the users, read again if their file changed; null when the service is read-only */
  Users users() {
    Users u = users;
    if (u == null) return null;
    Users now = u.current();
    if (now != u) users = now;
    return now;
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  Assessor assessor() {
    try {
      return assessor.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the rules were loading", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the rules could not be loaded: " + e.getCause(), e.getCause());
    }
  }

  /**
   * Assesses one dataset, in a batch with those of requests assessed at the same time (as of the
   * same day); the assessment is the one {@code Assessor.assess} gives for the dataset alone.
   */
  Assessment assess(Dataset d, LocalDate asOf) {
    return batches.run(new Work(Objects.requireNonNull(d, "dataset"), asOf != null ? asOf : today()));
  }

  /** @return the assessments of works of one day, in their order */
  private List<Assessment> assessAll(List<Work> works) {
    List<Dataset> datasets = new ArrayList<>(works.size());
    for (Work w : works) datasets.add(w.dataset());
    return assessor().assessAll(datasets, works.get(0).asOf());
  }

  /** The record's datasets and their assessments, in file order, with the files that are not datasets. */
  record Portfolio(List<DatasetReport> reports, List<Record.Entry> entries, List<InputProblem> invalid) {}

  Portfolio portfolio(LocalDate asOf) throws IOException {
    Record.Listing l = record.list();
    List<Record.Entry> entries = new ArrayList<>(l.datasets().values());
    List<Dataset> datasets = entries.stream().map(Record.Entry::dataset).toList();
    List<Assessment> assessed = assessor().assessAll(datasets, asOf != null ? asOf : today());
    List<DatasetReport> reports = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      reports.add(DatasetReport.of(datasets.get(i), assessed.get(i)).withOrigin(Origin.of(entries.get(i).name())));
    }
    return new Portfolio(reports, entries, l.invalid());
  }

  DatasetReport report(Record.Entry e, LocalDate asOf) {
    return DatasetReport.of(e.dataset(), assess(e.dataset(), asOf)).withOrigin(Origin.of(e.name()));
  }

  ReportWriter writer(Format format, Language lang) {
    return writers.computeIfAbsent(format.id() + "/" + lang.tag(),
        k -> Reports.writer(format, ReportOptions.builder().language(lang).build()));
  }

  byte[] write(Format format, Language lang, List<DatasetReport> reports, List<InputProblem> invalid)
      throws IOException {
    if (reports.size() == 1 && invalid.isEmpty()) return write(format, lang, reports.get(0)).toByteArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    try (PortfolioReport p = writer(format, lang).open(out)) {
      for (DatasetReport r : reports) p.add(r);
      for (InputProblem i : invalid) p.failed(i);
      p.finish();
    }
    return out.toByteArray();
  }

  /**
   * Writes one dataset's report whole before any of it is sent, so that a failure to write is an
   * error answer rather than half a report.
   *
   * @return the report, to be sent with {@link Api#send}
   */
  ByteArrayOutputStream write(Format format, Language lang, DatasetReport report) throws IOException {
    // One dataset's JSON assessment is some 5-17 KB: start there rather than double up from 32 bytes.
    ByteArrayOutputStream out = new ByteArrayOutputStream(20 * 1024);
    writer(format, lang).write(report, out);
    return out;
  }

  /**
   * Changes a dataset file: under the dataset's lock, checks that the file is still the one the
   * caller read (its ETag), applies the changes through {@link RecordFile} as {@code odis set} and
   * {@code odis progress} do, writes the file atomically if it changed, and logs the write.
   *
   * @param ifMatch the ETag the caller read
   * @return the file as it now is
   * @throws Problem 404 (no such dataset), 412 (changed since), 400 (a change the reader refuses)
   */
  Record.Entry write(String id, String ifMatch, List<Change> changes, Users.User who, String via)
      throws IOException {
    ReentrantLock lock = record.lock(id);
    lock.lock();
    try {
      Record.Entry before = record.get(id);
      if (!before.etag().equals(ifMatch)) throw stale(before);
      RecordFile f = before.file();
      try {
        for (Change c : changes) f = c.apply(f);
      } catch (InvalidInputException e) {
        throw Problem.badInput(e.getProblem());
      }
      if (!f.isChanged()) return before;
      if (!f.dataset().getId().equals(before.dataset().getId())) {
        // The id names the dataset in every address of the service and in the audit log.
        throw Problem.badBody("/id", "the id cannot be changed through the service",
            "the other fields; rename a dataset in its file (odis set FILE id NEW-ID), where the record's other ids are in sight");
      }
      // Edited outside the service (odis set, an editor, git) since it was read: refuse, as the CLI does.
      byte[] onDisk = Files.readAllBytes(before.path());
      if (!Record.etag(onDisk).equals(before.etag())) throw stale(record.get(id));
      String text = f.text();
      f.write(before.path());
      Record.Entry after;
      try {
        after = record.read(before.path());
      } catch (InvalidInputException e) {
        throw new IllegalStateException("the file just written is not read back: " + e.getMessage(), e);
      }
      audit.append(Instant.now(clock), who, via, before, text, after.etag(), changes);
      return after;
    } finally {
      lock.unlock();
    }
  }

  private static Problem stale(Record.Entry now) {
    return Problem.of(412, "stale", "Precondition failed",
        "the dataset '" + now.dataset().getId() + "' was changed since it was read; read it again and redo the change")
        .with("etag", now.etag());
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
