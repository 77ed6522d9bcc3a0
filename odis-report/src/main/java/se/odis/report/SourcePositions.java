package se.odis.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the fields of a dataset stand in its source file: the line and column of each JSON
 * pointer, read again from the file with Jackson's streaming parser, so that SARIF and GitHub
 * annotations can point at the line of the field a finding is about.
 *
 * <p>Datasets come in input order, so each file is read once, forward: for an NDJSON file or a JSON
 * array the parser moves on to the dataset that starts at the line its {@link Origin} names. What
 * cannot be found (standard input, a catalogue, a file changed since) is no position, never an
 * error: the location is then the file (and the dataset's line) alone. Not thread-safe.
 */
final class SourcePositions implements AutoCloseable {
  /** A 1-based line and column. */
  record Position(int line, int column) {}

  private static final JsonFactory FACTORY = new JsonFactory();

  private final Map<String, Cursor> cursors = new HashMap<>();

  /**
   * @param origin where a dataset was read from, or null
   * @return the position of each JSON pointer of the dataset ({@code ""} is the dataset itself);
   *     empty if not known
   */
  Map<String, Position> of(Origin origin) {
    if (origin == null || origin.uri() != null) return Map.of();
    Path file = Path.of(origin.file());
    if (!Files.isRegularFile(file)) return Map.of();
    try {
      if (origin.line() == null) {
        try (JsonParser p = FACTORY.createParser(file.toFile())) {
          return p.nextToken() == JsonToken.START_OBJECT ? read(p) : Map.of();
        }
      }
      Cursor c = cursors.get(origin.file());
      if (c == null || c.done >= origin.line()) {
        if (c != null) c.close();
        c = new Cursor(FACTORY.createParser(file.toFile()));
        cursors.put(origin.file(), c);
      }
      return c.next(origin.line());
    } catch (IOException | RuntimeException e) {
      return Map.of(); // a position is a help, never a reason to fail the report
    }
  }

  /**
   * @param positions the positions of a dataset's pointers
   * @param pointer a JSON pointer, e.g. {@code /distributions/0/format}
   * @return the position of the pointer, else of its nearest parent that has one, else null
   */
  static Position find(Map<String, Position> positions, String pointer) {
    String p = pointer == null || pointer.equals("/") ? "" : pointer;
    while (true) {
      Position pos = positions.get(p);
      if (pos != null || p.isEmpty()) return pos;
      p = p.substring(0, Math.max(p.lastIndexOf('/'), 0));
    }
  }

  /** Reads the object the parser is at (its START_OBJECT current), recording every member's place. */
  private static Map<String, Position> read(JsonParser p) throws IOException {
    Map<String, Position> out = new HashMap<>();
    out.put("", position(p.currentTokenLocation()));
    readValue(p, "", out);
    return out;
  }

  private static void readValue(JsonParser p, String pointer, Map<String, Position> out) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String child = pointer + "/" + p.currentName().replace("~", "~0").replace("/", "~1");
        out.put(child, position(p.currentTokenLocation()));
        p.nextToken();
        readValue(p, child, out);
      }
    } else if (t == JsonToken.START_ARRAY) {
      int i = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        String child = pointer + "/" + i++;
        out.put(child, position(p.currentTokenLocation()));
        readValue(p, child, out);
      }
    }
  }

  private static Position position(JsonLocation l) {
    return new Position(Math.max(l.getLineNr(), 1), Math.max(l.getColumnNr(), 1));
  }

  @Override
  public void close() {
    cursors.values().forEach(Cursor::close);
    cursors.clear();
  }

  /** One NDJSON file or JSON array, read forward dataset by dataset. */
  private static final class Cursor {
    private final JsonParser p;
    private int depth;
    /** The parser stands at the START_OBJECT of a dataset not yet handed out, on {@link #line}. */
    private boolean pending;
    private int line;
    /** The line of the last dataset handed out. */
    int done;

    Cursor(JsonParser p) {
      this.p = p;
    }

    /** @return the positions of the dataset that starts on the line, or empty if there is none */
    Map<String, Position> next(int wanted) throws IOException {
      while (true) {
        if (!pending && !advance()) return Map.of();
        if (line > wanted) return Map.of();
        pending = false;
        if (line < wanted) {
          p.skipChildren();
          continue;
        }
        done = line;
        return read(p);
      }
    }

    /** Moves to the start of the next dataset: a top-level object, or an element of a top-level array. */
    private boolean advance() throws IOException {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.START_ARRAY && depth == 0) {
          depth = 1;
        } else if (t == JsonToken.END_ARRAY && depth == 1) {
          depth = 0;
        } else if (t == JsonToken.START_OBJECT) {
          pending = true;
          line = p.currentTokenLocation().getLineNr();
          return true;
        } else if (t.isStructStart()) {
          p.skipChildren();
        }
      }
      return false;
    }

    void close() {
      try {
        p.close();
      } catch (IOException e) {
        // read only
      }
    }
  }
}
