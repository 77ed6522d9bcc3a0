package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static se.odis.cli.Cli.odis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.odis.cli.Cli.Result;

/**
 * The temporary files of -o that a killed run leaves (kill -9 runs no clean-up): removed by the
 * next run writing beside them once old and ownerless, and nothing else ever touched.
 */
class OutputTemporariesTest {
  @TempDir Path dir;
  private long dead;
  private final Instant now = Instant.now();
  private final Instant twoHoursAgo = now.minus(Duration.ofHours(2));

  @BeforeEach
  void aProcessThatHasEnded() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    dead = p.pid();
    assumeTrue(ProcessHandle.of(dead).isEmpty(), "the process id was taken again at once");
  }

  private Path leftover(String name, Instant written) throws Exception {
    Path p = Files.writeString(dir.resolve(name), "half a report");
    Files.setLastModifiedTime(p, FileTime.from(written));
    return p;
  }

  private List<Path> removed(Instant at) {
    return OutputTemporaries.removeStale(dir, at).stream().map(OutputTemporaries.Removed::file).toList();
  }

  @Test
  void beside_namesTheTargetAndThisProcess() {
    Path temp = OutputTemporaries.beside(dir.resolve("report.html"));

    assertThat(temp.getParent()).isEqualTo(dir);
    assertThat(temp.getFileName().toString()).matches("\\.report\\.html\\." + ProcessHandle.current().pid() + "-[0-9a-z]+\\.odis-tmp");
  }

  @Test
  void leftOverByAKilledRun_anHourOld_isRemoved() throws Exception {
    Path p = leftover(".report.html." + dead + "-k3x9.odis-tmp", twoHoursAgo);

    List<OutputTemporaries.Removed> removed = OutputTemporaries.removeStale(dir, now);

    assertThat(removed).hasSize(1);
    assertThat(removed.get(0).file()).isEqualTo(p);
    assertThat(removed.get(0).pid()).isEqualTo(dead);
    assertThat(p).doesNotExist();
  }

  @Test
  void lessThanAnHourOld_isKept() throws Exception {
    Path p = leftover(".report.html." + dead + "-k3x9.odis-tmp", now.minus(Duration.ofMinutes(50)));

    assertThat(removed(now)).isEmpty();
    assertThat(p).exists();
  }

  @Test
  void ofAProcessStillRunning_isKept_howeverOld() throws Exception {
    // This process wrote it: it started before the file was written. Two hours on, it is still ours.
    Path p = leftover(".report.html." + ProcessHandle.current().pid() + "-k3x9.odis-tmp", now);

    assertThat(removed(now.plus(Duration.ofHours(2)))).isEmpty();
    assertThat(p).exists();
  }

  @Test
  void ofAProcessIdTakenAgain_isRemoved() throws Exception {
    // Written two days ago by a process with this id: the one that has it now started later.
    assumeTrue(ProcessHandle.current().info().startInstant().isPresent(), "no start time for processes here");
    Path p = leftover(".report.html." + ProcessHandle.current().pid() + "-k3x9.odis-tmp", now.minus(Duration.ofDays(2)));

    assertThat(removed(now)).containsExactly(p);
  }

  @Test
  void whatIsNotOurs_isNeverTouched() throws Exception {
    List<Path> others = List.of(
        leftover(".report.html.1a2b3c4d.odis-tmp", twoHoursAgo),              // a record write's (odis-record)
        leftover("report.html." + dead + "-k3x9.odis-tmp", twoHoursAgo),       // not hidden
        leftover(".report.html." + dead + "-k3x9.odis-tmp.bak", twoHoursAgo),  // another ending
        leftover(".report.html." + dead + "-K3X9.odis-tmp", twoHoursAgo),      // not our random part
        leftover(".report.html.k3x9.odis-tmp", twoHoursAgo),                   // no process id
        leftover(".odis-tmp", twoHoursAgo));
    Path target = leftover("keep.txt", twoHoursAgo);
    Path link = Files.createSymbolicLink(dir.resolve(".keep.txt." + dead + "-k3x9.odis-tmp"), target);
    Path folder = Files.createDirectory(dir.resolve(".d." + dead + "-k3x9.odis-tmp"));
    Files.setLastModifiedTime(folder, FileTime.from(twoHoursAgo));

    assertThat(removed(now)).isEmpty();
    assertThat(others).allSatisfy(p -> assertThat(p).exists());
    assertThat(link).isSymbolicLink();
    assertThat(target).exists();
    assertThat(folder).isDirectory();
  }

  @Test
  void anotherUsers_isKept() throws Exception {
    Path p = leftover(".report.html." + dead + "-k3x9.odis-tmp", twoHoursAgo);
    UserPrincipal nobody;
    try {
      nobody = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
      Files.setOwner(p, nobody);
    } catch (java.io.IOException | UnsupportedOperationException e) {
      assumeTrue(false, "cannot give a file to another user here: " + e);
      return;
    }
    Files.setLastModifiedTime(p, FileTime.from(twoHoursAgo));

    assertThat(removed(now)).isEmpty();
    assertThat(p).exists();
  }

  @Test
  void theNextRunWritingThere_removesIt_andSaysSo() throws Exception {
    Path p = leftover(".rules.txt." + dead + "-k3x9.odis-tmp", twoHoursAgo);
    Path notOurs = leftover(".rules.txt.1a2b3c4d.odis-tmp", twoHoursAgo);

    Result r = odis("rules", "-o", dir.resolve("rules.txt").toString());

    assertThat(r.exitCode()).isZero();
    assertThat(p).doesNotExist();
    assertThat(notOurs).exists();
    assertThat(dir.resolve("rules.txt")).isNotEmptyFile();
    assertThat(r.err()).isEqualTo("odis: note: " + p + ": removed: the temporary file of an odis run that was stopped (process "
        + dead + ", last written " + twoHoursAgo.truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + ")\n");
    try (var left = Files.list(dir)) {
      assertThat(left.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("rules.txt", notOurs.getFileName().toString());
    }
  }
}
