package se.odis.cli;

import com.fasterxml.jackson.databind.ObjectReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import se.odis.model.Dataset;
import se.odis.model.DatasetReader;
import se.odis.model.InputProblem;
import se.odis.model.InvalidInputException;
import se.odis.model.OdisJson;
import se.odis.report.Origin;

/**
 * NDJSON: one dataset per line, each line cut from the stream when it is needed and read as a
 * dataset when its {@link Pending} is loaded, so that a file of any size is never held in memory.
 * Blank lines (and a byte order mark before the first) are skipped. A line that is not a valid
 * dataset is a problem at its line; a line longer than a dataset can be, or a stream that cannot
 * be read, ends the file with a problem saying the rest was not read. The stream is closed at its
 * end.
 */
final class NdjsonLines extends Lookahead<Pending> implements Closeable {
  /** The strict reader of {@link DatasetReader}, for the fast path of {@link #parseLine}. */
  private static final ObjectReader STRICT = OdisJson.mapper().readerFor(Dataset.class);

  private final InputStream in;
  private final String label;
  private byte[] buffer = new byte[1 << 16];
  private int start;
  private int end;
  private boolean eof;
  private int lineNo;

  /**
   * @param in the stream, at its start
   * @param label the input's name in reports and problems
   */
  NdjsonLines(InputStream in, String label) {
    this.in = in;
    this.label = label;
  }

  @Override
  Pending advance() {
    while (true) {
      byte[] line;
      try {
        line = readLine();
      } catch (UncheckedIOException e) {
        stop();
        return Pending.failing(new InputProblem(label, lineNo + 1, 0, "",
            "cannot read: " + e.getCause().getMessage() + " (the rest of the file was not read)", null));
      } catch (LineTooLong e) {
        // Where the line would end is unknown, and so is where the next one begins.
        stop();
        buffer = new byte[0];
        close();
        return Pending.failing(new InputProblem(label, lineNo + 1, 1, "",
            "the line is longer than 32 MB; the rest of the file was not read",
            "one dataset per line, each a few kilobytes"));
      }
      if (line == null) {
        close();
        return null;
      }
      int number = ++lineNo;
      if (isBlank(line, number == 1)) continue;
      return () -> parseLine(line, number, label);
    }
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      // already read to the end, or given up on
    }
  }

  private void stop() {
    eof = true;
    start = end;
  }

  /** A line longer than a dataset can be. */
  private static final class LineTooLong extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LineTooLong() {
      super(null, null, false, false);
    }
  }

  /** @return the next line without its line end, or null at the end */
  private byte[] readLine() {
    while (true) {
      for (int i = start; i < end; i++) {
        if (buffer[i] == '\n') {
          int len = i - start;
          if (len > 0 && buffer[i - 1] == '\r') len--;
          byte[] line = Arrays.copyOfRange(buffer, start, start + len);
          start = i + 1;
          return line;
        }
      }
      if (eof) {
        if (start >= end) return null;
        byte[] line = Arrays.copyOfRange(buffer, start, end);
        start = end;
        return line;
      }
      if (end - start > DatasetReader.MAX_BYTES) throw new LineTooLong();
      fill();
    }
  }

  private void fill() {
    if (start > 0) {
      System.arraycopy(buffer, start, buffer, 0, end - start);
      end -= start;
      start = 0;
    }
    if (end == buffer.length) buffer = Arrays.copyOf(buffer, buffer.length * 2);
    try {
      int n = in.read(buffer, end, buffer.length - end);
      if (n < 0) eof = true;
      else end += n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isBlank(byte[] line, boolean first) {
    int i = 0;
    if (first && line.length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF) i = 3;
    for (; i < line.length; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') return false;
    }
    return true;
  }

  /**
   * Reads one NDJSON line as a dataset; problems are placed at the line in the file.
   *
   * <p>A valid line (the common case) is parsed straight from its bytes once they are known to be
   * well-formed UTF-8, with the same strict reader {@link DatasetReader} uses. Anything that fails
   * is read again as {@link DatasetReader} reads text, so that the problem is described the same
   * way and its column counts characters, not bytes.
   */
  static DatasetInput parseLine(byte[] line, int lineNo, String label) throws InvalidInputException {
    if (Utf8.isWellFormed(line)) {
      try {
        return new DatasetInput(STRICT.readValue(line), new Origin(label, lineNo, null), List.of());
      } catch (IOException | RuntimeException e) {
        // described below, as the strict reader describes it
      }
    }
    String text = DatasetReader.decodeUtf8(line, label, lineNo, "the line");
    try {
      Dataset d = DatasetReader.strict().read(text, label);
      return new DatasetInput(d, new Origin(label, lineNo, null), List.of());
    } catch (InvalidInputException e) {
      InputProblem p = e.getProblem();
      int l = p.getLine() > 0 ? lineNo + p.getLine() - 1 : lineNo;
      throw new InvalidInputException(
          new InputProblem(label, l, p.getColumn(), p.getPointer(), p.getProblem(), p.getExpected()), e.getCause());
    }
  }
}
