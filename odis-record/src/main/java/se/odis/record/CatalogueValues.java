package se.odis.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import se.odis.model.Dataset;
import se.odis.model.ImmutableDataset;
import se.odis.model.OdisJson;

/**
 * What a catalogue owns in a dataset file, defined in this one place: every value the importer
 * gives, wherever it is, except the file's identity and the coordinator's own record
 * ({@link #NOT_FROM_CATALOGUE}). A field the importers learn to fill is refreshed by the next
 * import without a change here.
 *
 * <p>A value is a leaf of the dataset's JSON: a text, code, date, number or list, found by
 * descending into objects ({@code /title/sv}, {@code /publisher/name}, {@code /distributions}). A
 * value the importer leaves at the model's default ({@code UNKNOWN}, {@code PLANNED}, empty) is no
 * value: the catalogue said nothing. So a fact the coordinator records, which no catalogue states,
 * is never the catalogue's; and if a catalogue one day states it, the fingerprints below still keep
 * what the coordinator wrote.
 *
 * <p>Each value the catalogue gave is remembered in the file as a fingerprint, a short hash of the
 * value; the next import compares the file's value, the remembered fingerprint and the catalogue's
 * new value, and so tells an edit by hand from a change in the catalogue.
 */
final class CatalogueValues {
  /** Top-level fields never taken from a catalogue: the file's identity and the coordinator's record. */
  static final Set<String> NOT_FROM_CATALOGUE = Set.of("$schema", "id", "progress", "imported");

  private static final JsonNode DEFAULTS =
      OdisJson.mapper().valueToTree(ImmutableDataset.builder().id("defaults").build());

  private CatalogueValues() {}

  /** @return an imported dataset as the JSON tree a file would hold */
  static ObjectNode tree(Dataset d) {
    return OdisJson.mapper().valueToTree(d);
  }

  /**
   * The values a catalogue gives in a dataset's tree, by JSON pointer, in the tree's order; values
   * that are empty or the model's defaults are left out.
   */
  static Map<String, JsonNode> of(ObjectNode tree) {
    Map<String, JsonNode> out = new TreeMap<>();
    Schema.Node top = Schema.dataset().top();
    for (var it = tree.fields(); it.hasNext(); ) {
      var e = it.next();
      if (NOT_FROM_CATALOGUE.contains(e.getKey())) continue;
      collect(out, "/" + Paths.escape(e.getKey()), e.getValue(), top.field(e.getKey()));
    }
    return out;
  }

  private static void collect(Map<String, JsonNode> out, String pointer, JsonNode value, Schema.Node schema) {
    boolean object = schema != null && (schema.kind() == Schema.Kind.OBJECT || schema.kind() == Schema.Kind.MAP);
    if (object && value.isObject()) {
      for (var it = value.fields(); it.hasNext(); ) {
        var e = it.next();
        Schema.Node child = schema.kind() == Schema.Kind.OBJECT ? schema.field(e.getKey()) : schema.element();
        collect(out, pointer + "/" + Paths.escape(e.getKey()), e.getValue(), child);
      }
    } else if (!isEmpty(pointer, value)) {
      out.put(pointer, value);
    }
  }

  /** @return true for no value: missing, null, empty, or the model's default at that place */
  static boolean isEmpty(String pointer, JsonNode value) {
    if (value == null || value.isMissingNode() || value.isNull()) return true;
    if (value.isContainerNode() && value.isEmpty()) return true;
    if (value.isTextual() && value.textValue().isEmpty()) return true;
    if (value.isObject()) {
      for (var it = value.fields(); it.hasNext(); ) {
        var e = it.next();
        if (!isEmpty(pointer + "/" + Paths.escape(e.getKey()), e.getValue())) return false;
      }
      return true;
    }
    JsonNode d = DEFAULTS.at(pointer);
    return !d.isMissingNode() && canonical(d).equals(canonical(value));
  }

  /** @return the fingerprint of a value: 12 hex digits of its SHA-256, or null for no value */
  static String fingerprint(String pointer, JsonNode value) {
    if (isEmpty(pointer, value)) return null;
    return Hash.hex(canonical(value), 6);
  }

  /**
   * A value's canonical text: keys sorted, numbers without trailing zeros, so that the same value
   * written in another order or form has the same fingerprint.
   */
  static String canonical(JsonNode v) {
    return sorted(v).toString();
  }

  private static JsonNode sorted(JsonNode v) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (v.isObject()) {
      ObjectNode o = f.objectNode();
      List<String> keys = new ArrayList<>();
      v.fieldNames().forEachRemaining(keys::add);
      keys.sort(null);
      for (String k : keys) o.set(k, sorted(v.get(k)));
      return o;
    }
    if (v.isArray()) {
      var a = f.arrayNode();
      v.forEach(e -> a.add(sorted(e)));
      return a;
    }
    if (v.isNumber()) return f.textNode("#" + new BigDecimal(v.asText()).stripTrailingZeros().toPlainString());
    return v;
  }
}
