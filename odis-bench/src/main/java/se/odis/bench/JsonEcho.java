package se.odis.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;

/**
 * The baseline of the start-up benchmark: a plain Java program that only parses a dataset file
 * with Jackson and prints it. {@code odis assess} is compared against this, run the same way.
 */
public final class JsonEcho {
  private JsonEcho() {}

  /**
   * @param args the JSON file
   * @throws Exception if it cannot be read
   */
  public static void main(String[] args) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode tree = mapper.readTree(Path.of(args[0]).toFile());
    System.out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree));
  }
}
