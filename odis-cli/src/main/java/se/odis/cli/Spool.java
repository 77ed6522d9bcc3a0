package se.odis.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Text kept for later in a report that must be written out of order (an overview before the
 * details, errors after the assessments): in memory while small, in a temporary file once it grows
 * past {@link #MEMORY_LIMIT}, so that a portfolio of any size is written in flat memory. The file
 * is deleted on {@link #close()}.
 */
final class Spool extends Writer implements Closeable {
  static final int MEMORY_LIMIT = 1 << 20;

  private StringBuilder memory = new StringBuilder();
  private Path file;
  private Writer fileWriter;

  @Override
  public void write(char[] cbuf, int off, int len) {
    write(new String(cbuf, off, len));
  }

  @Override
  public void write(String s) {
    try {
      if (fileWriter != null) {
        fileWriter.write(s);
        return;
      }
      memory.append(s);
      if (memory.length() > MEMORY_LIMIT) {
        file = Files.createTempFile("odis-report-", ".tmp");
        file.toFile().deleteOnExit();
        fileWriter = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
        fileWriter.write(memory.toString());
        memory = null;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a temporary file for the report", e);
    }
  }

  /** @return true if nothing has been written */
  boolean isEmpty() {
    return file == null && memory.length() == 0;
  }

  /** Copies everything written, in order, to {@code out}. */
  void copyTo(Writer out) {
    try {
      if (file == null) {
        out.write(memory.toString());
        return;
      }
      fileWriter.flush();
      try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        r.transferTo(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read back a temporary file of the report", e);
    }
  }

  /** Hands every line written (without its line end) to {@code each}, in order. */
  void lines(Consumer<String> each) {
    try {
      if (file != null) fileWriter.flush();
      try (BufferedReader r = file == null ? new BufferedReader(new StringReader(memory.toString()))
          : Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (String line = r.readLine(); line != null; line = r.readLine()) each.accept(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read back a temporary file of the report", e);
    }
  }

  @Override
  public void flush() {
    // written out by copyTo
  }

  @Override
  public void close() {
    try {
      if (fileWriter != null) fileWriter.close();
      if (file != null) Files.deleteIfExists(file);
    } catch (IOException e) {
      // a temporary file left behind is deleted on exit
    }
    file = null;
    fileWriter = null;
    memory = new StringBuilder();
  }
}
