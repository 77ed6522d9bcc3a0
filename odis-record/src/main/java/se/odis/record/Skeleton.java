package se.odis.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import se.odis.model.Guide;
import se.odis.model.GuideTask;
import se.odis.model.Lifecycle;
import se.odis.model.TaskStatus;

/**
 * The shape of a new dataset file, as {@code odis init} and {@code odis import} write it: every
 * field of the schema in the layout's order, each fact that decides publishability present and
 * {@code UNKNOWN}, every other field an empty slot ({@code null}, {@code []}), and every task of
 * the guide listed with its text, not started — so the file reads as the guide's checklist.
 */
final class Skeleton {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private Skeleton() {}

  /**
   * @param id the dataset id
   * @param title the Swedish title, or null
   * @return the tree of a new file (without {@code imported}, which only an import writes)
   */
  static ObjectNode of(String id, String title) {
    Schema schema = Schema.dataset();
    Schema.Node top = schema.top();
    ObjectNode d = F.objectNode();
    for (String name : top.fieldNames()) {
      JsonNode slot;
      switch (name) {
        case "$schema": slot = F.textNode(schema.id()); break;
        case "id": slot = F.textNode(id); break;
        case "title": slot = text(title == null ? "" : title); break;
        case "description": slot = text(""); break;
        case "status": slot = F.textNode(Lifecycle.PLANNED.name()); break;
        case "progress": slot = progress(); break;
        case "imported": slot = null; break;
        default: slot = top.field(name).emptySlot();
      }
      if (slot != null) Layout.put(d, "", name, slot);
    }
    return d;
  }

  private static ObjectNode text(String sv) {
    ObjectNode t = F.objectNode();
    t.put("sv", sv);
    t.put("en", "");
    return t;
  }

  /** Every task of the guide with its text (the guide's Swedish, verbatim), not started. */
  private static ObjectNode progress() {
    ObjectNode p = F.objectNode();
    for (GuideTask t : Guide.odis().getTasks()) {
      ObjectNode entry = p.putObject(t.getId());
      entry.put("title", t.getSv());
      entry.put("status", TaskStatus.NOT_STARTED.name());
    }
    return p;
  }
}
