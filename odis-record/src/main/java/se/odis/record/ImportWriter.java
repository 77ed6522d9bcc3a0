package se.odis.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes an import's files all or nothing, as far as the disk allows: every file is first written
 * in full beside its target and forced to disk, and only when all are there is each renamed over
 * its target (see {@link RecordImport#write()} for what a failure leaves).
 */
final class ImportWriter {
  /** Files forced to disk at once: forcing waits on the disk, and the file system batches them. */
  private static final int WRITERS = 8;

  private ImportWriter() {}

  /**
   * @param dir the record directory, made if need be
   * @param writes each file's new text, in the order the files are renamed
   * @param sink what writes them: {@link AtomicFiles#ATOMIC}, or a test's that fails
   * @throws IOException naming the file that could not be written, and what was changed
   */
  static void write(Path dir, Map<Path, String> writes, AtomicFiles.Sink sink) throws IOException {
    if (writes.isEmpty()) return;
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new IOException(dir + ": cannot make the record directory (" + AtomicFiles.reason(e) + "); nothing was written", e);
    }
    List<Path> targets = new ArrayList<>(writes.keySet());
    // Leftovers of killed runs go before this run's own temporary files are made beside them.
    Set<Path> dirs = new LinkedHashSet<>();
    for (Path target : targets) dirs.add(target.toAbsolutePath().getParent());
    for (Path d : dirs) AtomicFiles.sweep(d);
    Path[] temps = new Path[targets.size()];
    Thread cleanup = new Thread(() -> discard(temps), "odis-import-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(WRITERS, targets.size()), r -> {
      Thread t = new Thread(r, "odis-import-writer");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Path>> prepared = new ArrayList<>();
      for (Path target : targets) prepared.add(pool.submit(() -> sink.prepare(target, writes.get(target))));
      IOException failed = null;
      for (int i = 0; i < targets.size(); i++) {
        try {
          temps[i] = prepared.get(i).get();
        } catch (ExecutionException e) {
          if (failed == null) {
            Throwable cause = e.getCause();
            failed = new IOException(targets.get(i) + ": cannot write the file (" + AtomicFiles.reason(cause)
                + "); no file of the record was changed", cause);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          if (failed == null) failed = new IOException("interrupted while writing; no file of the record was changed", e);
        }
      }
      if (failed != null) throw failed;
      for (int i = 0; i < targets.size(); i++) {
        try {
          sink.commit(temps[i], targets.get(i));
          temps[i] = null;
        } catch (IOException e) {
          throw new IOException(targets.get(i) + ": cannot replace the file (" + AtomicFiles.reason(e) + "); " + i + " of "
              + targets.size() + " files were replaced, the others are as they were: run the import again", e);
        }
      }
    } finally {
      pool.shutdownNow();
      discard(temps);
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
      } catch (IllegalStateException e) {
        // The process is ending: the hook is running or has run.
      }
    }
  }

  /** Removes the temporary files not (yet) renamed. */
  private static void discard(Path[] temps) {
    for (int i = 0; i < temps.length; i++) {
      Path t = temps[i];
      if (t == null) continue;
      try {
        Files.deleteIfExists(t);
        temps[i] = null;
      } catch (IOException e) {
        // Left behind: a hidden file ending in .odis-tmp, which nothing reads.
      }
    }
  }
}
