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
import java.util.UUID;

/**
 * Writes files so that a reader, or a run that fails or is killed half-way, only ever sees the old
 * file or the new one: the text goes to a temporary file beside the target (hidden, ending in
 * {@value #TEMP_SUFFIX}, which no ODIS input walk reads), is forced to disk, and is renamed over the
 * target in one step. The temporary file is removed on any failure.
 */
final class AtomicFiles {
  /** The ending of temporary files; a killed run may leave one, which is safe to delete. */
  static final String TEMP_SUFFIX = ".odis-tmp";

  /** Writes one file; the tests put a sink in its place that fails the n-th write. */
  interface Sink {
    /**
     * @param target the file to replace or create
     * @param text its new content
     * @throws IOException if it cannot be written; the target is then as it was
     */
    void write(Path target, String text) throws IOException;
  }

  /** The sink that writes for real. */
  static final Sink ATOMIC = AtomicFiles::replace;

  private AtomicFiles() {}

  /**
   * Replaces (or creates) a file with a text, in UTF-8, atomically.
   *
   * @param target the file
   * @param text the content
   * @throws IOException if it cannot be written; the target is then untouched
   */
  static void replace(Path target, String text) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Path temp = dir.resolve("." + absolute.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8) + TEMP_SUFFIX);
    try {
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(text);
        while (bytes.hasRemaining()) ch.write(bytes);
        ch.force(true);
      }
      keepPermissions(absolute, temp);
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
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
}
