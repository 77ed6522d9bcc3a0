package se.odis.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every jar ODIS publishes is what an embedder on Maven Central expects: a stable Java module name,
 * the licence inside, and sources and Javadoc jars beside it. Runs on the packaged jars, which is why
 * it is an integration test (after package).
 */
class ModuleNamesIT {
  /** Jars of ODIS that are neither published nor shipped, so need no module name. */
  private static final Set<String> NEITHER = Set.of("odis-bench", "odis-dist");

  @Test
  void everyOdisJar_declaresItsModuleName_andCarriesTheLicence() throws IOException {
    Reactor reactor = Reactor.current();
    byte[] licence = Files.readAllBytes(reactor.root.resolve("LICENSE"));
    List<Reactor.Module> jars = reactor.modules.stream()
        .filter(m -> m.groupId().equals("se.odis") && m.isJar() && !NEITHER.contains(m.artifactId()))
        .toList();
    assertThat(jars).extracting(Reactor.Module::artifactId).contains("odis-model", "odis-rules", "odis-cli");
    for (Reactor.Module m : jars) {
      Path jar = jarOf(m, reactor.version());
      // The JDK's own reading of the jar: the name it gets on the module path.
      Set<ModuleReference> found = ModuleFinder.of(jar).findAll();
      assertThat(found).as(jar.toString()).hasSize(1);
      assertThat(found.iterator().next().descriptor().name()).as(jar + ": module name").isEqualTo(m.moduleName());
      try (JarFile j = new JarFile(jar.toFile())) {
        assertThat(j.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
            .as(jar + ": Automatic-Module-Name").isEqualTo(m.moduleName());
        assertThat(j.getEntry("META-INF/LICENSE")).as(jar + ": META-INF/LICENSE").isNotNull();
        try (InputStream in = j.getInputStream(j.getEntry("META-INF/LICENSE"))) {
          assertThat(in.readAllBytes()).as(jar + ": META-INF/LICENSE is the root LICENSE").isEqualTo(licence);
        }
      }
    }
  }

  @Test
  void everyPublishedLibrary_hasSourcesAndJavadocJars() throws IOException {
    Reactor reactor = Reactor.current();
    List<Reactor.Module> libraries = reactor.publishedJars();
    assertThat(libraries).extracting(Reactor.Module::artifactId).contains("odis-model", "odis-rules", "odis-dcat");
    for (Reactor.Module m : libraries) {
      Path jar = jarOf(m, reactor.version());
      String base = jar.getFileName().toString().replaceAll("\\.jar$", "");
      Path sources = jar.resolveSibling(base + "-sources.jar");
      Path javadoc = jar.resolveSibling(base + "-javadoc.jar");
      assertThat(sources).as(m.artifactId() + ": sources jar").isRegularFile();
      assertThat(javadoc).as(m.artifactId() + ": Javadoc jar").isRegularFile();
      try (JarFile s = new JarFile(sources.toFile()); JarFile d = new JarFile(javadoc.toFile())) {
        assertThat(s.stream().anyMatch(e -> e.getName().endsWith(".java"))).as(sources + " holds sources").isTrue();
        assertThat(d.getEntry("index.html")).as(javadoc + ": index.html").isNotNull();
        assertThat(s.getEntry("META-INF/LICENSE")).as(sources + ": META-INF/LICENSE").isNotNull();
      }
    }
  }

  /** The module's packaged jar, as Maven put it on this test's class path. */
  private static Path jarOf(Reactor.Module m, String version) {
    String name = m.artifactId() + "-" + version + ".jar";
    List<Path> onClassPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of)
        .filter(p -> p.getFileName() != null && p.getFileName().toString().equals(name))
        .collect(Collectors.toList());
    assertThat(onClassPath).as(name + " on odis-dist's test class path: make " + m.artifactId()
        + " a dependency of odis-dist").hasSize(1);
    return onClassPath.get(0);
  }
}
