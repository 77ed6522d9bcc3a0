package se.odis.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import se.odis.model.Dataset;

/**
 * The JSON Schema of a dataset file, read as a map of what each field holds. It is the model's own
 * schema ({@code odis schema}), which a test in odis-model keeps equal to what the strict reader
 * takes: so the record knows the fields, their order and their kinds without a list of its own.
 *
 * <p>Immutable and thread-safe.
 */
final class Schema {
  /** The schema's class path resource, in odis-model. */
  static final String RESOURCE = "dataset.schema.json";

  private static final Schema DATASET = load();

  /** The kind of value a field holds. */
  enum Kind { OBJECT, MAP, ARRAY, STRING, BOOLEAN, INTEGER, NUMBER, ANY }

  private final JsonNode root;

  private Schema(JsonNode root) {
    this.root = root;
  }

  /** @return the schema of a dataset file */
  static Schema dataset() {
    return DATASET;
  }

  /** @return the whole dataset's node */
  Node top() {
    return node(root);
  }

  /** @return the schema's own {@code $id}, which a starter file names as its {@code $schema} */
  String id() {
    return root.path("$id").asText(RESOURCE);
  }

  private static Schema load() {
    try (InputStream in = Dataset.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("the dataset schema is not on the class path");
      return new Schema(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("the dataset schema cannot be read", e);
    }
  }

  /** A schema node with its {@code $ref} and nullable {@code anyOf} resolved. */
  Node node(JsonNode raw) {
    boolean nullable = false;
    JsonNode n = raw;
    for (int guard = 0; guard < 16; guard++) {
      if (n.has("anyOf")) {
        JsonNode other = null;
        for (JsonNode alt : n.get("anyOf")) {
          if ("null".equals(alt.path("type").asText(null))) {
            nullable = true;
          } else {
            other = alt;
          }
        }
        if (other == null) break;
        n = other;
      } else if (n.has("$ref")) {
        String ref = n.get("$ref").asText();
        n = root.at(ref.substring(1));
      } else {
        break;
      }
    }
    return new Node(n, nullable || allowsNull(n));
  }

  private static boolean allowsNull(JsonNode n) {
    JsonNode type = n.path("type");
    if (type.isArray()) {
      for (JsonNode t : type) if ("null".equals(t.asText())) return true;
    }
    for (JsonNode e : n.path("enum")) if (e.isNull()) return true;
    return false;
  }

  /** One field's schema. */
  final class Node {
    private final JsonNode n;
    private final boolean nullable;

    Node(JsonNode n, boolean nullable) {
      this.n = n;
      this.nullable = nullable;
    }

    /** @return whether null is allowed (and means the same as leaving the field out) */
    boolean nullable() {
      return nullable;
    }

    /** @return what kind of value it holds */
    Kind kind() {
      if (n.has("properties")) return Kind.OBJECT;
      if (n.has("additionalProperties") && n.get("additionalProperties").isObject()) return Kind.MAP;
      String type = null;
      JsonNode t = n.path("type");
      if (t.isTextual()) {
        type = t.asText();
      } else if (t.isArray()) {
        for (JsonNode x : t) if (!"null".equals(x.asText())) type = x.asText();
      }
      if (type == null && n.has("enum")) type = "string";
      if (type == null) return Kind.ANY;
      switch (type) {
        case "object": return Kind.MAP;
        case "array": return Kind.ARRAY;
        case "string": return Kind.STRING;
        case "boolean": return Kind.BOOLEAN;
        case "integer": return Kind.INTEGER;
        case "number": return Kind.NUMBER;
        default: return Kind.ANY;
      }
    }

    /** @return the names of an object's fields, in the schema's order (the canonical order) */
    List<String> fieldNames() {
      List<String> names = new ArrayList<>();
      n.path("properties").fieldNames().forEachRemaining(names::add);
      return Collections.unmodifiableList(names);
    }

    /** @return the schema of an object's field, or null if it has none of that name */
    Node field(String name) {
      JsonNode p = n.path("properties").get(name);
      return p == null ? null : node(p);
    }

    /** @return the schema of a map's values or an array's elements */
    Node element() {
      return node(kind() == Kind.ARRAY ? n.path("items") : n.path("additionalProperties"));
    }

    /**
     * The value a field holds in a file while nothing is known of it, as {@code odis init} writes
     * it: {@code []} for a list, {@code null} where null is allowed, {@code "UNKNOWN"} for a fact
     * that cannot be null and has that value, an object of such slots for an object that cannot
     * be null.
     *
     * @return the slot, or null if the field has none and is left out instead
     */
    JsonNode emptySlot() {
      JsonNodeFactory f = JsonNodeFactory.instance;
      if (kind() == Kind.ARRAY) return f.arrayNode();
      if (nullable) return f.nullNode();
      if (enumValues().contains("UNKNOWN")) return f.textNode("UNKNOWN");
      if (kind() == Kind.OBJECT) {
        ObjectNode o = f.objectNode();
        for (String name : fieldNames()) {
          JsonNode slot = field(name).emptySlot();
          if (slot != null) o.set(name, slot);
        }
        return o;
      }
      return null;
    }

    /** @return the allowed values of an enum, without null; empty if it is no enum */
    List<String> enumValues() {
      List<String> values = new ArrayList<>();
      for (JsonNode e : n.path("enum")) if (!e.isNull()) values.add(e.asText());
      return values;
    }
  }
}
