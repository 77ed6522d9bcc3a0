package se.odis.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import se.odis.model.TaskId;

/**
 * The audit log: one JSON object per accepted write, appended to {@value #FILE} in the record
 * directory (hidden, so that {@code odis assess DIR} does not take it for a dataset) — when, who,
 * through what, which dataset and file, the ETags before and after, and for each change its
 * operation, field or task, and the value before and after. Each line is forced to disk before
 * the write is answered.
 */
final class Audit {
  static final String FILE = ".odis-audit.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;

  Audit(Path recordDir) {
    this.file = recordDir.resolve(FILE);
  }

  Path file() {
    return file;
  }

  /** Appends one line; the lines of concurrent writes never interleave. */
  synchronized void append(Instant at, Users.User who, String via, Record.Entry before, String afterText,
      String afterEtag, List<Change> changes) throws IOException {
    JsonNode old = JSON.readTree(before.file().text());
    JsonNode now = JSON.readTree(afterText);
    ObjectNode line = JSON.createObjectNode();
    line.put("at", at.toString());
    line.put("user", who == null ? null : who.name());
    line.put("role", who == null ? null : who.role().id());
    line.put("via", via);
    line.put("dataset", before.dataset().getId());
    line.put("file", before.name());
    line.put("etagBefore", before.etag());
    line.put("etagAfter", afterEtag);
    ArrayNode list = line.putArray("changes");
    for (Change c : changes) {
      ObjectNode o = list.addObject();
      o.put("op", c.op());
      String pointer = c instanceof Change.Progress p ? progressPointer(now, p.task()) : c.target();
      o.put("pointer", pointer);
      o.set("before", value(old, pointer));
      o.set("after", value(now, pointer));
    }
    byte[] bytes = (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND)) {
      ByteBuffer b = ByteBuffer.wrap(bytes);
      while (b.hasRemaining()) ch.write(b);
      ch.force(true);
    }
  }

  /** The entry of a task as the file writes its id (either of the guide's two styles). */
  private static String progressPointer(JsonNode tree, String task) {
    TaskId id = TaskId.of(task.strip());
    JsonNode progress = tree.path("progress");
    for (Iterator<String> it = progress.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      try {
        if (TaskId.of(k).equals(id)) return "/progress/" + k.replace("~", "~0").replace("/", "~1");
      } catch (IllegalArgumentException e) {
        // not a task id: the reader would have refused the file
      }
    }
    return "/progress/" + id.getId();
  }

  private static JsonNode value(JsonNode tree, String pointer) {
    JsonNode v = tree.at(pointer);
    return v.isMissingNode() ? NullNode.getInstance() : v;
  }
}
