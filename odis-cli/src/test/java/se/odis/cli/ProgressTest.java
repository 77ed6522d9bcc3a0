package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress line: only when enabled, only after the delay, redrawn in place, cleared at the end. */
class ProgressTest {
  private final StringWriter err = new StringWriter();

  @Test
  void disabled_printsNothing() {
    Progress p = new Progress(new PrintWriter(err), Labels.of(Language.EN), false, () -> 50, 100, 0);
    for (int i = 0; i < 1000; i++) p.tick();
    p.clear();

    assertThat(err.toString()).isEmpty();
  }

  @Test
  void beforeTheDelay_printsNothing() {
    Progress p = new Progress(new PrintWriter(err), Labels.of(Language.EN), true, () -> 50, 100, Long.MAX_VALUE);
    for (int i = 0; i < 1000; i++) p.tick();
    p.clear();

    assertThat(err.toString()).isEmpty();
  }

  @Test
  void afterTheDelay_drawsABarWithPercentCountAndRate_thenClearsIt() {
    Progress p = new Progress(new PrintWriter(err), Labels.of(Language.EN), true, () -> 50, 100, 0);
    p.tick();

    assertThat(err.toString()).startsWith("\rodis: [############------------]  50%  1 dataset · ").endsWith("/s\u001b[K");
    p.clear();
    assertThat(err.toString()).endsWith("\r\u001b[K");
  }

  @Test
  void unknownTotal_drawsCountAndRateOnly() {
    Progress p = new Progress(new PrintWriter(err), Labels.of(Language.SV), true, () -> 0, -1, 0);
    p.tick();

    assertThat(err.toString()).startsWith("\rodis: 1 datamängd · ").doesNotContain("[#");
  }
}
