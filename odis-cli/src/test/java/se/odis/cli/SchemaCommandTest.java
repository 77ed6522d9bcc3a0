package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.cli.Cli.odis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import se.odis.cli.Cli.Result;
import se.odis.model.Dataset;

/** {@code odis schema}: the input's JSON Schema, verbatim. */
class SchemaCommandTest {
  @Test
  void schema_printsTheSchemaResourceVerbatim() throws Exception {
    String resource;
    try (InputStream in = Dataset.class.getResourceAsStream("dataset.schema.json")) {
      resource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    Result r = odis("schema");

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo(resource);
  }

  @Test
  void schema_isADraft202012SchemaOfTheDataset() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(odis("schema").out());

    assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("$id").asText()).endsWith("dataset.schema.json");
    assertThat(schema.path("required").toString()).isEqualTo("[\"id\"]");
  }

  @Test
  void schema_takesNoArguments() {
    Result r = odis("schema", "extra");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("extra");
  }
}
