package se.odis.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import se.odis.dcat.CatalogImport;
import se.odis.dcat.ImportedDataset;
import se.odis.model.CatalogueFormat;
import se.odis.model.InputProblem;
import se.odis.model.InvalidInputException;
import se.odis.model.Nullable;
import se.odis.model.Provenance;

/**
 * Imports catalogues into a record directory, or re-imports them: one dataset file per catalogue
 * dataset, and on a later import the values the catalogue owns refreshed while everything the
 * coordinator recorded is kept.
 *
 * <p>A new dataset gets a file named after its identifier (readable, the same on every run, never
 * shared by two datasets), shaped as {@code odis init} shapes one — every fact that decides
 * publishability {@code UNKNOWN}, every task listed — with the catalogue's values in it and, in its
 * {@code imported} field, where it came from ({@link Provenance}). A dataset already in the record
 * (found by its URI in the catalogue, else its identifier, wherever its file is in the directory
 * and whatever it is called) has each of the catalogue's values compared three ways: the value in
 * the file, the fingerprint of the value last imported, the catalogue's value now.
 * <ul>
 *   <li>The catalogue's value is unchanged: the file keeps its value, whoever wrote it.</li>
 *   <li>The catalogue changed it and the file still has the value last imported: it is updated.</li>
 *   <li>The catalogue changed it and the coordinator edited it too: a {@link Conflict}; the
 *       coordinator's value is kept (and stays a conflict until the two agree).</li>
 * </ul>
 * Facts, progress and notes are never the catalogue's ({@code CatalogueValues}), so they are never
 * touched. A dataset gone from its catalogue is kept, marked {@code missingSince}; rule DEC-006
 * then warns and suggests the decommissioning steps of stage C3 (C.3.1.1).
 *
 * <p>{@link #plan} reads everything and decides every change before anything is written, and
 * refuses the whole import on any problem (a broken file in the record, two datasets claiming one
 * file); {@link #write} then writes the files so that a failure changes none of them and a killed
 * run leaves every file old or new; running the import again finishes it.
 *
 * <p>Immutable once planned; {@link #write} may be called from any thread, once.
 */
public final class RecordImport {
  /** A catalogue, read, to import. */
  public static final class Source {
    private final CatalogImport content;
    private final CatalogueFormat format;
    private final String location;

    /**
     * @param content the catalogue as read by {@code DcatImporter} or {@code CkanImporter}
     * @param format what kind of catalogue it is
     * @param location where it was read from: a URL, or a file path (stored relative to the
     *     record directory, so the record can move as a whole)
     */
    public Source(CatalogImport content, CatalogueFormat format, String location) {
      this.content = Objects.requireNonNull(content, "content");
      this.format = Objects.requireNonNull(format, "format");
      this.location = Objects.requireNonNull(location, "location");
    }
  }

  /** What an import does, or did, to one dataset. */
  public enum Kind {
    /** New in the catalogue: a file is added. */
    ADDED,
    /** Some of the catalogue's values changed and were taken in. */
    UPDATED,
    /** Nothing the catalogue owns changed. */
    UNCHANGED,
    /** In the record but no longer in the catalogue: kept, marked missing. */
    GONE
  }

  /** A value the coordinator edited by hand that the catalogue has changed as well: theirs is kept. */
  public static final class Conflict {
    private final String field;
    private final String yours;
    private final String catalogue;

    Conflict(String field, String yours, String catalogue) {
      this.field = field;
      this.yours = yours;
      this.catalogue = catalogue;
    }

    /** @return the field, as {@code odis set} names it, e.g. {@code title.sv} */
    public String field() {
      return field;
    }

    /** @return the value in the file, kept, as JSON ({@code null} for none) */
    public String yours() {
      return yours;
    }

    /** @return the catalogue's new value, not taken in, as JSON ({@code null} for none) */
    public String catalogue() {
      return catalogue;
    }

    @Override
    public String toString() {
      return field + ": yours " + yours + ", catalogue " + catalogue;
    }
  }

  /** The change to one dataset. */
  public static final class Change {
    private final Kind kind;
    private final String identifier;
    private final Path file;
    private final List<String> fields;
    private final List<Conflict> conflicts;
    private final LocalDate missingSince;
    private final boolean written;

    Change(Kind kind, String identifier, Path file, List<String> fields, List<Conflict> conflicts,
        LocalDate missingSince, boolean written) {
      this.kind = kind;
      this.identifier = identifier;
      this.file = file;
      this.fields = List.copyOf(fields);
      this.conflicts = List.copyOf(conflicts);
      this.missingSince = missingSince;
      this.written = written;
    }

    /** @return what happens to the dataset */
    public Kind kind() {
      return kind;
    }

    /** @return the dataset's identifier in the catalogue */
    public String identifier() {
      return identifier;
    }

    /** @return its file in the record */
    public Path file() {
      return file;
    }

    /** @return the fields taken from the catalogue, as {@code odis set} names them; empty unless UPDATED */
    public List<String> fields() {
      return fields;
    }

    /** @return the fields the coordinator and the catalogue both changed; the coordinator's value was kept */
    public List<Conflict> conflicts() {
      return conflicts;
    }

    /** @return for a GONE dataset, since when it is missing from the catalogue; else null */
    public @Nullable LocalDate missingSince() {
      return missingSince;
    }

    /** @return true if the file is (to be) written */
    public boolean isWritten() {
      return written;
    }

    @Override
    public String toString() {
      return kind + " " + identifier + " " + file.getFileName() + (fields.isEmpty() ? "" : " " + fields)
          + (conflicts.isEmpty() ? "" : " conflicts " + conflicts);
    }
  }

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final Path dir;
  private final List<Change> changes;
  private final Map<Path, String> writes;

  private RecordImport(Path dir, List<Change> changes, Map<Path, String> writes) {
    this.dir = dir;
    this.changes = List.copyOf(changes);
    this.writes = Collections.unmodifiableMap(writes);
  }

  /**
   * Reads the record and decides what importing the catalogues changes. Nothing is written.
   *
   * @param dir the record directory; one that does not exist is an empty record
   * @param sources the catalogues, read
   * @param today the import's date, written as {@code imported.date} and {@code missingSince}
   * @return the plan: every dataset's change, and the files to write
   * @throws InvalidInputException if the record holds a file that is not a valid dataset, two
   *     files or two catalogue datasets are the same dataset, a new file's name is taken by
   *     another file, or a merged file is not valid (each problem names its file)
   */
  public static RecordImport plan(Path dir, List<Source> sources, LocalDate today) throws InvalidInputException {
    Objects.requireNonNull(today, "today");
    List<RecordDirectory.Entry> record = RecordDirectory.read(dir);
    Map<String, RecordDirectory.Entry> byKey = new HashMap<>();
    Set<String> taken = new HashSet<>();
    for (RecordDirectory.Entry e : record) {
      taken.add(dir.relativize(e.path).toString().toLowerCase(Locale.ROOT));
      Provenance p = e.file.dataset().getImported();
      if (p == null) continue;
      RecordDirectory.Entry other = byKey.put(key(p.getUri(), p.getIdentifier()), e);
      if (other != null) {
        throw new InvalidInputException(new InputProblem(e.path.toString(), 0, 0, "/imported",
            "is the same catalogue dataset as " + other.path + " (" + describe(p.getUri(), p.getIdentifier()) + ")",
            "one file per catalogue dataset; remove or merge one of them"), null);
      }
    }
    // Who is who, then the new files' names, in order; then each dataset's merge, which is the
    // work, on all processors.
    List<Arrival> arrivals = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (Source s : sources) {
      String location = location(dir, s.location);
      for (ImportedDataset d : s.content.getDatasets()) {
        String uri = absoluteUri(d.getSourceUri());
        String id = d.getDataset().getId();
        String k = key(uri, id);
        String twice = seen.put(k, s.location);
        if (twice != null) {
          throw new InvalidInputException(new InputProblem(s.location, 0, 0, "",
              "the dataset " + describe(uri, id) + " is given twice" + (twice.equals(s.location) ? "" : ", also in " + twice),
              "each dataset in one catalogue only"), null);
        }
        arrivals.add(new Arrival(s, location, d, uri, id, byKey.remove(k)));
      }
    }
    renamed(arrivals, byKey);
    List<Step> work = new ArrayList<>();
    for (Arrival a : arrivals) {
      RecordDirectory.Entry existing = a.existing;
      Path file = existing != null ? existing.path : newFile(dir, a.uri, a.id, taken);
      work.add(() -> {
        Incoming in = new Incoming(CatalogueValues.tree(a.dataset.getDataset()), a.location, a.source.format, a.uri, a.id, today);
        return existing == null ? add(file, in) : merge(existing, in);
      });
    }
    List<Planned> planned = Parallel.map(work, Step::run);
    Map<Path, String> writes = new TreeMap<>();
    List<Change> changes = new ArrayList<>();
    for (Planned p : planned) {
      changes.add(p.change);
      if (p.text != null) writes.put(p.change.file(), p.text);
    }
    List<RecordDirectory.Entry> gone = new ArrayList<>(byKey.values());
    gone.sort((a, b) -> a.path.compareTo(b.path));
    for (RecordDirectory.Entry e : gone) {
      Planned p = gone(e, today);
      changes.add(p.change);
      if (p.text != null) writes.put(p.change.file(), p.text);
    }
    return new RecordImport(dir, changes, writes);
  }

  /** A catalogue dataset, and the file that holds it already, if one does. */
  private static final class Arrival {
    final Source source;
    final String location;
    final ImportedDataset dataset;
    final String uri;
    final String id;
    RecordDirectory.Entry existing;

    Arrival(Source source, String location, ImportedDataset dataset, String uri, String id, RecordDirectory.Entry existing) {
      this.source = source;
      this.location = location;
      this.dataset = dataset;
      this.uri = uri;
      this.id = id;
      this.existing = existing;
    }
  }

  /**
   * Finds the datasets renamed in their catalogue. A dataset without a URI (a blank node, a CKAN
   * package) is known by an identifier that the importer may derive from its title, so a new
   * title makes it look gone and a new one added, and the coordinator's answers would stay behind
   * in the old file. A new dataset without a URI whose catalogue values, all but the title, are
   * exactly those last imported into a file now gone is taken to be that file's dataset, renamed:
   * its file is refreshed (title and identifier) and keeps everything recorded. Only a match that
   * is one to one counts; where several could match, none does (gone and added, as before).
   */
  private static void renamed(List<Arrival> arrivals, Map<String, RecordDirectory.Entry> gone) {
    Map<String, List<RecordDirectory.Entry>> goneBy = new HashMap<>();
    for (RecordDirectory.Entry e : gone.values()) {
      Provenance p = e.file.dataset().getImported();
      if (p.getUri() != null) continue;
      Map<String, String> sig = new TreeMap<>(p.getFingerprints());
      sig.keySet().removeIf(RecordImport::isTitle);
      if (!sig.isEmpty()) goneBy.computeIfAbsent(sig.toString(), x -> new ArrayList<>()).add(e);
    }
    if (goneBy.isEmpty()) return;
    Map<String, List<Arrival>> newBy = new HashMap<>();
    for (Arrival a : arrivals) {
      if (a.existing != null || a.uri != null) continue;
      Map<String, String> sig = new TreeMap<>();
      CatalogueValues.of(CatalogueValues.tree(a.dataset.getDataset())).forEach((p, v) -> {
        if (!isTitle(p)) sig.put(p, CatalogueValues.fingerprint(p, v));
      });
      List<RecordDirectory.Entry> candidates = goneBy.get(sig.toString());
      if (candidates != null) newBy.computeIfAbsent(sig.toString(), x -> new ArrayList<>()).add(a);
    }
    for (Map.Entry<String, List<Arrival>> m : newBy.entrySet()) {
      List<RecordDirectory.Entry> candidates = goneBy.get(m.getKey());
      if (candidates.size() != 1 || m.getValue().size() != 1) continue;
      RecordDirectory.Entry e = candidates.get(0);
      m.getValue().get(0).existing = e;
      gone.values().remove(e);
    }
  }

  private static boolean isTitle(String pointer) {
    return pointer.equals("/title") || pointer.startsWith("/title/");
  }

  /** The planning of one dataset. */
  private interface Step {
    Planned run() throws InvalidInputException;
  }

  /** A dataset's change and, if its file is to be written, the file's new text. */
  private static final class Planned {
    final Change change;
    final String text;

    Planned(Change change, String text) {
      this.change = change;
      this.text = text;
    }
  }

  /** @return every dataset's change: the catalogues' datasets in their order, then those gone */
  public List<Change> changes() {
    return changes;
  }

  /** @return the files the import writes, sorted */
  public List<Path> files() {
    return List.copyOf(writes.keySet());
  }

  /**
   * Writes the planned files, making the directory if need be. Every file is first written in full
   * beside its target and forced to disk (in parallel: forcing is what takes time); only when all
   * are there is each renamed over its target. A failure while writing changes no file; one while
   * renaming (which hardly fails) leaves the files before it new and the others as they were; a
   * process killed at any point leaves every file old or new. Running the import again finishes it.
   *
   * @throws IOException naming the file that could not be written, and what was changed
   */
  public void write() throws IOException {
    write(AtomicFiles.ATOMIC);
  }

  /** Files forced to disk at once: forcing waits on the disk, and the file system batches them. */
  private static final int WRITERS = 8;

  void write(AtomicFiles.Sink sink) throws IOException {
    if (writes.isEmpty()) return;
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new IOException(dir + ": cannot make the record directory (" + AtomicFiles.reason(e) + "); nothing was written", e);
    }
    List<Path> targets = new ArrayList<>(writes.keySet());
    Path[] temps = new Path[targets.size()];
    Thread cleanup = new Thread(() -> discard(temps), "odis-import-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(WRITERS, targets.size()), r -> {
      Thread t = new Thread(r, "odis-import-writer");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Path>> prepared = new ArrayList<>();
      for (Path target : targets) prepared.add(pool.submit(() -> sink.prepare(target, writes.get(target))));
      IOException failed = null;
      for (int i = 0; i < targets.size(); i++) {
        try {
          temps[i] = prepared.get(i).get();
        } catch (ExecutionException e) {
          if (failed == null) {
            Throwable cause = e.getCause();
            failed = new IOException(targets.get(i) + ": cannot write the file (" + AtomicFiles.reason(cause)
                + "); no file of the record was changed", cause);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          if (failed == null) failed = new IOException("interrupted while writing; no file of the record was changed", e);
        }
      }
      if (failed != null) throw failed;
      for (int i = 0; i < targets.size(); i++) {
        try {
          sink.commit(temps[i], targets.get(i));
          temps[i] = null;
        } catch (IOException e) {
          throw new IOException(targets.get(i) + ": cannot replace the file (" + AtomicFiles.reason(e) + "); " + i + " of "
              + targets.size() + " files were replaced, the others are as they were: run the import again", e);
        }
      }
    } finally {
      pool.shutdownNow();
      discard(temps);
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
      } catch (IllegalStateException e) {
        // The process is ending: the hook is running or has run.
      }
    }
  }

  /** Removes the temporary files not (yet) renamed. */
  private static void discard(Path[] temps) {
    for (int i = 0; i < temps.length; i++) {
      Path t = temps[i];
      if (t == null) continue;
      try {
        Files.deleteIfExists(t);
        temps[i] = null;
      } catch (IOException e) {
        // Left behind: a hidden file ending in .odis-tmp, which nothing reads.
      }
    }
  }

  // ------------------------------------------------------------------ one dataset

  /** A catalogue dataset as it comes in. */
  private static final class Incoming {
    final ObjectNode tree;
    final Map<String, JsonNode> values;
    final String catalogue;
    final CatalogueFormat format;
    final String uri;
    final String identifier;
    final LocalDate today;

    Incoming(ObjectNode tree, String catalogue, CatalogueFormat format, String uri, String identifier, LocalDate today) {
      this.tree = tree;
      this.values = CatalogueValues.of(tree);
      this.catalogue = catalogue;
      this.format = format;
      this.uri = uri;
      this.identifier = identifier;
      this.today = today;
    }
  }

  /** @return the file for a new dataset: named after its identifier, or with its hash if that is taken */
  private static Path newFile(Path dir, String uri, String identifier, Set<String> taken) throws InvalidInputException {
    String name = FileNames.of(identifier);
    if (taken.contains(name.toLowerCase(Locale.ROOT))) {
      name = FileNames.slug(identifier) + "-" + Hash.hex(identifier, 4) + ".json";
    }
    Path file = dir.resolve(name);
    if (!taken.add(name.toLowerCase(Locale.ROOT))) {
      throw new InvalidInputException(new InputProblem(file.toString(), 0, 0, "",
          "the file name for the catalogue dataset " + describe(uri, identifier) + " is taken by another file",
          "a record directory without a file of that name"), null);
    }
    return file;
  }

  private static Planned add(Path file, Incoming in) throws InvalidInputException {
    ObjectNode tree = Skeleton.of(in.identifier, null);
    Map<String, String> fingerprints = new TreeMap<>();
    for (Map.Entry<String, JsonNode> v : in.values.entrySet()) {
      put(tree, v.getKey(), v.getValue(), file.toString());
      fingerprints.put(v.getKey(), CatalogueValues.fingerprint(v.getKey(), v.getValue()));
    }
    Layout.put(tree, "", "imported", provenance(in, in.today, null, fingerprints));
    RecordFile f = RecordFile.validated(file.toString(), null, null, tree);
    return new Planned(new Change(Kind.ADDED, in.identifier, file, List.of(), List.of(), null, true), f.text());
  }

  private static Planned merge(RecordDirectory.Entry e, Incoming in) throws InvalidInputException {
    ObjectNode tree = e.file.tree();
    Provenance was = e.file.dataset().getImported();
    Map<String, String> fingerprints = new TreeMap<>(was.getFingerprints());
    Set<String> pointers = new TreeSet<>(in.values.keySet());
    pointers.addAll(fingerprints.keySet());
    List<String> updated = new ArrayList<>();
    List<Conflict> conflicts = new ArrayList<>();
    for (String p : pointers) {
      JsonNode now = in.values.get(p);
      String last = fingerprints.get(p);
      String incoming = CatalogueValues.fingerprint(p, now);
      if (Objects.equals(incoming, last)) continue; // the catalogue did not change it
      JsonNode mine = tree.at(p);
      String current = CatalogueValues.fingerprint(p, mine);
      if (Objects.equals(current, last)) {
        if (now == null) {
          remove(tree, p);
        } else {
          put(tree, p, now, e.path.toString());
        }
        updated.add(field(p));
      } else if (!Objects.equals(current, incoming)) {
        conflicts.add(new Conflict(field(p), json(p, mine), json(p, now)));
        continue; // the coordinator's value stays, and so does the fingerprint: still a conflict next time
      }
      if (incoming == null) {
        fingerprints.remove(p);
      } else {
        fingerprints.put(p, incoming);
      }
    }
    // Where the dataset came from is written with the values it brought: a catalogue read from
    // another place, with nothing new in it, changes no file.
    boolean back = was.getMissingSince() != null;
    if (back) updated.add("imported.missingSince");
    boolean taken = updated.size() > (back ? 1 : 0);
    // Renamed in the catalogue (a new identifier for the same URI, or a new title for a dataset
    // known by its title): the file follows.
    if (!in.identifier.equals(was.getIdentifier())) {
      updated.add("imported.identifier");
      taken = true;
    }
    if (updated.isEmpty() && fingerprints.equals(was.getFingerprints())) {
      return new Planned(new Change(Kind.UNCHANGED, in.identifier, e.path, List.of(), conflicts, null, false), null);
    }
    Layout.put(tree, "", "imported", taken ? provenance(in, in.today, null, fingerprints)
        : provenance(was, fingerprints));
    return new Planned(new Change(updated.isEmpty() ? Kind.UNCHANGED : Kind.UPDATED, in.identifier, e.path, updated,
        conflicts, null, true), e.file.with(tree).text());
  }

  private static Planned gone(RecordDirectory.Entry e, LocalDate today) throws InvalidInputException {
    Provenance p = e.file.dataset().getImported();
    if (p.getMissingSince() != null) {
      return new Planned(new Change(Kind.GONE, p.getIdentifier(), e.path, List.of(), List.of(), p.getMissingSince(), false),
          null);
    }
    ObjectNode tree = e.file.tree();
    ObjectNode imported = (ObjectNode) tree.get("imported");
    Layout.put(imported, "/imported", "missingSince", F.textNode(today.toString()));
    return new Planned(new Change(Kind.GONE, p.getIdentifier(), e.path, List.of(), List.of(), today, true),
        e.file.with(tree).text());
  }

  // ------------------------------------------------------------------ helpers

  private static ObjectNode provenance(Incoming in, LocalDate date, LocalDate missingSince, Map<String, String> fingerprints) {
    return provenance(in.catalogue, in.format, in.uri, in.identifier, date, missingSince, fingerprints);
  }

  /** The provenance as it was, with new fingerprints and without {@code missingSince}. */
  private static ObjectNode provenance(Provenance was, Map<String, String> fingerprints) {
    return provenance(was.getCatalogue(), was.getFormat(), was.getUri(), was.getIdentifier(), was.getDate(), null,
        fingerprints);
  }

  private static ObjectNode provenance(String catalogue, CatalogueFormat format, String uri, String identifier,
      LocalDate date, LocalDate missingSince, Map<String, String> fingerprints) {
    ObjectNode p = F.objectNode();
    p.put("catalogue", catalogue);
    p.put("format", format.name());
    if (uri != null) p.put("uri", uri);
    p.put("identifier", identifier);
    p.put("date", date.toString());
    if (missingSince != null) p.put("missingSince", missingSince.toString());
    ObjectNode fp = p.putObject("fingerprints");
    fingerprints.forEach(fp::put);
    return p;
  }

  /** Puts a catalogue value at its pointer, making the objects on the way. */
  private static void put(ObjectNode tree, String pointer, JsonNode value, String source) throws InvalidInputException {
    Edits.put(tree, new Paths.Field(segments(pointer), Paths.schemaAt(pointer)), value.deepCopy(), source);
  }

  /**
   * Removes a value the catalogue no longer gives. A top-level field goes back to its empty slot,
   * as in a new file; an object left empty goes too (null where it may be null).
   */
  private static void remove(ObjectNode tree, String pointer) {
    List<String> segs = segments(pointer);
    JsonNode parent = tree.at(pointerOf(segs.subList(0, segs.size() - 1)));
    if (!(parent instanceof ObjectNode)) return;
    ((ObjectNode) parent).remove(segs.get(segs.size() - 1));
    for (int n = segs.size(); n >= 1; n--) {
      String at = pointerOf(segs.subList(0, n));
      JsonNode node = tree.at(at);
      if (n < segs.size() && !(node.isObject() && node.isEmpty())) return;
      ObjectNode up = (ObjectNode) tree.at(pointerOf(segs.subList(0, n - 1)));
      Schema.Node schema = Paths.schemaAt(at);
      JsonNode slot = schema == null ? null : n == 1 ? schema.emptySlot() : schema.nullable() ? F.nullNode() : null;
      if (slot != null) {
        up.set(segs.get(n - 1), slot);
        return;
      }
      up.remove(segs.get(n - 1));
    }
  }

  private static List<String> segments(String pointer) {
    List<String> out = new ArrayList<>();
    for (String s : pointer.substring(1).split("/", -1)) out.add(s.replace("~1", "/").replace("~0", "~"));
    return out;
  }

  private static String pointerOf(List<String> segments) {
    StringBuilder sb = new StringBuilder();
    for (String s : segments) sb.append('/').append(Paths.escape(s));
    return sb.toString();
  }

  /** @return a pointer as {@code odis set} takes a field: {@code /title/sv} is {@code title.sv} */
  private static String field(String pointer) {
    return String.join(".", segments(pointer));
  }

  private static String json(String pointer, JsonNode v) {
    return CatalogueValues.isEmpty(pointer, v) ? "null" : v.toString();
  }

  private static String key(String uri, String identifier) {
    return uri != null ? "uri " + uri : "id " + identifier;
  }

  private static String describe(String uri, String identifier) {
    return uri != null ? "<" + uri + ">" : "\"" + identifier + "\"";
  }

  /** @return the URI if it is absolute (an RDF subject), else null (a blank node, a CKAN pointer) */
  private static String absoluteUri(String uri) {
    if (uri == null) return null;
    try {
      return URI.create(uri).isAbsolute() ? uri : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** @return where a catalogue is, as the record keeps it: a URL, or a path relative to the record */
  static String location(Path dir, String location) {
    if (location.matches("[A-Za-z][A-Za-z0-9+.-]*://.*")) return location;
    try {
      Path rel = dir.toAbsolutePath().normalize().relativize(Path.of(location).toAbsolutePath().normalize());
      return rel.toString().replace('\\', '/');
    } catch (IllegalArgumentException e) {
      return Path.of(location).toAbsolutePath().normalize().toString();
    }
  }
}
