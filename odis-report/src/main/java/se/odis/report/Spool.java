package se.odis.report;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * Text kept for later in a report that must be written out of order (an overview before the
 * details, errors after the assessments, datasets owner by owner): UTF-8 in memory while small, in
 * a temporary file once it grows past {@link #MEMORY_LIMIT}, so that a portfolio of any size is
 * written in flat memory. {@link #size()} marks a place, and {@link #copyTo(Out, long, long)}
 * copies what was written between two marks, so that parts can be written out in another order.
 *
 * <p>The temporary file is removed from its directory as soon as it is opened (on POSIX systems an
 * open file lives on without a name), so that nothing is left behind even if the process is killed;
 * where that is not allowed it is deleted on close. Not thread-safe.
 */
final class Spool implements AutoCloseable {
  static final int MEMORY_LIMIT = 1 << 20;

  private Memory memory = new Memory();
  private FileChannel channel;
  private OutputStream fileOut;
  private long size;

  void write(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    try {
      size += b.length;
      if (fileOut != null) {
        fileOut.write(b);
        return;
      }
      memory.write(b, 0, b.length);
      if (memory.size() > MEMORY_LIMIT) toFile();
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
    fileOut = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    memory.writeTo(fileOut);
    memory = null;
  }

  private static String tempDir() {
    return System.getProperty("java.io.tmpdir");
  }

  /** @return true if nothing has been written */
  boolean isEmpty() {
    return size == 0;
  }

  /** @return how many bytes have been written: a mark for {@link #copyTo(Out, long, long)} */
  long size() {
    return size;
  }

  /** Copies everything written, in order, to {@code out}. */
  void copyTo(Out out) {
    copyTo(out, 0, size);
  }

  /**
   * Copies what was written between two marks to {@code out}.
   *
   * @param from the {@link #size()} before the first write to copy
   * @param to the {@link #size()} after the last write to copy
   */
  void copyTo(Out out, long from, long to) {
    try (Reader r = new InputStreamReader(read(from, to), StandardCharsets.UTF_8)) {
      char[] buf = new char[1 << 14];
      for (int n = r.read(buf); n >= 0; n = r.read(buf)) out.print(new String(buf, 0, n));
    } catch (IOException e) {
      throw new UncheckedIOException(new IOException("cannot read back a temporary file of the report: " + e.getMessage(), e));
    }
  }

  /** Hands every line written (without its line end) to {@code each}, in order. */
  void lines(Consumer<String> each) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(read(0, size), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) each.accept(line);
    } catch (IOException e) {
      throw new UncheckedIOException(new IOException("cannot read back a temporary file of the report: " + e.getMessage(), e));
    }
  }

  /** The bytes between two marks; reading them leaves the place of the next write alone. */
  private InputStream read(long from, long to) throws IOException {
    if (from < 0 || to < from || to > size) throw new IllegalArgumentException(from + ".." + to + " of " + size);
    if (channel == null) return new ByteArrayInputStream(memory.bytes(), (int) from, (int) (to - from));
    fileOut.flush();
    return new InputStream() {
      private final ByteBuffer one = ByteBuffer.allocate(1);
      private long at = from;

      @Override
      public int read() throws IOException {
        one.clear();
        return read(one) < 0 ? -1 : one.get(0) & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return read(ByteBuffer.wrap(b, off, len));
      }

      private int read(ByteBuffer dst) throws IOException {
        if (at >= to) return -1;
        if (dst.remaining() > to - at) dst.limit(dst.position() + (int) (to - at));
        int n = channel.read(dst, at);
        if (n > 0) at += n;
        return n;
      }
    };
  }

  @Override
  public void close() {
    try {
      if (channel != null) channel.close();
    } catch (IOException e) {
      // the file has no name left, or is deleted on exit
    }
    channel = null;
    fileOut = null;
    memory = new Memory();
    size = 0;
  }

  /** A byte buffer whose bytes can be read without a copy. */
  private static final class Memory extends ByteArrayOutputStream {
    byte[] bytes() {
      return buf;
    }
  }
}
