package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.cli.Fixtures.problem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.odis.cli.InputFormat.From;
import se.odis.model.InputProblem;

/** What a directory walk yields, in which order, without the rest of odis assess. */
class DirectoryWalkItemsTest {
  @TempDir Path dir;
  private final List<String> notes = new ArrayList<>();
  private final SeenFiles seen = new SeenFiles((where, note) -> notes.add(where + ": " + note));

  private List<Object> walk(From from) {
    List<Object> out = new ArrayList<>();
    assertThat(seen.firstTime(dir, null)).isTrue();
    new DirectoryWalk(dir, from, null, seen).forEachRemaining(out::add);
    return out;
  }


  @Test
  void files_inNameOrder_depthFirst_withoutDotFilesOrOtherKinds() throws Exception {
    Fixtures.write(dir.resolve("b.json"), "{}");
    Fixtures.write(dir.resolve("a.ndjson"), "{}");
    Fixtures.write(dir.resolve("a/z.jsonl"), "{}");
    Fixtures.write(dir.resolve("c.JSON"), "{}");
    Fixtures.write(dir.resolve("notes.txt"), "");
    Fixtures.write(dir.resolve(".git/objects.json"), "{}");
    Fixtures.write(dir.resolve(".b.json.x1.odis-tmp"), "{}");

    assertThat(walk(From.ODIS)).containsExactly(
        dir.resolve("a/z.jsonl"), dir.resolve("a.ndjson"), dir.resolve("b.json"), dir.resolve("c.JSON"));
    assertThat(notes).isEmpty();
  }

  @Test
  void catalogues_byTheirEndings() throws Exception {
    Fixtures.write(dir.resolve("a.ttl"), "");
    Fixtures.write(dir.resolve("b.csv"), "");

    assertThat(walk(From.DCAT)).containsExactly(dir.resolve("a.ttl"));
  }

  @Test
  void aFileReachedByALinkToo_isYieldedOnce_andNoted() throws Exception {
    Path a = Fixtures.write(dir.resolve("a.json"), "{}");
    Files.createSymbolicLink(dir.resolve("b.json"), a);

    assertThat(walk(From.ODIS)).containsExactly(a);
    assertThat(notes).containsExactly(dir.resolve("b.json") + ": the same file as " + a + "; read once");
  }

  @Test
  void aDirectoryWithNothingToRead_isOneProblem() {
    Fixtures.write(dir.resolve("readme.txt"), "");

    List<Object> items = walk(From.CKAN);

    assertThat(items).hasSize(1);
    InputProblem p = problem(items.get(0));
    assertThat(p.getSource()).isEqualTo(dir.toString());
    assertThat(p.getProblem()).isEqualTo("no CKAN (*.json) files in the directory");
  }

  @Test
  void anUnreadableSubdirectory_isAProblemInItsPlace() throws Exception {
    Path a = Fixtures.write(dir.resolve("a.json"), "{}");
    Path locked = Files.createDirectories(dir.resolve("b"));
    Path c = Fixtures.write(dir.resolve("c.json"), "{}");
    locked.toFile().setReadable(false);
    try {
      org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "running as a user who reads everything");

      List<Object> items = walk(From.ODIS);

      assertThat(items).hasSize(3);
      assertThat(items.get(0)).isEqualTo(a);
      assertThat(problem(items.get(1)).getProblem()).isEqualTo("cannot read the directory: Permission denied");
      assertThat(items.get(2)).isEqualTo(c);
    } finally {
      locked.toFile().setReadable(true);
    }
  }
}
