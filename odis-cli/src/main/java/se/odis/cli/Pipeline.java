package se.odis.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A bounded, ordered parallel map: {@code work} runs on up to {@code threads} threads, and
 * {@code sink} gets the results on the calling thread in the order of the items, so that the output
 * does not depend on the number of threads. At most a fixed window of items is in flight, so that
 * memory stays flat however many items there are. The items are drawn on the calling thread.
 */
final class Pipeline {
  /**
   * Items in flight per thread: enough to keep the threads busy, little enough to stay small
   * (an item of {@code odis assess} is a chunk of {@link AssessCommand#CHUNK} datasets).
   */
  static final int WINDOW_PER_THREAD = 4;

  private Pipeline() {}

  /**
   * Runs the pipeline to the end of the items.
   *
   * @param items the items, drawn on the calling thread
   * @param threads how many threads run {@code work}; 1 runs everything on the calling thread
   * @param work what to do with an item; must be thread-safe
   * @param sink gets each result, in item order, on the calling thread
   * @param <T> the item type
   * @param <R> the result type
   * @throws RuntimeException whatever {@code work} or {@code sink} throws (the rest is cancelled)
   */
  static <T, R> void run(Iterator<T> items, int threads, Function<T, R> work, Consumer<R> sink) {
    if (threads <= 1) {
      while (items.hasNext()) sink.accept(work.apply(items.next()));
      return;
    }
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "odis-assess-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    int window = threads * WINDOW_PER_THREAD;
    Deque<Future<R>> inFlight = new ArrayDeque<>(window);
    try {
      while (true) {
        while (inFlight.size() < window && items.hasNext()) {
          T item = items.next();
          inFlight.add(pool.submit(() -> work.apply(item)));
        }
        Future<R> head = inFlight.poll();
        if (head == null) break;
        sink.accept(get(head));
      }
    } finally {
      for (Future<R> f : inFlight) f.cancel(true);
      pool.shutdownNow();
    }
  }

  private static <R> R get(Future<R> f) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return f.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) throw (RuntimeException) cause;
      if (cause instanceof Error) throw (Error) cause;
      throw new IllegalStateException(cause);
    } finally {
      if (interrupted) Thread.currentThread().interrupt();
    }
  }
}
