package se.odis.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.odis.dcat.DcatImporter;
import se.odis.dcat.RdfSyntax;
import se.odis.model.CatalogueFormat;

/**
 * The record's temporary files name their process, so that those a killed process left (kill -9
 * runs no clean-up) are removed by the next write to the record, and nothing else ever is.
 */
class TemporaryFilesTest {
  @TempDir Path dir;
  private long dead;
  private final Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2));

  @BeforeEach
  void aProcessThatHasEnded() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    dead = p.pid();
    assumeTrue(ProcessHandle.of(dead).isEmpty(), "the process id was taken again at once");
  }

  private Path file(String name, Instant written) throws Exception {
    Path p = Files.writeString(dir.resolve(name), "{\"id\": \"half\"");
    Files.setLastModifiedTime(p, FileTime.from(written));
    return p;
  }

  @Test
  void prepare_namesTheTargetAndThisProcess() throws Exception {
    Path temp = AtomicFiles.prepare(dir.resolve("parkering.json"), "{}");

    assertThat(temp.getParent()).isEqualTo(dir);
    assertThat(temp.getFileName().toString())
        .matches("\\.parkering\\.json\\." + ProcessHandle.current().pid() + "-[0-9a-z]+\\.odis-tmp");
  }

  @Test
  void recordFileWrite_removesADeadProcesssLeftover_andKeepsEverythingElse() throws Exception {
    Path target = dir.resolve("parkering.json");
    RecordFileTest.starter().write(target);
    Path leftover = file(".parkering.json." + dead + "-k3x9.odis-tmp", twoHoursAgo);
    Path inFlight = file(".parkering.json." + ProcessHandle.current().pid() + "-a1b2.odis-tmp", Instant.now());
    List<Path> users = List.of(
        file(".parkering.json.1a2b3c4d.odis-tmp", twoHoursAgo),              // an older ODIS's: no process named
        file("parkering.json." + dead + "-k3x9.odis-tmp", twoHoursAgo),       // not hidden
        file(".parkering.json." + dead + "-k3x9.odis-tmp.orig", twoHoursAgo), // another ending
        file(".parkering.json." + dead + "-K3X9.odis-tmp", twoHoursAgo),      // not our random part
        file("anteckningar.txt", twoHoursAgo),
        file(".gitignore", twoHoursAgo));

    RecordFile.read(target).set("licence", "CC0-1.0").write(target);

    assertThat(leftover).doesNotExist();
    assertThat(inFlight).exists();
    assertThat(users).allSatisfy(p -> assertThat(p).exists());
    assertThat(RecordFile.read(target).dataset().getLicence()).isNotNull();
  }

  @Test
  void recentLeftover_isKept_evenOfADeadProcess() throws Exception {
    // Another machine may be writing it into a shared directory: its process is not ours to see.
    Path recent = file(".parkering.json." + dead + "-k3x9.odis-tmp", Instant.now().minus(Duration.ofMinutes(50)));

    RecordFileTest.starter().write(dir.resolve("parkering.json"));

    assertThat(recent).exists();
  }

  @Test
  void aLiveProcesssTemporary_isNeverStale_howeverLongItIsLeft() throws Exception {
    // This process wrote it after it started: hours later it is still this process's, not a leftover.
    Path inFlight = file(".parkering.json." + ProcessHandle.current().pid() + "-a1b2.odis-tmp", Instant.now());

    assertThat(TemporaryFiles.stale(inFlight, Instant.now().plus(Duration.ofHours(3)))).isEmpty();
    assertThat(TemporaryFiles.removeStale(dir, Instant.now().plus(Duration.ofHours(3)))).isEmpty();
    assertThat(inFlight).exists();
  }

  @Test
  void importWrite_removesLeftoversInTheRecord() throws Exception {
    Path leftover = file(".ds1.json." + dead + "-k3x9.odis-tmp", twoHoursAgo);
    var content = DcatImporter.read(new ByteArrayInputStream(
        RecordImportTest.catalogue(2, "Titel").getBytes(StandardCharsets.UTF_8)), RdfSyntax.TURTLE, "katalog.ttl");

    RecordImport.plan(dir, List.of(new RecordImport.Source(content, CatalogueFormat.DCAT, "katalog.ttl")),
        LocalDate.of(2026, 3, 1)).write();

    assertThat(leftover).doesNotExist();
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("ds1.json", "ds2.json");
    }
  }

  @Test
  void removeStale_saysWhichProcessLeftIt() throws Exception {
    Path leftover = file(".parkering.json." + dead + "-k3x9.odis-tmp", twoHoursAgo);

    List<TemporaryFiles.Removed> removed = TemporaryFiles.removeStale(dir, Instant.now());

    assertThat(removed).hasSize(1);
    assertThat(removed.get(0).file()).isEqualTo(leftover);
    assertThat(removed.get(0).pid()).isEqualTo(dead);
  }
}
