package se.odis.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.odis.model.Assessment;
import se.odis.model.NextStep;
import se.odis.model.Severity;

class ReportTextsTest {
  @Test
  void stepStatus_blocksNamesOnlyBlockers_theOthersAreSee() throws Exception {
    Labels en = Labels.of(Language.EN);
    int checked = 0;
    for (DatasetReport r : Examples.reports()) {
      Assessment a = r.assessment();
      for (NextStep s : a.getNextSteps()) {
        String status = ReportTexts.stepStatus(s, a, en);
        for (String id : s.getRuleIds()) {
          boolean blocker = a.getFindings().stream().anyMatch(f -> f.getRuleId().equals(id) && f.getSeverity() == Severity.BLOCKER);
          String part = blocker ? "blocks: " : "see ";
          assertThat(status).as(status).containsPattern(part + "([A-Z0-9-]+, )*" + id);
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(0);
  }
}
