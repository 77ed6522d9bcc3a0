package se.odis.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import se.odis.cli.InputFormat.From;
import se.odis.dcat.RdfSyntax;
import se.odis.model.InputProblem;

/**
 * The files of a directory, recursively, in name order: each item is a {@link Path} to read or a
 * {@link Pending} that fails, in its place, with what could not be read. Nothing is passed over in
 * silence but dot-directories and dot-files (a git checkout's {@code .git}, an editor's backups, a
 * write's temporary file) and files of other kinds than {@code --from} reads. Links are followed,
 * each file and directory is read once however many links lead to it ({@link SeenFiles}), a link
 * to nothing or a path too long to open is an error, and a directory without a file to read is
 * one too.
 */
final class DirectoryWalk extends Lookahead<Object> {
  private final Path root;
  private final From from;
  private final RdfSyntax syntax;
  private final SeenFiles seen;
  private final Deque<Iterator<Path>> levels = new ArrayDeque<>();
  /** What listing a directory could not read, handed out before its entries. */
  private Pending unlisted;
  private int found;
  private boolean reportedEmpty;

  /**
   * @param root the directory, already {@linkplain SeenFiles#firstTime seen}
   * @param from which files to read: dataset JSON and NDJSON, catalogues or CKAN JSON
   * @param syntax the RDF syntax of every catalogue file, or null to read only files whose name
   *     tells one
   * @param seen the files and directories reached so far in the run
   */
  DirectoryWalk(Path root, From from, RdfSyntax syntax, SeenFiles seen) {
    this.root = root;
    this.from = from;
    this.syntax = syntax;
    this.seen = seen;
    levels.push(list(root));
  }

  @Override
  Object advance() {
    while (true) {
      if (unlisted != null) {
        Pending p = unlisted;
        unlisted = null;
        return p;
      }
      if (levels.isEmpty()) {
        if (found == 0 && !reportedEmpty) {
          reportedEmpty = true;
          return Pending.failing(new InputProblem(root.toString(), 0, 0, "",
              "no " + from.extensions() + " files in the directory", "a directory of " + from.extensions() + " files"));
        }
        return null;
      }
      Iterator<Path> level = levels.peek();
      if (!level.hasNext()) {
        levels.pop();
        continue;
      }
      Path p = level.next();
      BasicFileAttributes attrs;
      try {
        attrs = Files.readAttributes(p, BasicFileAttributes.class); // through links: a linked folder is read
      } catch (IOException e) {
        // A link to nothing, a path too long to open, a link loop the system stops: each may have
        // been a dataset or a folder of them, and is not passed over in silence.
        found++;
        return Pending.failing(unreadable(p, e));
      }
      if (attrs.isDirectory()) {
        if (seen.firstTime(p, attrs)) levels.push(list(p));
      } else if (from.accepts(p.getFileName().toString(), syntax) && seen.firstTime(p, attrs)) {
        found++;
        return attrs.isRegularFile() ? p : Pending.failing(new InputProblem(p.toString(), 0, 0, "",
            "not a regular file (a device, pipe or socket)", "a " + from.fileKind() + " file"));
      }
    }
  }

  /** @return the directory's entries but dot-files, in name order; none if it cannot be read */
  private Iterator<Path> list(Path dir) {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        if (!p.getFileName().toString().startsWith(".")) entries.add(p);
      }
    } catch (IOException e) {
      found++;
      unlisted = Pending.failing(new InputProblem(dir.toString(), 0, 0, "",
          "cannot read the directory: " + reason(e), "a readable directory"));
    }
    entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
    return entries.iterator();
  }

  private InputProblem unreadable(Path p, IOException e) {
    if (e instanceof NoSuchFileException && Files.isSymbolicLink(p)) {
      String target;
      try {
        target = Files.readSymbolicLink(p).toString();
      } catch (IOException | UnsupportedOperationException again) {
        target = "?";
      }
      return new InputProblem(p.toString(), 0, 0, "", "a link to nothing (" + target + " does not exist)",
          "a link to a " + from.fileKind() + " file or a directory of them, or no link");
    }
    return new InputProblem(p.toString(), 0, 0, "", "cannot be read: " + reason(e), null);
  }

  /** What went wrong with a file, without the file name Java puts first. */
  private static String reason(IOException e) {
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason();
    }
    if (e instanceof AccessDeniedException) return "permission denied";
    return String.valueOf(e.getMessage());
  }
}
