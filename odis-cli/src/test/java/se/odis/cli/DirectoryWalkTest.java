package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static se.odis.cli.Cli.READY;
import static se.odis.cli.Cli.odis;
import static se.odis.cli.Fixtures.AS_OF;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.odis.cli.Cli.Result;

/**
 * A directory of datasets is read whole or the run says what it could not read: linked folders
 * are followed (a loop once), a link to nothing or a path too long to open is an error, and a file
 * reached twice or a dataset id seen twice is noted.
 */
class DirectoryWalkTest {
  @TempDir Path dir;

  private Path data() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.copy(Path.of(READY), data.resolve("a.json"));
    return data;
  }

  private static Result csv(String... paths) {
    String[] args = new String[5 + paths.length];
    System.arraycopy(new String[] {"assess", "--format", "csv", "--as-of", AS_OF}, 0, args, 0, 5);
    System.arraycopy(paths, 0, args, 5, paths.length);
    return odis(args);
  }

  private static long rows(Result r) {
    return r.out().lines().count() - 1;
  }

  @Test
  void linkedDirectory_isWalked() throws Exception {
    Path data = data();
    Path elsewhere = Fixtures.write(dir.resolve("elsewhere/b.json"), Fixtures.renamed(READY, "b", "B")).getParent();
    Files.createSymbolicLink(data.resolve("linked"), elsewhere);

    Result r = csv(data.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("\nb,B,");
    assertThat(rows(r)).isEqualTo(2);
  }

  @Test
  void linkToNothing_isAnErrorNamingIt() throws Exception {
    Path data = data();
    Files.createSymbolicLink(data.resolve("gone.json"), dir.resolve("moved-away.json"));

    Result r = csv(data.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(rows(r)).isEqualTo(1);
    assertThat(r.err()).contains("odis: error: " + data.resolve("gone.json") + ": a link to nothing ("
        + dir.resolve("moved-away.json") + " does not exist); expected a link to a dataset file or a directory of them, or no link\n");
  }

  @Test
  void linkToItself_isAnErrorNamingIt() throws Exception {
    Path data = data();
    Files.createSymbolicLink(data.resolve("self.json"), data.resolve("self.json"));

    Result r = csv(data.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("odis: error: " + data.resolve("self.json") + ": cannot be read: ");
  }

  @Test
  void linkBackUp_isFollowedOnce_andNoted() throws Exception {
    Path data = data();
    Files.createDirectories(data.resolve("sub"));
    Files.createSymbolicLink(data.resolve("sub/up"), data);

    Result r = csv(data.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(rows(r)).isEqualTo(1);
    assertThat(r.err()).contains("odis: note: " + data.resolve("sub/up") + ": the same directory as " + data + "; read once\n");
  }

  @Test
  void fileReachedTwice_isReadOnce_andNoted() throws Exception {
    Path data = data();
    Files.createSymbolicLink(data.resolve("same.json"), data.resolve("a.json"));

    Result r = csv(data.toString(), data.resolve("a.json").toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(rows(r)).isEqualTo(1);
    assertThat(r.err()).contains(
        "odis: note: " + data.resolve("same.json") + ": the same file as " + data.resolve("a.json") + "; read once\n",
        "odis: note: " + data.resolve("a.json") + ": given more than once; read once\n");
  }

  @Test
  void datasetIdSeenTwice_bothAreAssessed_andNoted() throws Exception {
    Path data = data();
    Files.copy(Path.of(READY), data.resolve("copy.json"));

    Result r = csv(data.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(rows(r)).isEqualTo(2);
    assertThat(r.err()).contains("odis: note: " + data.resolve("copy.json")
        + ": dataset id \"exempelkommun-parkering-01\" is also the id of the dataset at " + data.resolve("a.json")
        + "; both are assessed\n");
  }

  @Test
  void pathTooLongToOpen_isAnError_notSkipped() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh to make a path longer than the system opens");
    Path data = data();
    String segment = "x".repeat(200);
    Path deep = Files.createDirectories(data.resolve((segment + "/").repeat(15)));
    // Made from inside: each step is short, the whole path is longer than PATH_MAX (4096 on Linux).
    String rest = (segment + "/").repeat(10);
    Process p = new ProcessBuilder("/bin/sh", "-c", "mkdir -p " + rest + " && echo '{\"id\": \"deep\"}' > " + rest + "deep.json")
        .directory(deep.toFile()).inheritIO().start();
    try {
      assumeTrue(p.waitFor() == 0, "the deep path could not be made");

      Result r = csv(data.toString());

      assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(rows(r)).isEqualTo(1);
      assertThat(r.err()).containsPattern("odis: error: " + java.util.regex.Pattern.quote(data.toString())
          + "/x+/[x/]+: cannot (be read|read the directory): File name too long");
    } finally {
      // Java cannot delete what it cannot open; the temporary directory is removed from inside.
      new ProcessBuilder("/bin/sh", "-c", "rm -rf " + segment).directory(deep.toFile()).inheritIO().start().waitFor();
    }
  }

  @Test
  void validate_linkToNothing_isInvalid() throws Exception {
    Path data = data();
    Files.createSymbolicLink(data.resolve("gone.json"), dir.resolve("moved-away.json"));

    Result r = odis("validate", data.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.out()).contains("INVALID  " + data.resolve("gone.json") + ": a link to nothing");
  }
}
