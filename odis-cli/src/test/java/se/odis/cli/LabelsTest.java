package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.odis.model.Gate;

/** Every language has every label of the commands (the reports' labels are tested in odis-report). */
class LabelsTest {
  @Test
  void bundles_everyLanguage_hasTheSameKeys() {
    Set<String> sv = keys(Language.SV);
    for (Language l : Language.values()) {
      assertThat(keys(l)).as(l.tag()).isEqualTo(sv);
    }
  }

  @Test
  void bundles_everyGate_hasALabel() {
    for (Language lang : Language.values()) {
      for (Gate g : Gate.values()) assertThat(Labels.of(lang).has("gate." + g.name())).as(lang + " " + g).isTrue();
    }
  }

  @Test
  void bundles_swedish_isReadAsUtf8() {
    assertThat(Labels.of(Language.SV).get("gate.PROTECTION")).isEqualTo("Skyddsåtgärder klara");
  }

  private static Set<String> keys(Language l) {
    return new HashSet<>(Collections.list(Labels.of(l).keys()));
  }
}
