package se.odis.record;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files ODIS writes a file through before renaming it over the file: the record's
 * dataset files and checklist workbooks, and {@code odis -o FILE}'s reports. Each is named
 * {@code .FILE.PID-RANDOM.odis-tmp} beside FILE, so that one a killed process left behind
 * ({@code kill -9} runs no clean-up) can be told from one being written, and removed later.
 *
 * <p>A file is removed only when all of these hold, so that nothing but ODIS's own leftovers is
 * ever touched: its name is exactly of that form (the {@code .FILE.XXXXXXXX.odis-tmp} of ODIS
 * versions that did not name the process, and anyone else's file, are not); it is a regular file,
 * not a link; it belongs to the user running ODIS; it was last written more than
 * {@link #STALE_AFTER} ago (a process writes as it goes, so one still at work has written since;
 * this also spares a process on another machine writing to a shared directory, which this machine
 * cannot see); and the process that made it is gone: no process has that id, or the one that has
 * it started after the file was last written, so it is not the one that wrote it.
 *
 * <p>Shared by ODIS's own writers (odis-record, odis-cli); not part of the stable API
 * (docs/api.md). Thread-safe.
 */
public final class TemporaryFiles {
  /** The ending of every temporary file of ODIS; input walks skip such files. */
  public static final String SUFFIX = ".odis-tmp";
  /** How long a temporary file must have been left unwritten before it can be a leftover. */
  public static final Duration STALE_AFTER = Duration.ofHours(1);

  private static final Pattern NAME = Pattern.compile("\\..+\\.(\\d{1,19})-[0-9a-z]{1,13}" + Pattern.quote(SUFFIX));
  private static final SecureRandom RANDOM = new SecureRandom();

  private TemporaryFiles() {}

  /**
   * A new temporary file name for a target; the file itself is not made.
   *
   * @param target the file to be written, absolute
   * @return a name beside it, hidden, of this process, not used before
   */
  public static Path beside(Path target) {
    return target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
        + Long.toUnsignedString(RANDOM.nextLong(), 36) + SUFFIX);
  }

  /**
   * A temporary file removed, and the process that had left it.
   *
   * @param file the file removed
   * @param pid the id of the process named in its name
   * @param lastWritten when it was last written
   */
  public record Removed(Path file, long pid, Instant lastWritten) {}

  /**
   * Removes the temporary files that killed processes left in a directory (not below it).
   *
   * @param dir the directory a process is about to write to
   * @param now the time
   * @return what was removed; nothing if the directory cannot be listed (the write says why)
   */
  public static List<Removed> removeStale(Path dir, Instant now) {
    List<Removed> removed = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*" + SUFFIX)) {
      for (Path p : files) {
        Optional<Removed> stale = stale(p, now);
        if (stale.isPresent() && Files.deleteIfExists(p)) removed.add(stale.get());
      }
    } catch (IOException | RuntimeException e) {
      // A leftover that stays is harmless (hidden, and no input walk reads it); the write goes on.
    }
    return removed;
  }

  /**
   * Whether a file is a leftover of a killed process, by the rules above; nothing is removed.
   *
   * @param p the file
   * @param now the time
   * @return the file as a leftover, or empty if it may not be touched
   */
  public static Optional<Removed> stale(Path p, Instant now) {
    Matcher m = NAME.matcher(p.getFileName().toString());
    if (!m.matches()) return Optional.empty();
    try {
      BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!a.isRegularFile()) return Optional.empty();
      if (!Files.getOwner(p, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"))) {
        return Optional.empty();
      }
      Instant written = a.lastModifiedTime().toInstant();
      if (written.plus(STALE_AFTER).isAfter(now)) return Optional.empty();
      long pid = Long.parseLong(m.group(1));
      if (running(pid, written)) return Optional.empty();
      return Optional.of(new Removed(p, pid, written));
    } catch (IOException | NumberFormatException | UnsupportedOperationException | SecurityException e) {
      return Optional.empty();
    }
  }

  /** @return true if a process with the id runs and may be the one that wrote the file then */
  private static boolean running(long pid, Instant written) {
    Optional<ProcessHandle> h = ProcessHandle.of(pid);
    if (h.isEmpty() || !h.get().isAlive()) return false;
    Optional<Instant> started = h.get().info().startInstant();
    return started.isEmpty() || !started.get().isAfter(written);
  }
}
