package se.odis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.odis.model.Assessment;
import se.odis.model.Dataset;
import se.odis.model.DatasetReader;
import se.odis.rules.Assessor;

class StageStripTest {
  @Test
  void stageStrip_nothingDone_drawsNoStageAsPassed() throws Exception {
    // As an import from a catalogue gives it: published, nothing of the guide recorded.
    Dataset d = DatasetReader.strict().read("{\"id\": \"imported\", \"status\": \"PUBLISHED\"}", "imported.json");
    Assessment a = Assessor.create().assess(d, LocalDate.of(2026, 11, 26));

    List<StageStrip.Cell> cells = StageStrip.of(a);

    // Phases A and B: nothing recorded, so nothing passed (a published dataset's C1 is done by the fact)
    assertThat(cells.subList(0, 6)).allMatch(c -> c.state() == StageStrip.State.UNFINISHED);
  }

  @Test
  void stageStrip_readyExample_drawsTheStagesBehindItPassed() throws Exception {
    Assessment a = Examples.reports().get(2).assessment(); // ready-to-publish.json

    List<StageStrip.Cell> cells = StageStrip.of(a);

    assertThat(cells.get(0).state()).isEqualTo(StageStrip.State.PASSED);
    assertThat(StageStrip.stageOf("A.3.3.1")).isEqualTo("A3");
    assertThat(StageStrip.stageOf("B.2.2.1")).isEqualTo("B2");
  }
}
