package se.odis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.rules.SharedAssessor.AS_OF;
import static se.odis.rules.SharedAssessor.ASSESSOR;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import se.odis.model.Assessment;
import se.odis.model.Dataset;

/** One assessor, many threads: every concurrent assessment equals the sequential one. */
class AssessorConcurrencyTest {
  private static final int THREADS = 8;
  private static final int PER_THREAD = 150;

  /** Varied datasets from the property generator, drawn with a fixed seed so that a failure repeats. */
  private static List<Dataset> variedDatasets(int count, long seed) {
    List<Dataset> out = new ArrayList<>();
    out.add(Datasets.readyToPublish().build());
    out.add(Datasets.published().build());
    out.add(Datasets.withdrawn().build());
    out.add(Datasets.fresh().build());
    out.add(AssessorTest.everythingWrong());
    // Generating outside a property needs a jqwik session.
    JqwikSession.start();
    try {
      RandomGenerator<Dataset> generator = DatasetArbitraries.datasets().generator(1000);
      Random random = new Random(seed);
      while (out.size() < count) out.add(generator.next(random).value());
    } finally {
      JqwikSession.finish();
    }
    return out;
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void reusedSessions_giveWhatFreshSessionsGive() {
    // The assessor reuses its rule sessions (Drools resets them): a session that has assessed other
    // datasets, alone and in batches, must leave nothing behind in the next assessment. A state
    // left behind would show as an assessment that depends on what was assessed before it.
    List<Dataset> datasets = variedDatasets(40, 20261202L);
    Assessor forward = Assessor.create();
    List<Assessment> expected = new ArrayList<>();
    for (Dataset d : datasets) expected.add(forward.assess(d, AS_OF));
    for (int i = 0; i < 3; i++) {
      // The first assessment of a new assessor runs in new sessions.
      assertThat(Assessor.create().assess(datasets.get(i * 13), AS_OF)).isEqualTo(expected.get(i * 13));
    }
    for (int round = 0; round < 2; round++) {
      for (int i = datasets.size() - 1; i >= 0; i--) {
        assertThat(ASSESSOR.assess(datasets.get(i), AS_OF)).as("dataset %d, round %d", i, round).isEqualTo(expected.get(i));
      }
      assertThat(forward.assessAll(datasets, AS_OF)).isEqualTo(expected);
      assertThat(ASSESSOR.assessAll(datasets.subList(round, datasets.size()), AS_OF))
          .isEqualTo(expected.subList(round, datasets.size()));
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void assess_eightThreadsSharingOneAssessor_giveTheSequentialResults() throws Exception {
    List<Dataset> datasets = variedDatasets(60, 20261126L);
    List<Assessment> expected = new ArrayList<>();
    for (Dataset d : datasets) expected.add(ASSESSOR.assess(d, AS_OF));

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t * 7;
        futures.add(pool.submit(() -> {
          start.await();
          List<String> mismatches = new ArrayList<>();
          for (int i = 0; i < PER_THREAD; i++) {
            int k = (offset + i) % datasets.size();
            Assessment actual = ASSESSOR.assess(datasets.get(k), AS_OF);
            if (!actual.equals(expected.get(k))) mismatches.add("dataset " + k + ": " + actual + " != " + expected.get(k));
          }
          return mismatches;
        }));
      }
      start.countDown();
      List<String> mismatches = new ArrayList<>();
      for (Future<List<String>> f : futures) mismatches.addAll(f.get(100, TimeUnit.SECONDS));
      assertThat(mismatches).isEmpty();
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
  }
}
