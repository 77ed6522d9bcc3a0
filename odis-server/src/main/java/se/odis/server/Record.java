package se.odis.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import se.odis.model.Dataset;
import se.odis.model.DatasetReader;
import se.odis.model.InputProblem;
import se.odis.model.InvalidInputException;
import se.odis.record.RecordFile;

/**
 * The coordinator's record as the service sees it: the dataset files of a directory (and its
 * sub-directories; names starting with a dot are skipped, as {@code odis assess DIR} skips them),
 * each read strictly on every request so that the files stay the single source of truth. A file's
 * ETag is a hash of its bytes; what was read from the same bytes before is reused. Thread-safe.
 */
final class Record {
  /** One dataset file: its name in the record, its bytes' hash, and the file as the reader read it. */
  record Entry(Path path, String name, String etag, RecordFile file) {
    Dataset dataset() {
      return file.dataset();
    }
  }

  /** What a walk of the directory found: the datasets by id (in file order) and the files that are not datasets. */
  record Listing(Map<String, Entry> datasets, List<InputProblem> invalid) {}

  private final Path dir;
  private final Map<Path, Entry> cache = new ConcurrentHashMap<>();
  private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

  Record(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
  }

  Path dir() {
    return dir;
  }

  /** Reads every dataset file. A second file with an id already seen is reported, not served. */
  Listing list() throws IOException {
    List<Path> files = new ArrayList<>();
    walk(dir, files, 0);
    files.sort(Comparator.comparing(p -> dir.relativize(p).toString()));
    Map<String, Entry> byId = new LinkedHashMap<>();
    List<InputProblem> invalid = new ArrayList<>();
    for (Path p : files) {
      try {
        Entry e = read(p);
        Entry first = byId.putIfAbsent(e.dataset().getId(), e);
        if (first != null) {
          invalid.add(new InputProblem(e.name(), 0, 0, "/id", "the id '" + e.dataset().getId()
              + "' is the id of " + first.name() + " too", "one file per dataset id in the record"));
        }
      } catch (InvalidInputException ex) {
        invalid.add(ex.getProblem());
      } catch (NoSuchFileException ex) {
        // removed while listing: not part of the record any more
      }
    }
    return new Listing(byId, invalid);
  }

  /**
   * @param id a dataset id
   * @return the dataset's file
   * @throws Problem 404 if no file of the record holds that id
   */
  Entry get(String id) throws IOException {
    Listing l = list();
    Entry e = l.datasets().get(id);
    if (e == null) throw Problem.notFound("the record has no dataset with the id '" + id + "'");
    return e;
  }

  /** The lock that serialises the writes of one dataset within this service. */
  ReentrantLock lock(String id) {
    return locks.computeIfAbsent(id, k -> new ReentrantLock());
  }

  /**
   * Reads a file strictly, or takes what was read from the same bytes.
   *
   * @throws InvalidInputException the reader's problem, named by the file's name in the record
   */
  Entry read(Path p) throws IOException, InvalidInputException {
    byte[] bytes = Files.readAllBytes(p);
    String etag = etag(bytes);
    Entry cached = cache.get(p);
    if (cached != null && cached.etag().equals(etag)) return cached;
    String name = dir.relativize(p).toString();
    // The stream reader checks the encoding and the size, as for a file given to odis assess;
    // RecordFile then keeps the text, so that an edit changes nothing else.
    DatasetReader.strict().read(new ByteArrayInputStream(bytes), name);
    Entry e = new Entry(p, name, etag, RecordFile.parse(new String(bytes, StandardCharsets.UTF_8), name));
    cache.put(p, e);
    return e;
  }

  /** @return a strong ETag: the quoted start of the SHA-256 of the bytes */
  static String etag(byte[] bytes) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(bytes);
      return "\"" + HexFormat.of().formatHex(h, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }

  private static void walk(Path d, List<Path> out, int depth) throws IOException {
    if (depth > 32) return;
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(d)) {
      for (Path p : ds) {
        String n = p.getFileName().toString();
        if (n.startsWith(".")) continue;
        if (Files.isDirectory(p)) {
          walk(p, out, depth + 1);
        } else if (n.endsWith(".json") && Files.isRegularFile(p)) {
          out.add(p);
        }
      }
    }
  }
}
