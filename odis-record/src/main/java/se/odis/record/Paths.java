package se.odis.record;

import java.util.ArrayList;
import java.util.List;
import se.odis.model.EditDistance;
import se.odis.model.InputProblem;
import se.odis.model.InvalidInputException;

/**
 * Fields of a dataset file as a coordinator names them — {@code roles.owner},
 * {@code personalData.status}, {@code title.sv}, {@code distributions.0.format}, or the JSON
 * pointer {@code /roles/owner} — resolved against the schema, so a misspelt name is an error with
 * the reader's own words and a suggestion.
 */
final class Paths {
  private Paths() {}

  /** A resolved field: its JSON pointer's segments and what the schema says it holds. */
  static final class Field {
    final List<String> segments;
    final Schema.Node node;

    Field(List<String> segments, Schema.Node node) {
      this.segments = List.copyOf(segments);
      this.node = node;
    }

    /** @return the JSON pointer, e.g. {@code /roles/owner} */
    String pointer() {
      return pointer(segments.size());
    }

    /** @return the pointer of the first {@code n} segments */
    String pointer(int n) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) sb.append('/').append(escape(segments.get(i)));
      return sb.toString();
    }

    /** @return the top-level field the path starts with */
    String top() {
      return segments.get(0);
    }
  }

  /**
   * Resolves a field name.
   *
   * @param name as given: dotted ({@code roles.owner}) or a JSON pointer ({@code /roles/owner})
   * @param source the file, for the problem
   * @return the field
   * @throws InvalidInputException if the schema has no such field, naming the nearest one
   */
  static Field field(String name, String source) throws InvalidInputException {
    List<String> segments = split(name);
    if (segments.isEmpty() || segments.stream().anyMatch(String::isEmpty)) {
      throw new InvalidInputException(new InputProblem(source, 0, 0, "",
          "'" + name + "' is not a field name",
          "a field such as licence, roles.owner, personalData.status or title.sv"), null);
    }
    Schema.Node node = Schema.dataset().top();
    for (int i = 0; i < segments.size(); i++) {
      String s = segments.get(i);
      String at = new Field(segments, node).pointer(i);
      switch (node.kind()) {
        case OBJECT: {
          Schema.Node next = node.field(s);
          if (next == null) {
            List<String> known = new ArrayList<>(node.fieldNames());
            known.sort(null);
            String hint = EditDistance.closest(s, known);
            throw new InvalidInputException(new InputProblem(source, 0, 0, at + "/" + escape(s),
                "unknown field '" + s + "'" + (hint == null ? "" : " (did you mean '" + hint + "'?)"),
                "one of " + String.join(", ", known)), null);
          }
          node = next;
          break;
        }
        case MAP:
          node = node.element();
          break;
        case ARRAY:
          if (!s.matches("0|[1-9][0-9]{0,8}")) {
            throw new InvalidInputException(new InputProblem(source, 0, 0, at,
                "'" + segments.get(i - 1) + "' is a list, and '" + s + "' is not an element number",
                "an element number from 0, e.g. " + String.join(".", segments.subList(0, i)) + ".0"), null);
          }
          node = node.element();
          break;
        default:
          throw new InvalidInputException(new InputProblem(source, 0, 0, at,
              "'" + segments.get(i - 1) + "' holds a single value, not fields",
              "the field " + String.join(".", segments.subList(0, i)) + " itself"), null);
      }
    }
    return new Field(segments, node);
  }

  /** @return the schema node at a JSON pointer of a dataset file, or null if there is none */
  static Schema.Node schemaAt(String pointer) {
    Schema.Node node = Schema.dataset().top();
    for (String s : split(pointer)) {
      switch (node.kind()) {
        case OBJECT:
          node = node.field(s);
          if (node == null) return null;
          break;
        case MAP:
        case ARRAY:
          node = node.element();
          break;
        default:
          return null;
      }
    }
    return node;
  }

  private static List<String> split(String name) {
    List<String> out = new ArrayList<>();
    String n = name.strip();
    if (n.startsWith("/")) {
      for (String s : n.substring(1).split("/", -1)) out.add(s.replace("~1", "/").replace("~0", "~"));
    } else if (!n.isEmpty()) {
      for (String s : n.split("\\.", -1)) out.add(s);
    }
    return out;
  }

  static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }
}
