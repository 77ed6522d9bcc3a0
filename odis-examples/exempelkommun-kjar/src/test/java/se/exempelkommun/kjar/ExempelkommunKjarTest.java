package se.exempelkommun.kjar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.odis.model.DatasetReader;
import se.odis.model.ImmutableDataset;
import se.odis.model.ImmutableTaskProgress;
import se.odis.model.Severity;
import se.odis.model.TaskId;
import se.odis.model.TaskStatus;
import se.odis.rules.Assessor;
import se.odis.rules.test.RuleVerifier;

/** The precompiled municipality rules are picked up from the class path by Assessor.create(). */
class ExempelkommunKjarTest {
  private static Assessor assessor;
  private static ImmutableDataset ready;

  @BeforeAll
  static void build() throws Exception {
    assessor = Assessor.create();
    ready = ImmutableDataset.copyOf(DatasetReader.strict().read(Path.of("..", "datasets", "ready-to-publish.json")));
  }

  @Test
  void create_picksUpTheKjarRulesBesideTheBuiltIns() {
    assertThat(assessor.getRule("EXKJ-001")).isNotNull();
    assertThat(assessor.getRule("EXKJ-001").getOrigin()).isEqualTo("classpath:se.exempelkommun.kjar");
    assertThat(assessor.getRule("PD-001")).isNotNull();
  }

  @Test
  void exkj001_decisionWithoutDiaryNumber_isWarning() {
    ImmutableDataset noNote = ImmutableDataset.builder().from(ready)
        .putProgress(TaskId.of("B.3.2.2"), ImmutableTaskProgress.builder().status(TaskStatus.DONE).build()).build();
    RuleVerifier verifier = RuleVerifier.of(assessor);
    verifier.verify("EXKJ-001").given(noNote).emits(Severity.WARNING).about("/progress/B.3.2.2/note");
    verifier.verify("EXKJ-001").given(ready).doesNotEmit();
  }
}
