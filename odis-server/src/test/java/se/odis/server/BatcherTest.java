package se.odis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The batching of concurrent requests' work: at once when idle, together when busy, each its own result. */
class BatcherTest {
  private final ExecutorService pool = Executors.newCachedThreadPool();
  /** Every batch run, as the items it got. */
  private final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  /** Upper-cases each item; fails a batch holding "bad", as a rule pack's rule failing on one dataset would. */
  private List<String> upper(List<String> items) {
    batches.add(List.copyOf(items));
    if (items.contains("bad")) throw new IllegalArgumentException("cannot do bad");
    return items.stream().map(s -> s.toUpperCase(java.util.Locale.ROOT)).toList();
  }

  @Test
  void idle_runsAtOnce_inTheCallersThread_alone() {
    List<String> threads = Collections.synchronizedList(new ArrayList<>());
    Batcher<String, String> b = new Batcher<>(1, s -> "", items -> {
      threads.add(Thread.currentThread().getName());
      return upper(items);
    });
    assertThat(b.run("a")).isEqualTo("A");
    assertThat(b.run("b")).isEqualTo("B");
    assertThat(batches).containsExactly(List.of("a"), List.of("b"));
    assertThat(threads).containsOnly(Thread.currentThread().getName());
  }

  @Test
  void busy_queuedItemsRunTogether_eachGetsItsOwnResult() throws Exception {
    CountDownLatch inFirst = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Batcher<String, String> b = new Batcher<>(1, s -> "", items -> {
      if (items.contains("first")) {
        inFirst.countDown();
        await(release);
      }
      return upper(items);
    });
    Future<String> first = pool.submit(() -> b.run("first"));
    assertThat(inFirst.await(10, TimeUnit.SECONDS)).isTrue();
    List<String> others = List.of("p", "q", "r", "s", "t");
    List<Future<String>> queued = new ArrayList<>();
    for (String s : others) queued.add(pool.submit(() -> b.run(s)));
    waitUntil(() -> b.queued() == others.size());
    release.countDown();
    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("FIRST");
    for (int i = 0; i < others.size(); i++) {
      assertThat(queued.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(others.get(i).toUpperCase(java.util.Locale.ROOT));
    }
    assertThat(batches).hasSize(2);
    assertThat(batches.get(0)).containsExactly("first");
    assertThat(batches.get(1)).containsExactlyInAnyOrderElementsOf(others);
  }

  @Test
  void aFailingItem_failsItsOwnRequestOnly() throws Exception {
    CountDownLatch inFirst = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Batcher<String, String> b = new Batcher<>(1, s -> "", items -> {
      if (items.contains("first")) {
        inFirst.countDown();
        await(release);
      }
      return upper(items);
    });
    Future<String> first = pool.submit(() -> b.run("first"));
    assertThat(inFirst.await(10, TimeUnit.SECONDS)).isTrue();
    Future<String> good1 = pool.submit(() -> b.run("good"));
    Future<String> bad = pool.submit(() -> b.run("bad"));
    Future<String> good2 = pool.submit(() -> b.run("fine"));
    waitUntil(() -> b.queued() == 3);
    release.countDown();
    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("FIRST");
    assertThat(good1.get(10, TimeUnit.SECONDS)).isEqualTo("GOOD");
    assertThat(good2.get(10, TimeUnit.SECONDS)).isEqualTo("FINE");
    assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalArgumentException.class)
        .hasRootCauseMessage("cannot do bad");
    // The spoilt batch of three, then each of them alone.
    assertThat(batches.get(1)).containsExactlyInAnyOrder("good", "bad", "fine");
    assertThat(batches.subList(2, batches.size())).containsExactlyInAnyOrder(List.of("good"), List.of("bad"), List.of("fine"));
    // The batcher is not left busy by the failure.
    assertThat(b.run("after")).isEqualTo("AFTER");
    assertThatThrownBy(() -> b.run("bad")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void itemsOfAnotherKey_neverShareABatch() throws Exception {
    CountDownLatch inFirst = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Function<String, Object> day = s -> s.substring(0, 1);
    Batcher<String, String> b = new Batcher<>(1, day, items -> {
      if (items.contains("x-first")) {
        inFirst.countDown();
        await(release);
      }
      return upper(items);
    });
    Future<String> first = pool.submit(() -> b.run("x-first"));
    assertThat(inFirst.await(10, TimeUnit.SECONDS)).isTrue();
    List<String> others = List.of("a1", "b1", "a2", "b2", "a3");
    List<Future<String>> queued = new ArrayList<>();
    for (String s : others) queued.add(pool.submit(() -> b.run(s)));
    waitUntil(() -> b.queued() == others.size());
    release.countDown();
    first.get(10, TimeUnit.SECONDS);
    for (int i = 0; i < others.size(); i++) {
      assertThat(queued.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(others.get(i).toUpperCase(java.util.Locale.ROOT));
    }
    for (List<String> batch : batches) {
      assertThat(batch).as("one key a batch").extracting(day).containsOnly(day.apply(batch.get(0)));
    }
    assertThat(batches).hasSize(3);
  }

  @Test
  void manyThreads_everyoneGetsTheirOwnResult() throws Exception {
    Batcher<String, String> b = new Batcher<>(2, s -> s.length() % 3, this::upper);
    List<Future<List<String>>> all = new ArrayList<>();
    for (int t = 0; t < 16; t++) {
      int thread = t;
      all.add(pool.submit(() -> {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
          String item = "t" + thread + "-i" + i + "x".repeat(i % 5);
          String r = b.run(item);
          if (!r.equals(item.toUpperCase(java.util.Locale.ROOT))) wrong.add(item + " -> " + r);
        }
        return wrong;
      }));
    }
    for (Future<List<String>> f : all) assertThat(f.get(60, TimeUnit.SECONDS)).isEmpty();
    assertThat(b.queued()).isZero();
    assertThat(batches).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(Batcher.MAX_BATCH));
  }

  private static void await(CountDownLatch l) {
    try {
      if (!l.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("never released");
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void waitUntil(java.util.function.BooleanSupplier c) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!c.getAsBoolean()) {
      if (System.nanoTime() > end) throw new AssertionError("not reached in 10 s");
      Thread.sleep(5);
    }
  }
}
