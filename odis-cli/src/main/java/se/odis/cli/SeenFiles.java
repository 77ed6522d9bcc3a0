package se.odis.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The files and directories a run has reached, by their identity on disk: a file is one file
 * however many names or links lead to it, and a link back to a directory that holds it would
 * otherwise be walked forever. What is reached again is noted, not read again.
 */
final class SeenFiles {
  /** By identity on disk (the file key, else the real path), the path first reached by. */
  private final Map<Object, Path> seen = new HashMap<>();
  private final BiConsumer<String, String> notes;

  /** @param notes told, with the path concerned, that it was reached before and is not read again */
  SeenFiles(BiConsumer<String, String> notes) {
    this.notes = notes;
  }

  /**
   * Tells whether a file or directory is reached for the first time; if not, notes so.
   *
   * @param p the path it is reached by
   * @param attrs its attributes, links followed, or null to read them
   * @return true the first time; also when it cannot be read (reading it will say what is wrong)
   */
  boolean firstTime(Path p, BasicFileAttributes attrs) {
    Object key;
    try {
      BasicFileAttributes a = attrs != null ? attrs : Files.readAttributes(p, BasicFileAttributes.class);
      key = a.fileKey() != null ? a.fileKey() : p.toRealPath();
    } catch (IOException e) {
      return true;
    }
    Path first = seen.putIfAbsent(key, p);
    if (first == null) return true;
    notes.accept(p.toString(), first.equals(p) ? "given more than once; read once"
        : (Files.isDirectory(p) ? "the same directory as " : "the same file as ") + first + "; read once");
    return false;
  }
}
