package se.odis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.odis.model.Assessment;

/**
 * What an application that embeds ODIS for its built-in rules carries: odis-rules' run-time class
 * path, as Maven gives it to a dependant (written by the dependency plugin before the tests). It
 * stays small, holds no rule compiler, spreadsheet reader or test library, and is enough to assess
 * — checked in a JVM of its own, since this test's class path also holds the build-time compiler.
 */
class EmbedderClassPathTest {
  /** The target for odis-rules' run-time class path, in bytes. */
  private static final long LIMIT = 20L * 1024 * 1024;

  private static final Pattern COMPILE_TIME_OR_TEST = Pattern.compile(
      "(poi|xmlbeans|ecj|javaparser|xstream|drools-decisiontables|drools-mvel|mvel2|drools-drl-parser"
          + "|drools-model-codegen|junit|assertj|jqwik|byte-buddy|opentest4j)[-.].*\\.jar");

  private static List<Path> runtimeClassPath() throws Exception {
    Path file = Path.of("target", "runtime-class-path.txt");
    assumeThat(file).as("written by the dependency plugin (run the tests with Maven)").isRegularFile();
    List<Path> out = new ArrayList<>();
    for (String entry : Files.readString(file).strip().split(Pattern.quote(File.pathSeparator))) {
      out.add(Path.of(entry));
    }
    return out;
  }

  @Test
  void runtimeClassPath_isAtMost20MB_andHoldsNoCompilerOrTestLibrary() throws Exception {
    List<Path> jars = runtimeClassPath();
    long bytes = 0;
    for (Path jar : jars) bytes += Files.size(jar);
    assertThat(jars).extracting(p -> p.getFileName().toString()).noneMatch(n -> COMPILE_TIME_OR_TEST.matcher(n).matches());
    assertThat(bytes).as("bytes in the %d jars of %s", jars.size(), jars).isLessThanOrEqualTo(LIMIT);
  }

  @Test
  void runtimeClassPath_assesses_andSaysWhatARulePackNeeds(@TempDir Path pack) throws Exception {
    Files.writeString(pack.resolve("regel.drl"), "package se.kommun.rules;\n");
    List<String> classPath = new ArrayList<>();
    classPath.add(Path.of("target", "classes").toString());
    classPath.add(Path.of("target", "test-classes").toString());
    for (Path jar : runtimeClassPath()) classPath.add(jar.toString());
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", String.join(File.pathSeparator, classPath), Embedder.class.getName(), pack.toString())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).contains("verdict READY_TO_PUBLISH", pack + ": rule packs given at run time need the artefact se.odis:odis-rules-packs");
  }

  /** The embedder: assesses with the built-in rules, then asks for a rule pack. Uses no test library. */
  static final class Embedder {
    public static void main(String[] args) {
      Assessment a = Assessor.create().assess(Datasets.readyToPublish().build(), Datasets.AS_OF);
      System.out.println("verdict " + a.getVerdict());
      try {
        Assessor.builder().rulePack(Path.of(args[0])).build();
        System.out.println("the rule pack was loaded");
      } catch (RuleSetException e) {
        e.getProblems().forEach(System.out::println);
      }
    }
  }
}
