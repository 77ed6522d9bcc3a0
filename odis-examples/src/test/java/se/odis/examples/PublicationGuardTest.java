package se.odis.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.odis.model.Assessment;
import se.odis.model.Dataset;
import se.odis.model.DatasetReader;
import se.odis.model.Verdict;
import se.odis.rules.Assessor;

class PublicationGuardTest {
  private static final Path DATASETS = Path.of("datasets");
  private static Assessor assessor;
  private static ExecutorService pool;

  @BeforeAll
  static void setUp() {
    assessor = Assessor.create();
    pool = Executors.newFixedThreadPool(8);
  }

  @AfterAll
  static void tearDown() {
    pool.shutdownNow();
  }

  private static Dataset read(String name) throws Exception {
    return DatasetReader.strict().read(DATASETS.resolve(name));
  }

  @Test
  void readyExample_onPublish_isAllowed() throws Exception {
    PublicationGuard.Decision d = new PublicationGuard(assessor).onPublish(read("ready-to-publish.json"), "sv");
    assertThat(d.isAllowed()).isTrue();
    assertThat(d.getReasons()).isEmpty();
    assertThat(d.getAssessment().getVerdict()).isEqualTo(Verdict.READY_TO_PUBLISH);
  }

  @Test
  void personalDataExample_onPublish_isRefusedWithReasonInEnglish() throws Exception {
    PublicationGuard.Decision d = new PublicationGuard(assessor).onPublish(read("blocked-personal-data.json"), "en");
    assertThat(d.isAllowed()).isFalse();
    assertThat(d.getAssessment().getVerdict()).isEqualTo(Verdict.BLOCKED);
    assertThat(d.getReasons()).anySatisfy(r -> assertThat(r).startsWith("PD-003").contains("pseudonymis"));
  }

  @Test
  void phaseAExample_onPublish_isRefused() throws Exception {
    PublicationGuard.Decision d = new PublicationGuard(assessor).onPublish(read("phase-a-identify.json"), "sv");
    assertThat(d.isAllowed()).isFalse();
    assertThat(d.getAssessment().getVerdict()).isEqualTo(Verdict.IN_PROGRESS);
    assertThat(d.getAssessment().getStage()).isEqualTo("A1");
  }

  @Test
  void everyExample_readsAndAssesses() throws Exception {
    try (Stream<Path> files = Files.list(DATASETS)) {
      List<Path> all = files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
      assertThat(all).hasSizeGreaterThanOrEqualTo(3);
      for (Path p : all) {
        assertThat(assessor.assess(DatasetReader.strict().read(p)).getDatasetId()).isNotBlank();
      }
    }
  }

  @Test
  void manyThreads_giveTheSameAssessmentsAsOneThread() throws Exception {
    List<Dataset> datasets = List.of(read("ready-to-publish.json"), read("blocked-personal-data.json"),
        read("phase-a-identify.json"));
    java.time.LocalDate day = java.time.LocalDate.of(2026, 11, 26);
    List<Assessment> sequential = new ArrayList<>();
    for (Dataset d : datasets) sequential.add(assessor.assess(d, day));

    List<Future<Assessment>> futures = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      Dataset d = datasets.get(i % datasets.size());
      futures.add(pool.submit(() -> assessor.assess(d, day)));
    }
    for (int i = 0; i < futures.size(); i++) {
      assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % datasets.size()));
    }
  }
}
