package se.odis.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import se.odis.model.ConditionKind;
import se.odis.model.DatasetReader;
import se.odis.model.GuideTask;
import se.odis.model.InputProblem;
import se.odis.model.InvalidInputException;
import se.odis.model.TaskId;
import se.odis.model.TaskStatus;

/**
 * The edits behind {@code odis set} and {@code odis progress}, made on a copy of a file's JSON
 * tree. They only put values in place; whether the result is a valid dataset is for the strict
 * reader to say, in its own words ({@link RecordFile}).
 */
final class Edits {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private Edits() {}

  /** Fields that no edit of a single value may touch, and why. */
  static void checkSettable(String field, String source) throws InvalidInputException {
    String f = field.strip();
    String top = f.startsWith("/") ? f.substring(1).split("/", -1)[0] : f.split("\\.", -1)[0];
    String why = null;
    if (top.equals("progress")) {
      why = "progress is recorded task by task; use: odis progress FILE TASK --status STATUS";
    } else if (top.equals("imported")) {
      why = "'imported' says where the file came from and is written by odis import only";
    }
    if (why != null) {
      throw new InvalidInputException(new InputProblem(source, 0, 0, "/" + top, why, null), null);
    }
  }

  /**
   * A value as a coordinator types it on the command line, turned into the JSON the field holds:
   * text for text, codes and dates; a number or boolean where the schema says so; a list from
   * comma-separated items or a JSON array. Anything doubtful is left as text, for the reader to
   * refuse with its own message.
   */
  static JsonNode fromText(Paths.Field f, String value, String source) throws InvalidInputException {
    switch (f.node.kind()) {
      case BOOLEAN:
        return value.equals("true") || value.equals("false") ? F.booleanNode(Boolean.parseBoolean(value)) : F.textNode(value);
      case INTEGER:
      case NUMBER:
        try {
          return F.numberNode(new BigDecimal(value));
        } catch (NumberFormatException e) {
          return F.textNode(value);
        }
      case ARRAY: {
        if (value.strip().startsWith("[")) return fromJson(f, value, source);
        ArrayNode list = F.arrayNode();
        Paths.Field element = new Paths.Field(f.segments, f.node.element());
        for (String item : value.split(",", -1)) {
          if (!item.isBlank()) list.add(fromText(element, item.strip(), source));
        }
        return list;
      }
      case OBJECT:
      case MAP: {
        if (value.strip().startsWith("{")) return fromJson(f, value, source);
        String example = f.node.kind() == Schema.Kind.OBJECT && !f.node.fieldNames().isEmpty()
            ? String.join(".", f.segments) + "." + f.node.fieldNames().get(0)
            : String.join(".", f.segments) + ".sv";
        throw new InvalidInputException(new InputProblem(source, 0, 0, f.pointer(),
            "'" + String.join(".", f.segments) + "' holds fields, not a single value",
            "one of its fields, e.g. " + example + ", or the whole value as a JSON object"), null);
      }
      default:
        return F.textNode(value);
    }
  }

  /** A value given as JSON text. */
  static JsonNode fromJson(Paths.Field f, String json, String source) throws InvalidInputException {
    try {
      JsonNode v = Layout.value(json);
      if (v == null || v.isMissingNode()) {
        throw new InvalidInputException(new InputProblem(source, 0, 0, f.pointer(), "the value is empty",
            "a JSON value, e.g. \"text\", 42, true, null, [\"a\", \"b\"] or {\"name\": \"…\"}"), null);
      }
      return v;
    } catch (JsonProcessingException e) {
      InputProblem p = DatasetReader.describe(e, source);
      throw new InvalidInputException(new InputProblem(source, 0, 0, f.pointer(),
          "the value is not JSON: " + p.getProblem().replace("the dataset object", "the value"),
          "a JSON value, e.g. \"text\", 42, true, null, [\"a\", \"b\"] or {\"name\": \"…\"}"), e);
    }
  }

  /**
   * Puts a value at a field, creating the objects on the way (a {@code null} slot becomes an
   * object). A list element must exist.
   */
  static void put(ObjectNode root, Paths.Field f, JsonNode value, String source) throws InvalidInputException {
    JsonNode cur = root;
    int n = f.segments.size();
    for (int i = 0; i < n; i++) {
      String seg = f.segments.get(i);
      boolean last = i == n - 1;
      if (cur instanceof ArrayNode) {
        ArrayNode list = (ArrayNode) cur;
        int index = Integer.parseInt(seg);
        if (index >= list.size()) {
          throw new InvalidInputException(new InputProblem(source, 0, 0, f.pointer(i + 1),
              "'" + f.segments.get(i - 1) + "' has " + list.size() + (list.size() == 1 ? " element" : " elements")
                  + ", so there is no element " + index,
              list.isEmpty() ? "the whole list, e.g. " + String.join(".", f.segments.subList(0, i)) + " given as JSON"
                  : "an element number from 0 to " + (list.size() - 1)), null);
        }
        if (last) {
          list.set(index, value);
          return;
        }
        cur = list.get(index);
      } else {
        ObjectNode object = (ObjectNode) cur;
        if (last) {
          Layout.put(object, f.pointer(i), seg, value);
          return;
        }
        JsonNode next = object.get(seg);
        if (next == null || next.isNull()) {
          Schema.Node kind = Paths.schemaAt(f.pointer(i + 1));
          next = kind != null && kind.kind() == Schema.Kind.ARRAY ? F.arrayNode() : F.objectNode();
          Layout.put(object, f.pointer(i), seg, next);
        }
        cur = next;
      }
      if (!cur.isContainerNode()) {
        throw new InvalidInputException(new InputProblem(source, 0, 0, f.pointer(i + 1),
            "'" + seg + "' holds a single value in the file, not fields", "a field that exists"), null);
      }
    }
  }

  /**
   * Empties a field: its slot ({@code []}, {@code "UNKNOWN"}, {@code null}) where the file keeps
   * slots, else the field is left out. A field the file does not have is left as it is.
   */
  static void unset(ObjectNode root, Paths.Field f) {
    JsonNode parent = root.at(f.pointer(f.segments.size() - 1));
    String last = f.segments.get(f.segments.size() - 1);
    if (parent instanceof ObjectNode && parent.has(last)) {
      JsonNode slot = f.node.emptySlot();
      if (slot == null) {
        ((ObjectNode) parent).remove(last);
      } else {
        ((ObjectNode) parent).set(last, slot);
      }
    } else if (parent instanceof ArrayNode && Integer.parseInt(last) < parent.size()) {
      ((ArrayNode) parent).remove(Integer.parseInt(last));
    }
  }

  /**
   * Records a task's progress: the status always, the date if given, who and a note if given
   * (an empty text removes them); the task's title is added to an entry that lacks it.
   *
   * @throws InvalidInputException if the task does not exist, or is one the guide always requires
   *     and is marked not applicable
   */
  static void progress(ObjectNode root, String task, TaskStatus status, LocalDate date, String by, String note,
      String source) throws InvalidInputException {
    progress(root, task, status, date, by, note, false, source);
  }

  /**
   * Records a task's progress; with {@code exact}, a null date, who or note removes it, so that the
   * entry says exactly what is given (as a row of the checklist workbook does).
   */
  static void progress(ObjectNode root, String task, TaskStatus status, LocalDate date, String by, String note,
      boolean exact, String source) throws InvalidInputException {
    TaskId id;
    try {
      id = TaskId.of(task.strip());
    } catch (IllegalArgumentException e) {
      String why = e.getMessage();
      int cut = why.indexOf("; expected ");
      throw new InvalidInputException(new InputProblem(source, 0, 0, "/progress",
          cut < 0 ? why : why.substring(0, cut), cut < 0 ? null : why.substring(cut + "; expected ".length())), e);
    }
    GuideTask t = id.getTask();
    if (status == TaskStatus.NOT_APPLICABLE && t.getCondition() == ConditionKind.ALWAYS) {
      throw new InvalidInputException(new InputProblem(source, 0, 0, "/progress/" + id,
          "task " + id + " always applies in the guide, so it cannot be NOT_APPLICABLE",
          "DONE, IN_PROGRESS or NOT_STARTED (only the guide's conditional tasks — when needed, if possible,"
              + " or under a condition — can be judged not applicable)"), null);
    }
    JsonNode p = root.get("progress");
    if (p == null || !p.isObject()) {
      p = F.objectNode();
      Layout.put(root, "", "progress", p);
    }
    ObjectNode progress = (ObjectNode) p;
    String key = id.getId();
    for (var it = progress.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (TaskId.of(k).equals(id)) key = k; // the file may write the id in the other style: keep it
    }
    JsonNode e = progress.get(key);
    ObjectNode entry = e instanceof ObjectNode ? (ObjectNode) e : F.objectNode();
    if (!(e instanceof ObjectNode)) Layout.put(progress, "/progress", key, entry);
    String at = "/progress/" + Paths.escape(key);
    if (!entry.hasNonNull("title")) Layout.put(entry, at, "title", F.textNode(t.getSv()));
    Layout.put(entry, at, "status", F.textNode(status.name()));
    if (date != null) {
      Layout.put(entry, at, "date", F.textNode(date.toString()));
    } else if (exact) {
      entry.remove("date");
    }
    text(entry, at, "by", exact && by == null ? "" : by);
    text(entry, at, "note", exact && note == null ? "" : note);
  }

  private static void text(ObjectNode entry, String at, String field, String value) {
    if (value == null) return;
    if (value.isEmpty()) {
      entry.remove(field);
    } else {
      Layout.put(entry, at, field, F.textNode(value));
    }
  }
}
