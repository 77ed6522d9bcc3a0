package se.odis.model;

import com.fasterxml.jackson.core.JsonProcessingException;
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
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .build();
  }

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
    ObjectReader reader = name.endsWith(".yaml") || name.endsWith(".yml") ? YAML : JSON;
    try (InputStream in = Files.newInputStream(file)) {
      return reader.readValue(in);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(new InputProblem(source, 0, 0, "", "no such file", "a profile file (.json, .yaml)"), e);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(DatasetReader.describe(e, source), e);
    } catch (IOException e) {
      throw new InvalidInputException(new InputProblem(source, 0, 0, "", "cannot read the file: " + e.getMessage(), null), e);
    }
  }
}
