package se.odis.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** File names of imported datasets: readable, stable, never shared. */
class FileNamesTest {
  @Test
  void of_plainIdentifier_isTheName() {
    assertThat(FileNames.of("raa-bebyggelse")).isEqualTo("raa-bebyggelse.json");
    assertThat(FileNames.of("ds_1.v2")).isEqualTo("ds_1.v2.json");
  }

  @Test
  void of_anyOtherIdentifier_isASlugWithAHash() {
    assertThat(FileNames.of("Parkering Öst")).matches("parkering-ost-[0-9a-f]{8}\\.json");
    assertThat(FileNames.of("https://data.exempelkommun.se/ds/42")).matches("data-exempelkommun-se-ds-42-[0-9a-f]{8}\\.json");
    assertThat(FileNames.of("con")).matches("con-[0-9a-f]{8}\\.json");
    assertThat(FileNames.of("../../etc/passwd")).matches("etc-passwd-[0-9a-f]{8}\\.json");
    assertThat(FileNames.of("???")).matches("dataset-[0-9a-f]{8}\\.json");
    assertThat(FileNames.of("a".repeat(200))).hasSizeLessThan(70);
  }

  @Test
  void of_identifiersDifferingInCaseOrAccent_getDifferentNames_evenIgnoringCase() {
    Set<String> names = new HashSet<>();
    for (String id : new String[] {"abc", "ABC", "Abc", "abć", "a b c", "a-b-c"}) {
      assertThat(names.add(FileNames.of(id).toLowerCase(Locale.ROOT))).as(id).isTrue();
    }
  }

  @Property(tries = 500)
  void of_anyIdentifier_isAStableSafeFileName(@ForAll("identifiers") String id) {
    String name = FileNames.of(id);
    assertThat(name).isEqualTo(FileNames.of(id)).endsWith(".json").matches("[a-z0-9][a-z0-9._-]*\\.json")
        .doesNotContain("..").hasSizeLessThanOrEqualTo(70);
  }

  @Provide
  Arbitrary<String> identifiers() {
    return Arbitraries.strings().withCharRange(' ', '~').withChars("åäöÅÄÖ€/\\:").ofMinLength(1).ofMaxLength(100);
  }
}
