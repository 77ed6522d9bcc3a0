package se.odis.record;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import se.odis.model.InvalidInputException;

/**
 * Work on every dataset of a record at once: reading, merging and checking a file is a few
 * milliseconds of CPU each, and a record has hundreds. The results come in input order, and the
 * first item's problem (in input order) is the one reported, so the outcome never depends on the
 * number of threads.
 */
final class Parallel {
  /** Threads: the processors, at most four (as {@code odis assess} uses). */
  static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

  /** One item's work. */
  interface Work<T, R> {
    R apply(T item) throws InvalidInputException;
  }

  private Parallel() {}

  /**
   * @return the results of the work on each item, in the items' order
   * @throws InvalidInputException the first item's problem, in the items' order
   */
  static <T, R> List<R> map(List<T> items, Work<T, R> work) throws InvalidInputException {
    if (items.size() < 8 || THREADS == 1) {
      List<R> out = new ArrayList<>(items.size());
      for (T t : items) out.add(work.apply(t));
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
      Thread t = new Thread(r, "odis-record");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<R>> futures = new ArrayList<>(items.size());
      for (T t : items) futures.add(pool.submit(() -> work.apply(t)));
      List<R> out = new ArrayList<>(items.size());
      for (Future<R> f : futures) {
        try {
          out.add(f.get());
        } catch (ExecutionException e) {
          Throwable c = e.getCause();
          if (c instanceof InvalidInputException) throw (InvalidInputException) c;
          if (c instanceof RuntimeException) throw (RuntimeException) c;
          if (c instanceof Error) throw (Error) c;
          throw new IllegalStateException(c);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }
}
