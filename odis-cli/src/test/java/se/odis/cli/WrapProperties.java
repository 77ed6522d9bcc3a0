package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** Word wrapping keeps every word, in order, and keeps lines within the width. */
class WrapProperties {
  @Property(tries = 200)
  void lines_neverExceedTheWidth_unlessOneWordIsLonger(
      @ForAll @Size(max = 40) List<@AlphaChars @StringLength(min = 1, max = 30) String> words,
      @ForAll @IntRange(min = 10, max = 120) int width) {
    List<String> lines = Wrap.lines(String.join(" ", words), width);

    assertThat(lines).allSatisfy(line ->
        assertThat(line.length() <= width || !line.contains(" ")).as(line).isTrue());
  }

  @Property(tries = 200)
  void lines_keepEveryWordInOrder(
      @ForAll @Size(max = 40) List<@AlphaChars @StringLength(min = 1, max = 30) String> words,
      @ForAll @IntRange(min = 1, max = 120) int width) {
    List<String> lines = Wrap.lines(String.join("  ", words), width);

    assertThat(String.join(" ", lines).strip()).isEqualTo(String.join(" ", words));
  }
}
