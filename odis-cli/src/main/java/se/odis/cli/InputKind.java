package se.odis.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * What an ODIS JSON input holds: one dataset, a JSON array of datasets, or NDJSON (one dataset per
 * line). Told by the file name ({@code .ndjson}, {@code .jsonl}) or else by the content: an input
 * whose first non-blank character is {@code [} is an array; one whose first line is a whole object
 * ({@code {…}}) followed by a line starting with <code>{</code> is NDJSON; anything else is read as
 * one dataset (and the strict reader says what is wrong with it).
 */
enum InputKind {
  SINGLE,
  ARRAY,
  NDJSON;

  /** How far {@link #sniff} looks ahead: the first line of an NDJSON file must fit. */
  static final int SNIFF_LIMIT = 1 << 20;

  /** @return NDJSON for a name ending in .ndjson or .jsonl (any case), else null */
  static InputKind byName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".ndjson") || n.endsWith(".jsonl") ? NDJSON : null;
  }

  /**
   * Looks at the start of a stream, which must support mark and reset; leaves it where it was.
   *
   * @param in the stream, positioned at its start
   * @return the kind
   * @throws IOException if the stream cannot be read
   */
  static InputKind sniff(InputStream in) throws IOException {
    in.mark(SNIFF_LIMIT);
    try {
      int read = 0;
      int c = in.read();
      read++;
      // A UTF-8 byte order mark is not content.
      if (c == 0xEF) {
        in.read();
        in.read();
        c = in.read();
        read += 3;
      }
      while (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        c = in.read();
        read++;
      }
      if (c == '[') return ARRAY;
      if (c != '{') return SINGLE;
      // The first line: is it a whole object?
      int last = c;
      while ((c = in.read()) != -1 && c != '\n') {
        if (++read >= SNIFF_LIMIT - 2) return SINGLE;
        if (c != ' ' && c != '\t' && c != '\r') last = c;
      }
      if (last != '}' || c == -1) return SINGLE;
      while ((c = in.read()) == ' ' || c == '\t' || c == '\r' || c == '\n') {
        if (++read >= SNIFF_LIMIT - 2) return SINGLE;
      }
      // Files joined into one (each saved with its byte order mark) give a mark at a line's start;
      // a named .ndjson file is read past it, and so is the same content sniffed.
      if (c == 0xEF && in.read() == 0xBB && in.read() == 0xBF) c = in.read();
      return c == '{' ? NDJSON : SINGLE;
    } finally {
      in.reset();
    }
  }
}
