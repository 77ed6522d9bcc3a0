package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The ordered parallel pipeline: input order out, whatever the threads and timing; bounded in flight. */
class PipelineProperties {
  @Property(tries = 50)
  void results_comeInInputOrder_forAnyThreadCountAndTiming(
      @ForAll @Size(max = 400) List<@IntRange(min = 0, max = 1000) Integer> items,
      @ForAll @IntRange(min = 1, max = 6) int threads) {
    List<Integer> out = new ArrayList<>();

    Pipeline.run(items.iterator(), threads, i -> {
      if (i % 5 == 0) LockSupport.parkNanos(ThreadLocalRandom.current().nextInt(50_000));
      return i * 2;
    }, out::add);

    assertThat(out).containsExactlyElementsOf(items.stream().map(i -> i * 2).toList());
  }

  @Property(tries = 20)
  void itemsInFlight_neverExceedTheWindow(@ForAll @IntRange(min = 1, max = 4) int threads) {
    AtomicInteger drawn = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    int window = threads * Pipeline.WINDOW_PER_THREAD;
    java.util.Iterator<Integer> items = new java.util.Iterator<>() {
      int n;

      @Override
      public boolean hasNext() {
        return n < 2000;
      }

      @Override
      public Integer next() {
        assertThat(drawn.get() - done.get()).isLessThanOrEqualTo(window);
        drawn.incrementAndGet();
        return n++;
      }
    };

    Pipeline.run(items, threads, i -> i, i -> done.incrementAndGet());

    assertThat(done.get()).isEqualTo(2000);
  }

  @Property(tries = 10)
  void anExceptionInTheWork_reachesTheCaller(@ForAll @IntRange(min = 1, max = 4) int threads) {
    assertThatThrownBy(() -> Pipeline.run(List.of(1, 2, 3, 4, 5).iterator(), threads, i -> {
      if (i == 3) throw new IllegalStateException("boom " + i);
      return i;
    }, i -> { }))
        .isInstanceOf(IllegalStateException.class).hasMessage("boom 3");
  }
}
