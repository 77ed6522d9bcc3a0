package se.odis.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast reader of progress entries against the generic one it replaces: for every entry, valid
 * or not, both give the same dataset or the same problem (place, pointer, words, expectation).
 */
class TaskProgressDeserializerTest {
  private static final ObjectReader FAST = OdisJson.build(true).readerFor(Dataset.class);
  private static final ObjectReader GENERIC = OdisJson.build(false).readerFor(Dataset.class);

  /** What a reader makes of a dataset text: the dataset, or the problem described for a user. */
  private static String outcome(ObjectReader reader, String json) {
    try {
      return "dataset " + reader.readValue(json);
    } catch (JsonProcessingException e) {
      return "problem " + DatasetReader.describe(e, "t.json");
    }
  }

  private static String dataset(String entry) {
    return "{\"id\": \"x\",\n \"progress\": {\"A.1.1.1\": {\"status\": \"DONE\"},\n  \"B2.2.1\": " + entry + "}}";
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // valid
      "{\"status\": \"DONE\"}",
      "{\"status\": \"IN_PROGRESS\", \"date\": \"2026-03-01\", \"by\": \"Anna\", \"note\": \"Beslut KS 2026/1\"}",
      "{\"note\": \"n\", \"by\": \"b\", \"date\": \"2024-02-29\", \"status\": \"NOT_APPLICABLE\"}",
      "{\"status\": \"DONE\", \"date\": null, \"by\": null, \"note\": null}",
      "{\"title\": \"Identifiera datamängder\", \"status\": \"DONE\"}", "{\"status\": \"DONE\", \"title\": null}",
      "{\"status\": \"DONE\", \"title\": 3}", "{\"status\": \"DONE\", \"title\": [\"x\"]}", "{\"title\": \"t\"}",
      "{ \"status\" : \"DONE\" ,\n \"by\" : \"\" }",
      // missing or null status
      "{}", "{\"note\": \"a\"}", "{\"status\": null}", "{\"status\": null, \"note\": \"a\"}",
      // wrong values
      "{\"status\": \"FINISHED\"}", "{\"status\": \"done\"}", "{\"status\": 1}", "{\"status\": true}",
      "{\"status\": [\"DONE\"]}", "{\"status\": {\"v\": \"DONE\"}}", "{\"status\": \"\"}",
      "{\"status\": \"DONE\", \"date\": \"2026-1-5\"}", "{\"status\": \"DONE\", \"date\": \"2026-02-30\"}",
      "{\"status\": \"DONE\", \"date\": 20260301}", "{\"status\": \"DONE\", \"date\": [2026, 3, 1]}",
      "{\"status\": \"DONE\", \"date\": \"2026-03-01T10:00\"}", "{\"status\": \"DONE\", \"by\": 5}",
      "{\"status\": \"DONE\", \"by\": false}", "{\"status\": \"DONE\", \"by\": [\"Anna\"]}",
      "{\"status\": \"DONE\", \"note\": {\"sv\": \"x\"}}", "{\"status\": \"DONE\", \"note\": 1.5}",
      // unknown and repeated fields
      "{\"status\": \"DONE\", \"who\": \"Anna\"}", "{\"statu\": \"DONE\"}", "{\"Status\": \"DONE\"}",
      "{\"status\": \"DONE\", \"_status\": \"DONE\"}", "{\"status\": \"DONE\", \"extra\": {\"a\": [1, 2]}}",
      "{\"status\": \"DONE\", \"status\": \"IN_PROGRESS\"}", "{\"status\": \"DONE\", \"by\": \"a\", \"by\": \"b\"}",
      // not an object
      "\"DONE\"", "1", "true", "[]", "[{\"status\": \"DONE\"}]", "\"\"",
      // broken JSON inside the entry
      "{\"status\": \"DONE\",}", "{\"status\" \"DONE\"}", "{\"status\": DONE}", "{\"status\": \"DONE\""})
  void eachEntry_readsOrFailsExactlyAsTheGenericReader(String entry) {
    String json = dataset(entry);
    assertThat(outcome(FAST, json)).isEqualTo(outcome(GENERIC, json));
  }

  @Property(tries = 300)
  void anyMixOfFields_readsOrFailsExactlyAsTheGenericReader(@ForAll("entries") String entry) {
    String json = dataset(entry);
    assertThat(outcome(FAST, json)).isEqualTo(outcome(GENERIC, json));
  }

  @Provide
  Arbitrary<String> entries() {
    Arbitrary<String> names = Arbitraries.of("status", "date", "by", "note", "title", "who", "Date", "");
    Arbitrary<String> values = Arbitraries.of(
        "\"DONE\"", "\"IN_PROGRESS\"", "\"NOT_STARTED\"", "\"NOT_APPLICABLE\"", "\"BOGUS\"", "\"2026-03-01\"",
        "\"2026-13-01\"", "\"Anna\"", "\"\"", "null", "0", "true", "[]", "{}", "[\"DONE\"]", "{\"x\": null}");
    Arbitrary<String> field = names.flatMap(n -> values.map(v -> "\"" + n + "\": " + v));
    return field.list().ofMaxSize(5).map(fields -> {
      List<String> parts = new ArrayList<>(fields);
      return "{" + String.join(", ", parts) + "}";
    });
  }
}
