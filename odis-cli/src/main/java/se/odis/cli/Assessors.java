package se.odis.cli;

import se.odis.rules.Assessor;

/**
 * The one {@link Assessor} of the process, built on first use: loading the knowledge base is the
 * slow part of a run, and an assessor is thread-safe and reusable. If building fails, the next use
 * tries again (and fails with the same {@code RuleSetException}).
 */
final class Assessors {
  private static volatile Assessor shared;
  private static java.util.concurrent.CompletableFuture<Assessor> building;

  private Assessors() {}

  /**
   * Starts building the shared assessor on another thread, so that loading the rules overlaps
   * with reading the input: on two cores that takes a fifth off a single assessment's run time.
   */
  static synchronized void prefetch() {
    if (shared != null || building != null) return;
    building = new java.util.concurrent.CompletableFuture<>();
    java.util.concurrent.CompletableFuture<Assessor> f = building;
    Thread t = new Thread(() -> {
      try {
        f.complete(Assessor.create());
      } catch (Throwable e) {
        f.completeExceptionally(e);
      }
    }, "odis-rules-loader");
    t.setDaemon(true);
    t.start();
  }

  /**
   * The shared assessor, as it is being built: begun by {@link #prefetch()} at the start of
   * {@code main}, or now. For {@code odis serve}, which starts beside it and makes its requests wait
   * for it. A build that failed is begun again, as {@link #shared()} does.
   *
   * @return the assessor, built or being built
   */
  static synchronized java.util.concurrent.CompletableFuture<Assessor> loading() {
    if (shared != null) return java.util.concurrent.CompletableFuture.completedFuture(shared);
    if (building != null && building.isCompletedExceptionally()) building = null;
    prefetch();
    java.util.concurrent.CompletableFuture<Assessor> f = building;
    f.thenAccept(a -> {
      synchronized (Assessors.class) {
        if (shared == null) shared = a;
      }
    });
    return f;
  }

  static Assessor shared() {
    Assessor a = shared;
    if (a != null) return a;
    java.util.concurrent.CompletableFuture<Assessor> f;
    synchronized (Assessors.class) {
      if (shared != null) return shared;
      f = building;
      building = null;
    }
    if (f != null) {
      try {
        a = f.join();
      } catch (java.util.concurrent.CompletionException e) {
        // A failed prefetch is retried here, so the caller sees the real exception.
        a = null;
      }
    }
    synchronized (Assessors.class) {
      if (shared == null) shared = a != null ? a : Assessor.create();
      return shared;
    }
  }
}
