package se.odis.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a command writes what it makes: standard output, or the file of {@code -o FILE}. A file is
 * written to a temporary file beside it and renamed over it only when everything is written, so
 * that the target is either the whole new output or untouched; on any failure the temporary file
 * is removed ({@link OutputTemporaries} names it, and removes what a killed run left). A failure to write (a full disk, an I/O error) is never swallowed, as a
 * {@code PrintWriter} would: {@link #finish()} throws {@link OutputFailure} naming the output. A
 * reader that stops early ({@code | head}) is not a failure: {@link #closedByReader()} tells it,
 * and the command stops quietly.
 */
final class Output implements AutoCloseable {
  /** How standard output is named in messages. */
  static final String STDOUT = "standard output";

  private final String name;
  private final Path target;
  private final Path temp;
  private final OutputStream stream;
  private final Recording writer;
  private final PrintWriter fallback;
  private boolean finished;

  private Output(String name, Path target, Path temp, OutputStream stream, PrintWriter fallback) {
    this.name = name;
    this.target = target;
    this.temp = temp;
    this.stream = stream;
    this.fallback = fallback;
    this.writer = stream == null ? new Recording(fallback)
        : new Recording(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
  }

  /**
   * @param file the {@code -o} file, or null for standard output
   * @param stdout the process's standard output as bytes, or null when run in-process (then
   *     {@code picocliOut} is used)
   * @param picocliOut the command line's output writer
   * @return the output, open
   * @throws OutputFailure if the temporary file cannot be made
   */
  static Output open(Path file, OutputStream stdout, PrintWriter picocliOut) {
    if (file == null) {
      return new Output(STDOUT, null, null, stdout == null ? null : new BufferedOutputStream(stdout, 1 << 16), picocliOut);
    }
    Path abs = file.toAbsolutePath();
    if (Files.isDirectory(abs)) throw new OutputFailure(file + ": is a directory; expected a file to write");
    try {
      // Created as any new file is (the umask's permissions), not as a private temporary file.
      Path temp = OutputTemporaries.beside(abs);
      OutputStream s = Files.newOutputStream(temp, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
      return new Output(file.toString(), abs, temp, new BufferedOutputStream(s, 1 << 16), null);
    } catch (IOException e) {
      throw new OutputFailure("cannot write " + file + ": " + reason(e));
    }
  }

  /** @return the output's name for messages: the file as given, or "standard output" */
  String name() {
    return name;
  }

  /** @return true when the output is standard output */
  boolean isStdout() {
    return target == null;
  }

  /** @return the bytes, for a binary format; text should go through {@link #writer()} */
  OutputStream stream() {
    if (stream == null) throw new OutputFailure("this format writes bytes: give -o FILE");
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        writer.flush();
        stream.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        writer.flush();
        stream.write(b, off, len);
      }

      @Override
      public void flush() throws IOException {
        writer.flush();
        stream.flush();
      }
    };
  }

  /** @return a writer that throws on failure (and remembers it) */
  Writer writer() {
    return writer;
  }

  /** @return a print writer over {@link #writer()}; its failures are seen by {@link #finish()} */
  PrintWriter printer() {
    return new PrintWriter(writer, false);
  }

  /**
   * Flushes, and for a file renames it over the target.
   *
   * @throws OutputFailure if anything could not be written
   */
  void finish() {
    try {
      writer.flush();
      if (stream != null) stream.flush();
      if (writer.failure != null) throw writer.failure;
      if (fallback != null && fallback.checkError()) throw new IOException("the output could not be written");
      if (target != null) {
        stream.close();
        move();
      }
      finished = true;
    } catch (IOException e) {
      if (closedByReader(e)) return; // the reader went away (| head): not an error
      throw new OutputFailure("cannot write the output to " + name + ": " + reason(e));
    }
  }

  private void move() throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * @param e a failure while writing, or null to look at the output's own
   * @return true if the reader of standard output went away (a closed pipe): stop quietly
   */
  boolean closedByReader(Throwable e) {
    if (target != null) return false;
    IOException f = writer.failure;
    if (f == null && e instanceof IOException) f = (IOException) e;
    if (f == null && e instanceof UncheckedIOException) f = ((UncheckedIOException) e).getCause();
    if (f == null) return fallback != null && fallback.checkError();
    String m = String.valueOf(f.getMessage());
    return m.contains("Broken pipe") || m.contains("Stream closed");
  }

  /** @return true if writing has failed so far */
  boolean failed() {
    return writer.failure != null || fallback != null && fallback.checkError();
  }

  /** @return the failure so far, as an error naming the output */
  OutputFailure failure(Throwable e) {
    IOException f = writer.failure;
    if (f == null && e instanceof UncheckedIOException) f = ((UncheckedIOException) e).getCause();
    if (f == null && e instanceof IOException) f = (IOException) e;
    return new OutputFailure("cannot write the output to " + name + ": " + (f == null ? "write error" : reason(f)));
  }

  /** Removes the temporary file unless the output was finished; never throws. */
  @Override
  public void close() {
    if (target == null) return;
    try {
      stream.close();
    } catch (IOException e) {
      // it is being thrown away
    }
    if (!finished) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // nothing more can be done
      }
    }
  }

  /** Removes the temporary file, for a shutdown hook: the process is being stopped. */
  void discard() {
    if (target == null || finished) return;
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // the process is ending
    }
  }

  static String reason(IOException e) {
    String m = e.getMessage();
    if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
    if (e instanceof java.nio.file.NoSuchFileException) return "no such directory";
    // The JDK's message is the (temporary) file's path and the reason; the reason is what is new.
    if (e instanceof java.nio.file.FileSystemException && ((java.nio.file.FileSystemException) e).getReason() != null) {
      return ((java.nio.file.FileSystemException) e).getReason();
    }
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  /** A writer that remembers the first failure, so that it survives a {@code PrintWriter}. */
  private static final class Recording extends Writer {
    private final Writer w;
    IOException failure;

    Recording(Writer w) {
      this.w = w;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      remembering(() -> w.write(cbuf, off, len));
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      remembering(() -> w.write(s, off, len));
    }

    @Override
    public void flush() throws IOException {
      remembering(w::flush);
    }

    @Override
    public void close() throws IOException {
      flush();
    }

    /** Does a write, unless one has failed: then, and if this one fails, throws that failure. */
    private void remembering(WriteStep step) throws IOException {
      if (failure != null) throw failure;
      try {
        step.run();
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }
  }

  /** One step of writing. */
  @FunctionalInterface
  private interface WriteStep {
    void run() throws IOException;
  }
}
