package se.odis.report;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * Text kept for later in a report that must be written out of order (an overview before the
 * details, errors after the assessments): in memory while small, in a temporary file once it grows
 * past {@link #MEMORY_LIMIT}, so that a portfolio of any size is written in flat memory.
 *
 * <p>The temporary file is removed from its directory as soon as it is opened (on POSIX systems an
 * open file lives on without a name), so that nothing is left behind even if the process is killed;
 * where that is not allowed it is deleted on close. Not thread-safe.
 */
final class Spool implements AutoCloseable {
  static final int MEMORY_LIMIT = 1 << 20;

  private StringBuilder memory = new StringBuilder();
  private FileChannel channel;
  private Writer fileWriter;

  void write(String s) {
    try {
      if (fileWriter != null) {
        fileWriter.write(s);
        return;
      }
      memory.append(s);
      if (memory.length() > MEMORY_LIMIT) toFile();
    } catch (IOException e) {
      throw new UncheckedIOException(new IOException(
          "cannot write a temporary file of the report in " + tempDir() + ": " + e.getMessage(), e));
    }
  }

  private void toFile() throws IOException {
    Path file = Files.createTempFile("odis-report-", ".tmp");
    channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
        StandardOpenOption.DELETE_ON_CLOSE);
    try {
      Files.delete(file);
    } catch (IOException e) {
      // Not allowed while open on this system: DELETE_ON_CLOSE removes it.
    }
    fileWriter = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8), 1 << 16);
    fileWriter.write(memory.toString());
    memory = null;
  }

  private static String tempDir() {
    return System.getProperty("java.io.tmpdir");
  }

  /** @return true if nothing has been written */
  boolean isEmpty() {
    return channel == null && memory.length() == 0;
  }

  /** Copies everything written, in order, to {@code out}. */
  void copyTo(Out out) {
    if (channel == null) {
      out.print(memory.toString());
      return;
    }
    try (Reader r = readBack()) {
      char[] buf = new char[1 << 14];
      for (int n = r.read(buf); n >= 0; n = r.read(buf)) out.print(new String(buf, 0, n));
    } catch (IOException e) {
      throw new UncheckedIOException(new IOException("cannot read back a temporary file of the report: " + e.getMessage(), e));
    }
  }

  /** Hands every line written (without its line end) to {@code each}, in order. */
  void lines(Consumer<String> each) {
    try (BufferedReader r = new BufferedReader(channel == null ? new StringReader(memory.toString()) : readBack())) {
      for (String line = r.readLine(); line != null; line = r.readLine()) each.accept(line);
    } catch (IOException e) {
      throw new UncheckedIOException(new IOException("cannot read back a temporary file of the report: " + e.getMessage(), e));
    }
  }

  /** A reader from the start of the file; closing it leaves the channel open. */
  private Reader readBack() throws IOException {
    fileWriter.flush();
    channel.position(0);
    return new InputStreamReader(Channels.newInputStream(new Unclosable(channel)), StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    try {
      if (channel != null) channel.close();
    } catch (IOException e) {
      // the file has no name left, or is deleted on exit
    }
    channel = null;
    fileWriter = null;
    memory = new StringBuilder();
  }

  /** The channel for reading back, with a close that does nothing: the spool closes the channel. */
  private static final class Unclosable implements java.nio.channels.ReadableByteChannel {
    private final FileChannel c;

    Unclosable(FileChannel c) {
      this.c = c;
    }

    @Override
    public int read(java.nio.ByteBuffer dst) throws IOException {
      return c.read(dst);
    }

    @Override
    public boolean isOpen() {
      return c.isOpen();
    }

    @Override
    public void close() {}
  }
}
