package se.odis.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import se.odis.model.InvalidInputException;
import se.odis.model.TaskStatus;
import se.odis.record.RecordFile;

/**
 * One change to a dataset file, as {@code odis set} and {@code odis progress} make it, applied
 * through the same code ({@link RecordFile}). The API's {@code PATCH} and the web page's forms both
 * come down to a list of these.
 */
sealed interface Change {
  /** @return the file with this change, checked as the strict reader checks it */
  RecordFile apply(RecordFile f) throws InvalidInputException;

  /** @return the operation's name in the audit log: set, unset or progress */
  String op();

  /** @return the JSON pointer of what changes, in a file that writes task ids as given */
  String target();

  /**
   * {@code odis set FILE FIELD VALUE}: a text is taken as on the command line, any other JSON value
   * as {@code odis set --json}.
   */
  record Set(String field, JsonNode value) implements Change {
    @Override
    public RecordFile apply(RecordFile f) throws InvalidInputException {
      return value.isTextual() ? f.set(field, value.asText()) : f.setJson(field, value.toString());
    }

    @Override
    public String op() {
      return "set";
    }

    @Override
    public String target() {
      return pointer(field);
    }
  }

  /** {@code odis set FILE FIELD --unset}. */
  record Unset(String field) implements Change {
    @Override
    public RecordFile apply(RecordFile f) throws InvalidInputException {
      return f.unset(field);
    }

    @Override
    public String op() {
      return "unset";
    }

    @Override
    public String target() {
      return pointer(field);
    }
  }

  /** {@code odis progress FILE TASK --status S [--date D] [--by WHO] [--note TEXT]}; the date defaults to today. */
  record Progress(String task, TaskStatus status, LocalDate date, String by, String note) implements Change {
    @Override
    public RecordFile apply(RecordFile f) throws InvalidInputException {
      return f.progress(task, status, date, by, note);
    }

    @Override
    public String op() {
      return "progress";
    }

    @Override
    public String target() {
      return "/progress/" + escape(task.strip());
    }
  }

  /** A field as {@code odis set} takes it ({@code roles.owner} or a JSON pointer) as a JSON pointer. */
  static String pointer(String field) {
    String f = field.strip();
    if (f.startsWith("/")) return f;
    StringBuilder sb = new StringBuilder();
    for (String seg : f.split("\\.", -1)) sb.append('/').append(escape(seg));
    return sb.toString();
  }

  private static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }
}
