package se.odis.server;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Runs the work of concurrent requests in batches: a request that finds a free engine runs at once,
 * in its own thread, together with whatever requests are queued by then; a request that finds every
 * engine busy queues, and the next request to find one free takes it along. Nothing ever waits for
 * a batch to fill: an idle service answers a lone request as soon as it would alone.
 *
 * <p>Why: a rule session costs more to set up than to assess a dataset in (its memories are built
 * on the first facts), and {@code Assessor.assessAll} shares one session among the datasets of a
 * call. One session per request made the service pay that set-up on every request, and let as
 * many requests run the rules at once as Jetty had threads, on a machine with far fewer cores.
 *
 * <p>Only items with an equal key share a batch (assessments as of one day). A batch that fails is
 * run again item by item, so that an item that fails (a rule pack's rule that cannot run on one
 * dataset) fails its own request and no other. Each item's result is its own: the batch function
 * must give, for each item, what it would give for the item alone. Thread-safe.
 *
 * @param <T> an item of work
 * @param <R> its result
 */
final class Batcher<T, R> {
  /** The most items in one batch (the assessor's own session size). */
  static final int MAX_BATCH = 64;

  private final Function<T, Object> key;
  private final Function<List<T>, List<R>> all;
  private final int engines;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition finished = lock.newCondition();
  private final ArrayDeque<Job<T, R>> queue = new ArrayDeque<>();
  private int running;

  /**
   * @param engines how many batches may run at once (the cores: more only contend for them)
   * @param key the key of an item: only items with equal keys share a batch
   * @param all the work: the results of items of one key, in their order
   */
  Batcher(int engines, Function<T, Object> key, Function<List<T>, List<R>> all) {
    if (engines < 1) throw new IllegalArgumentException("engines " + engines + " < 1");
    this.engines = engines;
    this.key = Objects.requireNonNull(key, "key");
    this.all = Objects.requireNonNull(all, "all");
  }

  /** One item and, once its batch has run, its result or what went wrong. Guarded by the lock once queued. */
  private static final class Job<T, R> {
    final T item;
    final Object key;
    R result;
    Throwable failure;
    boolean done;

    Job(T item, Object key) {
      this.item = item;
      this.key = key;
    }
  }

  /**
   * @param item the work
   * @return its result, as {@code all} gives it for the item alone
   * @throws RuntimeException (or Error) what {@code all} threw for the item alone
   */
  R run(T item) {
    Job<T, R> job = new Job<>(item, key.apply(item));
    lock.lock();
    try {
      queue.add(job);
      while (!job.done) {
        if (running < engines && !queue.isEmpty()) {
          // An engine is free: run what is queued (this job, unless a batch running took it).
          List<Job<T, R>> batch = take();
          running++;
          lock.unlock();
          try {
            runBatch(batch);
          } finally {
            lock.lock();
            running--;
            for (Job<T, R> j : batch) j.done = true;
            finished.signalAll();
          }
        } else {
          // Woken when a batch ends: this job's, or one that frees an engine for what is queued.
          finished.awaitUninterruptibly();
        }
      }
    } finally {
      lock.unlock();
    }
    if (job.failure instanceof RuntimeException e) throw e;
    if (job.failure instanceof Error e) throw e;
    return job.result;
  }

  /** @return the first queued job and the queued jobs of its key after it, in order (lock held) */
  private List<Job<T, R>> take() {
    List<Job<T, R>> batch = new ArrayList<>();
    Object k = queue.peekFirst().key;
    for (Iterator<Job<T, R>> it = queue.iterator(); it.hasNext() && batch.size() < MAX_BATCH; ) {
      Job<T, R> j = it.next();
      if (j.key.equals(k)) {
        batch.add(j);
        it.remove();
      }
    }
    return batch;
  }

  /** Runs a batch without the lock; every job of it leaves with a result or a failure. */
  private void runBatch(List<Job<T, R>> batch) {
    List<T> items = new ArrayList<>(batch.size());
    for (Job<T, R> j : batch) items.add(j.item);
    try {
      List<R> results = all.apply(items);
      if (results.size() != items.size()) {
        throw new IllegalStateException(results.size() + " results for " + items.size() + " items");
      }
      for (int i = 0; i < batch.size(); i++) batch.get(i).result = results.get(i);
      return;
    } catch (RuntimeException | Error e) {
      if (batch.size() == 1) {
        batch.get(0).failure = e;
        return;
      }
    }
    // One item spoilt the batch: each alone, so that its failure is its request's only.
    for (Job<T, R> j : batch) {
      try {
        j.result = all.apply(List.of(j.item)).get(0);
      } catch (RuntimeException | Error e) {
        j.failure = e;
      }
    }
  }

  /** @return how many items wait for an engine (for tests) */
  int queued() {
    lock.lock();
    try {
      return queue.size();
    } finally {
      lock.unlock();
    }
  }
}
