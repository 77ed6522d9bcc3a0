package se.odis.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.odis.model.Guide;
import se.odis.model.OdisJson;
import se.odis.model.TaskId;

/**
 * The one layout of a dataset file in the record: two-space indents, {@code "key": value}, one
 * array element per line, {@code \n} line ends and a final newline; keys in the order the guide
 * meets the fields, each object's fields in the schema's order, progress entries in the guide's
 * task order. A file written this way changes, under any edit, only in the lines of that edit.
 *
 * <p>Edits never reorder what is there: a key the file already has stays where it is (a file
 * written by hand in another order keeps its order), and a new key goes where the layout puts it
 * among the keys around it. Numbers keep their written form. Thread-safe.
 */
final class Layout {
  /**
   * The top-level fields in the order a coordinator meets them in the guide: what the dataset is,
   * who answers for it and why (A), the facts that decide whether it may be published (B1), how
   * it is published (B2), its metadata, then progress and where the file came from. A field the
   * schema has and this list lacks goes before progress, in the schema's order.
   */
  static final List<String> TOP = List.of(
      "$schema", "id", "title", "description", "status",
      "roles", "audiences", "benefits", "risks", "effort",
      "personalData", "secrecy", "secrecyMeasures", "thirdPartyRights", "otherLegalObstacles", "licence", "fees",
      "conformsTo", "storage", "distributions", "support",
      "publisher", "contactPoint", "themes", "keywords", "spatial", "temporal", "accrualPeriodicity",
      "accessRights", "landingPage", "hvdCategory", "issued", "modified", "metadataModified");

  /** Fields that close the file, in this order. */
  static final List<String> LAST = List.of("progress", "imported");

  private static final JsonMapper TREES = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();
  private static final ObjectReader READER = TREES.reader();
  private static final ObjectWriter WRITER = writer();
  private static final Map<String, Integer> TOP_RANK = topRank();

  private Layout() {}

  private static ObjectWriter writer() {
    return TREES.writer(OdisJson.prettyPrinter());
  }

  private static Map<String, Integer> topRank() {
    Map<String, Integer> rank = new LinkedHashMap<>();
    TOP.forEach(k -> rank.put(k, rank.size()));
    for (String k : Schema.dataset().top().fieldNames()) {
      if (!LAST.contains(k)) rank.putIfAbsent(k, rank.size());
    }
    LAST.forEach(k -> rank.put(k, rank.size()));
    return rank;
  }

  /**
   * Reads a JSON text as a tree, keeping every number as written. The text has already passed the
   * strict reader, so it is one well-formed object.
   */
  static ObjectNode tree(String json) {
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    try {
      return (ObjectNode) READER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a text the strict reader took is not a JSON object", e);
    }
  }

  /** @return a JSON value given by a user (strict: one value, no duplicate keys), or null if empty */
  static JsonNode value(String json) throws JsonProcessingException {
    return READER.readTree(json);
  }

  /** @return the tree in the record's layout, ending in a newline */
  static String text(JsonNode tree) {
    try {
      return WRITER.writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("a JSON tree cannot be written", e);
    }
  }

  /**
   * Puts a field into an object: in place if the object has it, else where the layout ranks it
   * among the keys already there (after the last key ranked before it).
   *
   * @param object the object, changed in place
   * @param path the JSON pointer of the object ("" for the dataset)
   * @param key the field
   * @param value its value
   */
  static void put(ObjectNode object, String path, String key, JsonNode value) {
    if (object.has(key)) {
      object.set(key, value);
      return;
    }
    int rank = rank(path, key);
    // After the last key ranked before it: in a file in the layout's order that is its place, and
    // in a file written in another order it joins the field it belongs after.
    int position = 0;
    int i = 0;
    for (var it = object.fieldNames(); it.hasNext(); i++) {
      if (rank(path, it.next()) < rank) position = i + 1;
    }
    List<Map.Entry<String, JsonNode>> after = new ArrayList<>();
    i = 0;
    for (var it = object.fields(); it.hasNext(); i++) {
      Map.Entry<String, JsonNode> e = it.next();
      if (i >= position) after.add(Map.entry(e.getKey(), e.getValue()));
    }
    after.forEach(e -> object.remove(e.getKey()));
    object.set(key, value);
    after.forEach(e -> object.set(e.getKey(), e.getValue()));
  }

  /**
   * Where a key goes among its siblings: top-level fields by {@link #TOP}, progress entries by the
   * guide's task order, fields of a known object by the schema, anything else (languages of a
   * text) after what is there.
   */
  static int rank(String path, String key) {
    if (path.isEmpty()) return TOP_RANK.getOrDefault(key, Integer.MAX_VALUE);
    if (path.equals("/progress")) {
      try {
        return Guide.odis().order(TaskId.of(key).getId());
      } catch (IllegalArgumentException e) {
        return Integer.MAX_VALUE;
      }
    }
    Schema.Node node = Paths.schemaAt(path);
    if (node == null || node.kind() != Schema.Kind.OBJECT) return Integer.MAX_VALUE;
    int i = node.fieldNames().indexOf(key);
    return i < 0 ? Integer.MAX_VALUE : i;
  }
}
