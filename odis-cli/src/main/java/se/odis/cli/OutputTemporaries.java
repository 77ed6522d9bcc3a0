package se.odis.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import se.odis.record.TemporaryFiles;

/**
 * The temporary files of {@code -o FILE}: named {@code .FILE.PID-RANDOM.odis-tmp} beside FILE, as
 * every temporary file of ODIS is ({@link TemporaryFiles}, which says when one is a leftover of a
 * killed process, safe to remove), so that one a killed odis left behind ({@code kill -9} runs no
 * clean-up) is removed by the next run that writes to the same directory. The record's writers
 * (odis set, progress, import) name theirs the same way and remove such leftovers by the same rules.
 */
final class OutputTemporaries {
  private OutputTemporaries() {}

  /**
   * @param target the file to be written, absolute
   * @return a new temporary file name beside it, of this process
   */
  static Path beside(Path target) {
    return TemporaryFiles.beside(target);
  }

  /** A temporary file removed, and the process that had left it. */
  record Removed(Path file, long pid, Instant lastWritten) {
    static Removed of(TemporaryFiles.Removed r) {
      return new Removed(r.file(), r.pid(), r.lastWritten());
    }
  }

  /**
   * Removes the temporary files that killed runs left in a directory.
   *
   * @param dir the directory a run is about to write to
   * @param now the time
   * @return what was removed; nothing if the directory cannot be listed (the write says why)
   */
  static List<Removed> removeStale(Path dir, Instant now) {
    return TemporaryFiles.removeStale(dir, now).stream().map(Removed::of).toList();
  }
}
