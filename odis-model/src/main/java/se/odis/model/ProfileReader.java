package se.odis.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a municipality {@link Profile} from a JSON file, or a YAML file ({@code .yaml},
 * {@code .yml}), as strictly as {@link DatasetReader} reads datasets: unknown fields, wrong types
 * and bad values are errors naming the file, line and column.
 */
public final class ProfileReader {
  private static final ObjectReader JSON = OdisJson.mapper().readerFor(Profile.class);
  private static final ObjectReader YAML = yamlMapper().readerFor(Profile.class);

  private ProfileReader() {}

  private static ObjectMapper yamlMapper() {
    return YAMLMapper.builder(new YAMLFactory())
        .addModule(new JavaTimeModule())
        // As in JSON: a key given twice is a mistake, not a silent "the last one wins"; and a
        // second document in the file is not a second half of the profile.
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .build();
  }

  /**
   * The largest profile read. A real one is a few kilobytes; the YAML parser needs many times a
   * file's size in memory for a long value, so a runaway file is refused before it is parsed.
   */
  static final int MAX_BYTES = 1 << 20;

  /**
   * Reads a profile.
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @return the profile
   * @throws InvalidInputException if it cannot be read or is not a valid profile
   */
  public static Profile read(Path file) throws InvalidInputException {
    String source = file.toString();
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
    ObjectReader reader = yaml ? YAML : JSON;
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(new InputProblem(source, 0, 0, "", "no such file", "a profile file (.json, .yaml)"), e);
    } catch (IOException e) {
      throw new InvalidInputException(new InputProblem(source, 0, 0, "", "cannot read the file: " + e.getMessage(), null), e);
    }
    if (bytes.length > MAX_BYTES) {
      throw new InvalidInputException(new InputProblem(source, 0, 0, "", "the file is larger than 1 MB",
          "a profile file of a few kilobytes: municipality, rulePacks, disable, severities, defaults"), null);
    }
    Profile profile;
    try {
      profile = reader.readValue(bytes);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(forProfile(DatasetReader.describe(e, source), yaml), e);
    } catch (IOException e) {
      throw new InvalidInputException(new InputProblem(source, 0, 0, "", "cannot read the file: " + e.getMessage(), null), e);
    }
    if (profile == null) {
      // Jackson reads a document that is only null (JSON null, YAML ~ or null) as no value.
      throw new InvalidInputException(new InputProblem(source, 1, 1, "", "the profile is null", EXPECTED), null);
    }
    return profile;
  }

  private static final String EXPECTED = "an object with the profile's fields, e.g. municipality: Exempelkommun";

  /**
   * The problem as a profile's author should read it: the dataset reader's words for the whole
   * document name a dataset, and a YAML parser's message may run over several lines.
   */
  private static InputProblem forProfile(InputProblem p, boolean yaml) {
    String problem = p.getProblem().replace("\n", " ").replaceAll("\\s+", " ").strip();
    String expected = p.getExpected() == null ? null : p.getExpected().replace("\n", " ").replaceAll("\\s+", " ").strip();
    if (expected != null && expected.contains("describing one dataset")) expected = EXPECTED;
    if (expected != null && expected.equals("one JSON object")) expected = yaml ? "one YAML document" : "one JSON object";
    if (p.getPointer().isEmpty() && problem.equals("there is more content after the dataset object")) {
      problem = yaml ? "there is more than one document in the file" : "there is more content after the profile object";
    }
    if (yaml) {
      problem = problem.replace("malformed JSON", "malformed YAML");
      // SnakeYAML appends an excerpt of the document ("in 'reader', line 2, column 1: …"): the
      // line and column are given already, and the excerpt is not one line.
      int excerpt = problem.indexOf(" in 'reader'");
      if (excerpt > 0) problem = problem.substring(0, excerpt);
      if (expected != null) expected = expected.replace("well-formed JSON", "well-formed YAML");
    }
    return new InputProblem(p.getSource(), p.getLine(), p.getColumn(), p.getPointer(), problem, expected);
  }
}
