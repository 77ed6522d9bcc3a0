package se.odis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import se.odis.model.Gate;
import se.odis.model.GateState;
import se.odis.model.Severity;
import se.odis.model.TaskStatus;
import se.odis.model.Verdict;

/** Every language has every label of the reports, and every value of the model has its label. */
class LabelsTest {
  @Test
  void bundles_everyLanguage_hasTheSameKeys() {
    Set<String> sv = keys(Language.SV);
    for (Language l : Language.values()) {
      assertThat(keys(l)).as(l.tag()).isEqualTo(sv);
    }
  }

  @Test
  void bundles_everyEnumValueOfTheModel_hasALabel() {
    for (Language lang : Language.values()) {
      Labels l = Labels.of(lang);
      for (Verdict v : Verdict.values()) {
        assertThat(l.has("verdict." + v.name())).as(lang + " verdict " + v).isTrue();
        assertThat(l.has("explain." + v.name())).as(lang + " explain " + v).isTrue();
      }
      for (Gate g : Gate.values()) assertThat(l.has("gate." + g.name())).as(lang + " " + g).isTrue();
      for (Gate g : Gate.values()) assertThat(l.has("gateDecided." + g.name())).as(lang + " decided " + g).isTrue();
      for (GateState s : GateState.values()) assertThat(l.has("gateState." + s.name())).as(lang + " " + s).isTrue();
      for (Severity s : Severity.values()) assertThat(l.has("heading." + s.name())).as(lang + " " + s).isTrue();
      for (TaskStatus s : TaskStatus.values()) assertThat(l.has("taskStatus." + s.name())).as(lang + " " + s).isTrue();
    }
  }

  @Test
  void bundles_swedish_isReadAsUtf8() {
    assertThat(Labels.of(Language.SV).get("verdict.IN_PROGRESS")).isEqualTo("PÅGÅR");
  }

  @Test
  void summary_pluralsAreRightInBothLanguages() {
    assertThat(Labels.of(Language.SV).format("summary", 1, 1, 2, 0))
        .isEqualTo("1 blockerande, en varning, 2 rekommendationer, inga upplysningar");
    assertThat(Labels.of(Language.EN).format("summary", 2, 1, 0, 3))
        .isEqualTo("2 blockers, 1 warning, no recommendations, 3 info");
  }

  private static Set<String> keys(Language l) {
    return Labels.of(l).keys();
  }
}
