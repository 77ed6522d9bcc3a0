package se.odis.model.test;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where tests find the data shared beside the clone ({@code ../shared}: the guide's text, real
 * catalogues, schemas), for the tests of every module: the directory named by the system property
 * {@value #PROPERTY}, which the parent POM's Surefire configuration sets. A test that needs it is
 * skipped, saying why, when the property is not set (a test run outside Maven) or what it needs is
 * not there (a clone without {@code ../shared}): never failed, and never looked for elsewhere.
 *
 * <p>In odis-model's test-jar; other modules add it as a test dependency.
 */
public final class SharedData {
  /** The system property naming the shared directory. */
  public static final String PROPERTY = "odis.shared.dir";

  private SharedData() {}

  /**
   * Returns the shared directory, or skips the test.
   *
   * @return the directory named by {@value #PROPERTY}
   */
  public static Path dir() {
    String dir = System.getProperty(PROPERTY);
    assumeTrue(dir != null && !dir.isBlank(),
        "system property " + PROPERTY + " is not set: run the tests through Maven, whose Surefire passes it");
    Path p = Path.of(dir);
    assumeTrue(Files.isDirectory(p), "the shared data " + p + " (" + PROPERTY + ") is absent: ../shared is expected "
        + "beside the clone; skipped");
    return p;
  }

  /**
   * Returns a readable file of the shared directory, or skips the test.
   *
   * @param relative its path in the shared directory, e.g. {@code seed/odis-guide-sv.txt}
   * @return the file
   */
  public static Path file(String relative) {
    Path p = dir().resolve(relative);
    assumeTrue(Files.isRegularFile(p) && Files.isReadable(p), "the shared file " + p + " is absent; skipped");
    return p;
  }

  /**
   * Returns a directory of the shared directory, or skips the test.
   *
   * @param relative its path in the shared directory, e.g. {@code realdata}
   * @return the directory
   */
  public static Path directory(String relative) {
    Path p = dir().resolve(relative);
    assumeTrue(Files.isDirectory(p), "the shared directory " + p + " is absent; skipped");
    return p;
  }

  /**
   * Returns a file of the real data ({@code realdata/} in the shared directory), or skips the test.
   *
   * @param relative its path under {@code realdata/}, e.g. {@code catalogs/raa-ksamsok-soch-catalog.rdf}
   * @return the file
   */
  public static Path realdata(String relative) {
    return file("realdata/" + relative);
  }
}
