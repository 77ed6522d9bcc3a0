package se.odis.model.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/** The shared directory found by its system property, and tests skipped, saying why, without it. */
class SharedDataTest {
  private final String was = System.getProperty(SharedData.PROPERTY);
  @TempDir Path dir;

  @AfterEach
  void restore() {
    if (was == null) System.clearProperty(SharedData.PROPERTY);
    else System.setProperty(SharedData.PROPERTY, was);
  }

  @Test
  void aFileThere_isFound() throws Exception {
    Path file = Files.createDirectories(dir.resolve("realdata/catalogs")).resolve("c.rdf");
    Files.writeString(file, "x");
    System.setProperty(SharedData.PROPERTY, dir.toString());

    assertThat(SharedData.realdata("catalogs/c.rdf")).isEqualTo(file);
    assertThat(SharedData.directory("realdata")).isEqualTo(dir.resolve("realdata"));
  }

  @Test
  void withoutTheProperty_theTestIsSkipped_sayingHowToRunIt() {
    System.clearProperty(SharedData.PROPERTY);

    assertThatThrownBy(() -> SharedData.file("seed/odis-guide-sv.txt")).isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("system property odis.shared.dir is not set: run the tests through Maven");
  }

  @Test
  void withoutTheDirectory_theTestIsSkipped_namingIt() {
    System.setProperty(SharedData.PROPERTY, dir.resolve("nonexistent").toString());

    assertThatThrownBy(() -> SharedData.realdata("catalogs/c.rdf")).isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("the shared data " + dir.resolve("nonexistent") + " (odis.shared.dir) is absent");
  }

  @Test
  void withoutTheFile_theTestIsSkipped_namingIt() {
    System.setProperty(SharedData.PROPERTY, dir.toString());

    assertThatThrownBy(() -> SharedData.realdata("catalogs/gone.rdf")).isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("the shared file " + dir.resolve("realdata/catalogs/gone.rdf") + " is absent");
    assertThatThrownBy(() -> SharedData.directory("realdata")).isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("the shared directory " + dir.resolve("realdata") + " is absent");
  }
}
