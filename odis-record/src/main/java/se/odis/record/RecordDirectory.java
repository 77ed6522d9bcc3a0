package se.odis.record;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.odis.model.InputProblem;
import se.odis.model.InvalidInputException;

/**
 * The dataset files of a record directory: every {@code .json} file in it and its folders, except
 * hidden ones (a {@code .git} folder, a temporary file of an interrupted write). Every file must be
 * a valid dataset: a record with a broken file is not changed until the file is mended.
 */
final class RecordDirectory {
  private RecordDirectory() {}

  /** One file of the record. */
  static final class Entry {
    final Path path;
    final RecordFile file;

    Entry(Path path, RecordFile file) {
      this.path = path;
      this.file = file;
    }
  }

  /**
   * @param dir the directory; one that does not exist is an empty record
   * @return its dataset files, sorted by path
   * @throws InvalidInputException if it is not a directory, cannot be read, or holds a file that
   *     is not a valid dataset (the reader's problem, naming the file)
   */
  static List<Entry> read(Path dir) throws InvalidInputException {
    if (!Files.exists(dir)) return List.of();
    if (!Files.isDirectory(dir)) {
      throw new InvalidInputException(new InputProblem(dir.toString(), 0, 0, "", "is not a directory",
          "a directory for the record's dataset files (it is made if it does not exist)"), null);
    }
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          return !d.equals(dir) && hidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          String name = f.getFileName().toString();
          if (!hidden(f) && name.toLowerCase(Locale.ROOT).endsWith(".json")
              && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
            files.add(f);
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new InvalidInputException(new InputProblem(dir.toString(), 0, 0, "",
          "the directory cannot be read: " + e.getMessage(), null), e);
    }
    files.sort(null);
    return Parallel.map(files, f -> new Entry(f, RecordFile.read(f)));
  }

  private static boolean hidden(Path p) {
    return p.getFileName() != null && p.getFileName().toString().startsWith(".");
  }
}
