package se.odis.dcat;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import se.odis.model.Dataset;
import se.odis.model.DatasetReader;
import se.odis.model.InvalidInputException;
import se.odis.model.test.SharedData;

/** Where tests find their inputs: the shared real data (read in place) and the project's examples. */
final class Fixtures {
  private Fixtures() {}

  /** A file under ../shared/realdata; the test is skipped, saying why, when it is not there. */
  static Path realdata(String relative) {
    return SharedData.realdata(relative);
  }

  /** The example datasets of odis-examples, read strictly; skipped when the module is not beside this one. */
  static List<Dataset> exampleDatasets() {
    Path dir = Path.of(System.getProperty("basedir", ".")).resolve("../odis-examples/datasets").normalize();
    assumeTrue(Files.isDirectory(dir), "example datasets " + dir + " are absent");
    List<Dataset> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        out.add(DatasetReader.strict().read(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InvalidInputException e) {
      throw new AssertionError("example dataset does not read: " + e.getMessage(), e);
    }
    return out;
  }

  /** Writes text to a file (UTF-8) and returns the file. */
  static Path write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes bytes to a file and returns the file. */
  static Path write(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The two CKAN 1.x package_show records of the early oppnadata.se code, unwrapped from their JavaScript. */
  static List<String> softhousePackages() {
    String js = read(realdata("ckan/oppnadata-se-softhouse__dataset_example.js"));
    int second = js.indexOf("var json2 = ");
    return List.of(unwrap(js.substring(0, second), "var json = "), unwrap(js.substring(second), "var json2 = "));
  }

  private static String unwrap(String js, String prefix) {
    String t = js.strip();
    if (!t.startsWith(prefix)) throw new AssertionError("the record does not start with " + prefix);
    t = t.substring(prefix.length()).strip();
    return t.endsWith(";") ? t.substring(0, t.length() - 1) : t;
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
