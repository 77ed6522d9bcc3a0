package se.odis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.odis.model.Assessment;
import se.odis.model.DataTheme;
import se.odis.model.Dataset;
import se.odis.model.Fees;
import se.odis.model.Frequency;
import se.odis.model.ImmutableDataset;
import se.odis.model.ImmutableDistribution;

/**
 * ODIS assesses many datasets in one session of its own rules. That is sound only while no rule
 * mixes two datasets' facts: a rule may join facts, but only one dataset's, through their context
 * ({@code DistributionFact(context == $c, …)}). This checks the property itself — a dataset
 * assessed among others comes out exactly as assessed alone — on neighbours chosen so that a rule
 * joining facts without the context would see the wrong dataset's distributions or licences. The
 * random portfolios of {@code AssessmentProperties} check the same on generated datasets.
 */
class BatchSafetyTest {
  /**
   * A high-value dataset whose distributions lack everything the distribution-level rules look
   * for: no API, no bulk download, no documentation, nothing machine-readable, no licences.
   */
  static Dataset lacking() {
    return Datasets.readyToPublish().id("lacking").licence(null).landingPage(null).support(null)
        .accrualPeriodicity(Frequency.DAILY)
        .distributions(List.of(ImmutableDistribution.builder().format("PDF")
            .accessUrl(URI.create("https://example.se/rapport.pdf")).build()))
        .build();
  }

  /**
   * A dataset whose distributions have all of it, and a licence that is not HVD-compatible on a
   * distribution: what a rule joining without the context would wrongly credit to the dataset above,
   * or blame on it.
   */
  static Dataset complete() {
    return Datasets.readyToPublish().id("complete").hvdCategory(null).licence("CC-BY-NC-4.0")
        .addDistributions(ImmutableDistribution.builder().format("XLSX")
            .accessUrl(URI.create("https://example.se/data.xlsx")).downloadUrl(URI.create("https://example.se/data.xlsx"))
            .licence("CC-BY-SA-4.0").build())
        .addDistributions(ImmutableDistribution.builder().format("JSON").api(true)
            .accessUrl(URI.create("https://api.example.se/x")).build())
        .build();
  }

  /** Machine-readable only in a vendor's format. */
  static Dataset proprietary() {
    return Datasets.readyToPublish().id("proprietary").hvdCategory(null)
        .distributions(List.of(ImmutableDistribution.builder().format("XLSX")
            .accessUrl(URI.create("https://example.se/data.xlsx")).build()))
        .build();
  }

  /** Neither high-value, nor given any distribution. */
  static Dataset bare() {
    return Datasets.readyToPublish().id("bare").hvdCategory(null).licence(null).fees(Fees.CHARGED).distributions(List.of())
        .themes(List.of(DataTheme.TRAN)).build();
  }

  @Test
  void datasetsAmongOthers_areAssessedExactlyAsAlone() {
    List<Dataset> batch = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      batch.add(lacking());
      batch.add(complete());
      batch.add(bare());
      batch.add(proprietary());
    }
    assertEachAsAlone(SharedAssessor.ASSESSOR, batch);
  }

  @Test
  void theNeighbours_fireTheRulesThatJoinDistributionsOrLicences() {
    // Without these findings the test above would prove nothing about the joins.
    Set<String> lacking = ids(SharedAssessor.ASSESSOR.assess(lacking(), Datasets.AS_OF));
    assertThat(lacking).contains("FMT-001", "API-001", "HVD-002", "HVD-003", "LIC-001", "DOC-001");
    Set<String> complete = ids(SharedAssessor.ASSESSOR.assess(complete(), Datasets.AS_OF));
    assertThat(complete).contains("LIC-002", "LIC-007", "API-002").doesNotContain("FMT-002", "HVD-001", "HVD-004");
    Dataset hvdComplete = ImmutableDataset.copyOf(complete()).withHvdCategory(lacking().getHvdCategory());
    assertThat(ids(SharedAssessor.ASSESSOR.assess(hvdComplete, Datasets.AS_OF))).contains("HVD-001", "HVD-004");
    assertThat(ids(SharedAssessor.ASSESSOR.assess(proprietary(), Datasets.AS_OF))).contains("FMT-002");
    assertThat(ids(SharedAssessor.ASSESSOR.assess(bare(), Datasets.AS_OF))).contains("DIST-001", "LIC-001", "OPEN-002", "HVD-007");
  }

  @Test
  void everyFactOfABatchSession_namesItsDataset() {
    AssessmentContext c = new AssessmentContext(complete(), Datasets.AS_OF);
    assertThat(c.getContext()).isSameAs(c);
    assertThat(c.getDistributions()).isNotEmpty().allSatisfy(f -> assertThat(f.getContext()).isSameAs(c));
    assertThat(c.getLicences()).isNotEmpty().allSatisfy(f -> assertThat(f.getContext()).isSameAs(c));
    assertThat(c.getTasks()).allSatisfy(t -> assertThat(t.getContext()).isSameAs(c));
  }

  @Test
  void packRuleJoiningTwoFacts_seesOneDatasetAtATime(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("join.drl"), "package se.kommun.rules;\n"
        + "import se.odis.model.Dataset;\nimport se.odis.rules.TaskState;\n"
        + "global se.odis.rules.FindingSink findings;\n"
        + "rule \"Ingen specifikation\"\n"
        + "  @id(\"MUN-010\") @severity(\"WARNING\") @step(\"A.1.2.2\")\n"
        + "  @title_sv(\"t\") @title_en(\"t\") @message_sv(\"x\") @message_en(\"x\") @remedy_sv(\"y\") @remedy_en(\"y\")\n"
        + "when\n  Dataset(conformsTo == null)\n  TaskState(taskId == \"C.3.1.1\", !done)\n"
        + "then\n  findings.emit(drools, \"/conformsTo\");\nend\n", StandardCharsets.UTF_8);
    Assessor assessor = Assessor.builder().rulePack(dir).build();
    Dataset without = Datasets.readyToPublish().conformsTo(null).build();
    Dataset with = Datasets.readyToPublish().build();
    assertThat(with.getConformsTo()).isNotNull();
    List<Assessment> both = assessor.assessAll(List.of(without, with, without), Datasets.AS_OF);
    assertThat(both).extracting(a -> a.getFindings().stream().filter(f -> f.getRuleId().equals("MUN-010")).count())
        .containsExactly(1L, 0L, 1L);
    assertEachAsAlone(assessor, List.of(without, with, without, with));
  }

  static void assertEachAsAlone(Assessor assessor, List<Dataset> batch) {
    List<Assessment> together = assessor.assessAll(batch, Datasets.AS_OF);
    for (int i = 0; i < batch.size(); i++) {
      Assessment alone = assessor.assess(batch.get(i), Datasets.AS_OF);
      assertThat(together.get(i)).as("%s (dataset %d of %d) among the others, against alone",
          batch.get(i).getId(), i, batch.size()).isEqualTo(alone);
    }
  }

  private static Set<String> ids(Assessment a) {
    return a.getFindings().stream().map(f -> f.getRuleId()).collect(Collectors.toCollection(TreeSet::new));
  }
}
