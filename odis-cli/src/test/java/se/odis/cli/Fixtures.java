package se.odis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Portfolios made of the example datasets, for the tests of several datasets at once. */
final class Fixtures {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final String AS_OF = "2026-11-26";

  private Fixtures() {}

  /** @return the example dataset as one line of JSON */
  static String line(String exampleFile) {
    try {
      JsonNode node = MAPPER.readTree(Files.readString(Path.of(exampleFile), StandardCharsets.UTF_8));
      return MAPPER.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the three examples, ready, blocked and in phase A, as NDJSON lines */
  static List<String> exampleLines() {
    return List.of(line(Cli.READY), line(Cli.BLOCKED), line(Cli.PHASE_A));
  }

  static Path write(Path file, String content) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return an NDJSON file of the given lines */
  static Path ndjson(Path file, List<String> lines) {
    return write(file, String.join("\n", lines) + "\n");
  }

  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the example dataset with its id and title changed, as one line */
  static String renamed(String exampleFile, String id, String titleSv) {
    try {
      com.fasterxml.jackson.databind.node.ObjectNode node =
          (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.readTree(Files.readString(Path.of(exampleFile), StandardCharsets.UTF_8));
      node.put("id", id);
      node.putObject("title").put("sv", titleSv).put("en", titleSv);
      return MAPPER.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return what an iterator yields, in order */
  static <T> List<T> all(java.util.Iterator<T> items) {
    List<T> out = new java.util.ArrayList<>();
    items.forEachRemaining(out::add);
    return out;
  }

  /** @return the problem an input reader's item fails with; an assertion error if it is no such item */
  static se.odis.model.InputProblem problem(Object item) {
    if (!(item instanceof Pending)) throw new AssertionError("expected a problem, not " + item);
    try {
      ((Pending) item).load();
    } catch (se.odis.model.InvalidInputException e) {
      return e.getProblem();
    }
    throw new AssertionError("expected a problem, but the input was read");
  }
}
