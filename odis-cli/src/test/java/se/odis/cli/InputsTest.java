package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How inputs are told apart, and when a run is a single dataset. */
class InputsTest {
  @TempDir Path dir;

  private static InputKind sniff(String text) throws Exception {
    BufferedInputStream in = new BufferedInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    InputKind kind = InputKind.sniff(in);
    assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as("the stream is reset").isEqualTo(text);
    return kind;
  }

  @Test
  void sniff_tellsArraysNdjsonAndSingleObjects() throws Exception {
    assertThat(sniff("[{\"id\": \"a\"}]")).isEqualTo(InputKind.ARRAY);
    assertThat(sniff("\uFEFF \n [ ]")).isEqualTo(InputKind.ARRAY);
    assertThat(sniff("{\"id\": \"a\"}\n{\"id\": \"b\"}\n")).isEqualTo(InputKind.NDJSON);
    assertThat(sniff("{\"id\": \"a\"}\r\n\r\n{\"id\": \"b\"}")).isEqualTo(InputKind.NDJSON);
    // two files joined, each saved with a byte order mark: read as a named .ndjson file is
    assertThat(sniff("\uFEFF{\"id\": \"a\"}\n\uFEFF{\"id\": \"b\"}\n")).isEqualTo(InputKind.NDJSON);
    assertThat(sniff("{\n  \"id\": \"a\"\n}\n")).isEqualTo(InputKind.SINGLE);
    assertThat(sniff("{\"id\": \"a\"}\n")).isEqualTo(InputKind.SINGLE);
    assertThat(sniff("{\"id\": \"a\"} trailing")).isEqualTo(InputKind.SINGLE);
    assertThat(sniff("")).isEqualTo(InputKind.SINGLE);
    assertThat(sniff("not json")).isEqualTo(InputKind.SINGLE);
  }

  @ParameterizedTest
  @CsvSource({"x.ndjson, NDJSON", "X.JSONL, NDJSON", "x.json,", "x,"})
  void byName_knowsNdjsonExtensions(String name, InputKind kind) {
    assertThat(InputKind.byName(name)).isEqualTo(kind);
  }

  @Test
  void isSingle_onlyForOneDatasetFile() {
    Path single = Fixtures.write(dir.resolve("one.json"), "{\n  \"id\": \"a\"\n}\n");
    Path ndjson = Fixtures.write(dir.resolve("two.json"), "{\"id\": \"a\"}\n{\"id\": \"b\"}\n");
    Path array = Fixtures.write(dir.resolve("arr.json"), "[]");
    InputFormat.From odis = InputFormat.From.ODIS;

    assertThat(Inputs.isSingle(List.of(single.toString()), odis)).isTrue();
    assertThat(Inputs.isSingle(List.of(dir.resolve("missing.json").toString()), odis)).isTrue();
    assertThat(Inputs.isSingle(List.of(ndjson.toString()), odis)).isFalse();
    assertThat(Inputs.isSingle(List.of(array.toString()), odis)).isFalse();
    assertThat(Inputs.isSingle(List.of(dir.toString()), odis)).isFalse();
    assertThat(Inputs.isSingle(List.of(single.toString(), single.toString()), odis)).isFalse();
    assertThat(Inputs.isSingle(List.of("-"), odis)).isFalse();
    assertThat(Inputs.isSingle(List.of(single.toString()), InputFormat.From.DCAT)).isFalse();
  }
}
