package se.odis.record;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Instant;

/**
 * Writes files so that a reader, or a run that fails or is killed half-way, only ever sees the old
 * file or the new one: the text goes to a temporary file beside the target (hidden, named
 * {@code .FILE.PID-RANDOM.odis-tmp}, which no ODIS input walk reads), is forced to disk, and is
 * renamed over the target in one step. The temporary file is removed on any failure; one that a
 * killed process left is removed by a later write to its directory ({@link #sweep},
 * {@link TemporaryFiles} says when it is safe).
 *
 * <p>Writing is split in two so that many files can be written all or nothing as far as the disk
 * allows: {@link Sink#prepare} every file first (the slow part, forcing each to disk, which can go
 * on in parallel), then {@link Sink#commit} each by a rename, which is quick.
 */
final class AtomicFiles {
  /** Writes files in two steps; the tests put a sink in its place that fails the n-th step. */
  interface Sink {
    /**
     * Writes a text to a new temporary file beside the target and forces it to disk.
     *
     * @param target the file it is to replace or create
     * @param text the content
     * @return the temporary file
     * @throws IOException if it cannot be written; no temporary file is left
     */
    Path prepare(Path target, String text) throws IOException;

    /**
     * Renames a prepared file over its target in one step.
     *
     * @param temp the prepared file
     * @param target the file to replace or create
     * @throws IOException if it cannot be renamed; the target is as it was
     */
    void commit(Path temp, Path target) throws IOException;
  }

  /** The sink that writes for real. */
  static final Sink ATOMIC = new Sink() {
    @Override
    public Path prepare(Path target, String text) throws IOException {
      return AtomicFiles.prepare(target, text);
    }

    @Override
    public void commit(Path temp, Path target) throws IOException {
      AtomicFiles.commit(temp, target);
    }
  };

  private AtomicFiles() {}

  /**
   * Replaces (or creates) a file with a text, in UTF-8, atomically.
   *
   * @param target the file
   * @param text the content
   * @throws IOException if it cannot be written; the target is then untouched
   */
  static void replace(Path target, String text) throws IOException {
    replace(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Replaces (or creates) a file with bytes, atomically.
   *
   * @param target the file
   * @param bytes the content
   * @throws IOException if it cannot be written; the target is then untouched
   */
  static void replace(Path target, byte[] bytes) throws IOException {
    sweep(target.toAbsolutePath().getParent());
    Path temp = prepare(target, bytes);
    try {
      commit(temp, target);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  static Path prepare(Path target, String text) throws IOException {
    return prepare(target, text.getBytes(StandardCharsets.UTF_8));
  }

  static Path prepare(Path target, byte[] content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temp = TemporaryFiles.beside(absolute);
    try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer bytes = ByteBuffer.wrap(content);
      while (bytes.hasRemaining()) ch.write(bytes);
      ch.force(true);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    return temp;
  }

  static void commit(Path temp, Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    keepPermissions(absolute, temp);
    try {
      Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Removes the temporary files that killed processes left in a directory about to be written.
   * Only writers sweep: reading a record (odis assess, a read-only odis serve) changes nothing in
   * it.
   *
   * @param dir the directory
   */
  static void sweep(Path dir) {
    TemporaryFiles.removeStale(dir, Instant.now());
  }

  /** A file that others may write (a shared record) stays so after it is replaced. */
  private static void keepPermissions(Path target, Path temp) throws IOException {
    PosixFileAttributeView was = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    PosixFileAttributeView now = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    if (was == null || now == null || !Files.exists(target)) return;
    try {
      now.setPermissions(was.readAttributes().permissions());
    } catch (FileSystemException e) {
      // Not the owner of the old file's mode: the new file keeps the default one.
    }
  }

  /**
   * @return why a file operation failed, in words: the JDK's file exceptions often say no more
   *     than the path (which the message names already)
   */
  static String reason(Throwable e) {
    if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
    if (e instanceof java.nio.file.NoSuchFileException) return "no such file or directory";
    if (e instanceof java.nio.file.FileSystemException && ((java.nio.file.FileSystemException) e).getReason() != null) {
      return ((java.nio.file.FileSystemException) e).getReason();
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
