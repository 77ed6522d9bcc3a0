package se.odis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SpoolTest {
  @Test
  void spool_keepsOrder_inMemoryAndOnceSpilledToAFile() {
    try (Spool small = new Spool(); Spool big = new Spool()) {
      small.write("a\nb\n");
      StringBuilder expected = new StringBuilder();
      for (int i = 0; i < 200_000; i++) {
        String line = "line " + i + " åäö\n";
        big.write(line);
        expected.append(line);
      }
      StringWriter s = new StringWriter();
      small.copyTo(new Out(s));
      assertThat(s.toString()).isEqualTo("a\nb\n");
      StringWriter b = new StringWriter();
      big.copyTo(new Out(b));
      assertThat(b.toString()).isEqualTo(expected.toString());
      List<String> lines = new ArrayList<>();
      big.lines(lines::add);
      assertThat(lines).hasSize(200_000).startsWith("line 0 åäö");
      // read back twice, and written to after reading: still whole and in order
      big.write("more\n");
      StringWriter again = new StringWriter();
      big.copyTo(new Out(again));
      assertThat(again.toString()).isEqualTo(expected + "more\n");
    }
  }

  @Test
  void spool_copiesWhatWasWrittenBetweenTwoMarks_inMemoryAndSpilled() {
    try (Spool s = new Spool()) {
      long a = s.size();
      s.write("första åäö\n");
      long b = s.size();
      s.write("second\n");
      long c = s.size();
      assertThat(range(s, b, c)).isEqualTo("second\n");
      assertThat(range(s, a, b)).isEqualTo("första åäö\n");
      s.write("y".repeat(Spool.MEMORY_LIMIT));
      long d = s.size();
      s.write("last ☃\n");
      // spilled to a file now: the same marks still hold, and writing goes on at the end
      assertThat(range(s, a, b)).isEqualTo("första åäö\n");
      assertThat(range(s, d, s.size())).isEqualTo("last ☃\n");
      s.write("after\n");
      assertThat(range(s, b, c)).isEqualTo("second\n");
      StringWriter all = new StringWriter();
      s.copyTo(new Out(all));
      assertThat(all.toString()).endsWith("last ☃\nafter\n").hasSize((int) (11 + 7 + Spool.MEMORY_LIMIT + 7 + 6));
    }
  }

  private static String range(Spool s, long from, long to) {
    StringWriter w = new StringWriter();
    s.copyTo(new Out(w), from, to);
    return w.toString();
  }

  @Test
  void spool_spilledToAFile_leavesNoFileWithAName() throws Exception {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    List<Path> before = spoolFiles(tmp);
    try (Spool big = new Spool()) {
      big.write("x".repeat(Spool.MEMORY_LIMIT + 10));
      assertThat(big.isEmpty()).isFalse();
      // Even while open, nothing is left for a killed process to leave behind.
      assertThat(spoolFiles(tmp)).isEqualTo(before);
    }
    assertThat(spoolFiles(tmp)).isEqualTo(before);
  }

  private static List<Path> spoolFiles(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().startsWith("odis-report-")).sorted().toList();
    }
  }
}
