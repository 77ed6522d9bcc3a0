package se.odis.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The output of a report as the format writers see it: text that is written or fails loudly. A
 * failure is thrown as an {@link UncheckedIOException} (never swallowed, as a {@code PrintWriter}
 * would) and turned back into the {@link IOException} of the public API at its edge.
 */
final class Out {
  private final Writer w;

  Out(Writer w) {
    this.w = w;
  }

  /** @return the writer underneath, for a JSON or CSV generator */
  Writer writer() {
    return w;
  }

  void print(String s) {
    try {
      w.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void print(char c) {
    try {
      w.write(c);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the text and a {@code \n}. */
  void line(String s) {
    print(s);
    print('\n');
  }

  void flush() {
    try {
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
