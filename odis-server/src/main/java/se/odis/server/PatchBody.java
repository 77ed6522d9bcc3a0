package se.odis.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import se.odis.model.DatasetReader;
import se.odis.model.EditDistance;
import se.odis.model.InputProblem;
import se.odis.model.TaskStatus;

/**
 * The body of {@code PATCH /api/datasets/{id}}, read as strictly as a dataset: an unknown
 * operation or field is an error with its JSON pointer and the nearest name, never ignored.
 */
final class PatchBody {
  /** As strict as the dataset reader: a key given twice, or anything after the object, is an error. */
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private PatchBody() {}

  /** The body of a PATCH: {@code set}, {@code unset} and {@code progress}, read strictly. */
  static List<Change> changes(byte[] body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      InputProblem p = DatasetReader.describe(e, "body");
      throw Problem.badInput(new InputProblem("body", p.getLine(), p.getColumn(), p.getPointer(),
          p.getProblem().replace("the dataset object", "the change object"), "an object with set, unset or progress"));
    } catch (IOException e) {
      throw Problem.badRequest("the body cannot be read: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw Problem.badBody("", "the body is not a JSON object", "{\"set\": {…}, \"unset\": […], \"progress\": {…}}");
    }
    List<Change> changes = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      switch (e.getKey()) {
        case "set" -> {
          JsonNode set = object(e.getValue(), "/set", "{\"personalData.status\": \"NONE\"}");
          set.properties().iterator().forEachRemaining(f -> changes.add(new Change.Set(f.getKey(), f.getValue())));
        }
        case "unset" -> {
          if (!e.getValue().isArray()) throw Problem.badBody("/unset", "is not a list", "a list of fields, e.g. [\"licence\"]");
          for (int i = 0; i < e.getValue().size(); i++) {
            JsonNode f = e.getValue().get(i);
            if (!f.isTextual()) throw Problem.badBody("/unset/" + i, "is not a field name", "a text, e.g. \"licence\"");
            changes.add(new Change.Unset(f.asText()));
          }
        }
        case "progress" -> {
          JsonNode p = object(e.getValue(), "/progress", "{\"A.3.3.1\": {\"status\": \"DONE\"}}");
          p.properties().iterator().forEachRemaining(t -> changes.add(progress(t.getKey(), t.getValue())));
        }
        default -> {
          String near = EditDistance.closest(e.getKey(), List.of("set", "unset", "progress"));
          throw Problem.badBody("/" + e.getKey(), "unknown operation '" + e.getKey() + "'" + (near != null ? " (did you mean '" + near + "'?)" : ""),
              "set, unset or progress");
        }
      }
    }
    if (changes.isEmpty()) throw Problem.badBody("", "the body changes nothing", "at least one field in set or unset, or one task in progress");
    return changes;
  }

  private static Change progress(String task, JsonNode v) {
    String at = "/progress/" + task.replace("~", "~0").replace("/", "~1");
    JsonNode o = object(v, at, "{\"status\": \"DONE\", \"date\": \"2026-11-01\", \"by\": \"Kommunstyrelsen\", \"note\": \"…\"}");
    TaskStatus status = null;
    LocalDate date = null;
    String by = null;
    String note = null;
    for (Iterator<Map.Entry<String, JsonNode>> it = o.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      String where = at + "/" + f.getKey();
      JsonNode x = f.getValue();
      if (!x.isTextual()) throw Problem.badBody(where, "is not a text", "a text");
      switch (f.getKey()) {
        case "status" -> status = Enums.parse(TaskStatus.class, where, x.asText(), true);
        case "date" -> {
          try {
            date = LocalDate.parse(x.asText());
          } catch (java.time.format.DateTimeParseException ex) {
            throw Problem.badBody(where, "'" + x.asText() + "' is not a date", "YYYY-MM-DD");
          }
        }
        case "by" -> by = x.asText();
        case "note" -> note = x.asText();
        default -> {
          String near = EditDistance.closest(f.getKey(), List.of("status", "date", "by", "note"));
          throw Problem.badBody(where, "unknown field '" + f.getKey() + "'" + (near != null ? " (did you mean '" + near + "'?)" : ""),
              "status, date, by or note");
        }
      }
    }
    if (status == null) throw Problem.badBody(at + "/status", "the status is missing", "one of " + Enums.names(TaskStatus.class));
    return new Change.Progress(task, status, date, by, note);
  }

  private static JsonNode object(JsonNode v, String at, String example) {
    if (!v.isObject()) throw Problem.badBody(at, "is not an object", example);
    return v;
  }
}
