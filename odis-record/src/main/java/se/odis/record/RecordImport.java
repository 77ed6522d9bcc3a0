package se.odis.record;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import se.odis.dcat.CatalogImport;
import se.odis.model.CatalogueFormat;
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
    final CatalogImport content;
    final CatalogueFormat format;
    final String location;

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
    // Who is who, and the new files' names, first; then each dataset's merge, which is the work,
    // on all processors.
    ImportMatch match = ImportMatch.of(dir, sources);
    List<Step> work = new ArrayList<>();
    for (ImportMatch.Arrival a : match.arrivals) {
      RecordDirectory.Entry existing = a.existing;
      Path file = a.file;
      work.add(() -> {
        DatasetMerge.Incoming in = new DatasetMerge.Incoming(CatalogueValues.tree(a.dataset.getDataset()), a.location,
            a.source.format, a.uri, a.id, today);
        return existing == null ? DatasetMerge.add(file, in) : DatasetMerge.merge(existing, in);
      });
    }
    List<DatasetMerge.Planned> planned = Parallel.map(work, Step::run);
    Map<Path, String> writes = new TreeMap<>();
    List<Change> changes = new ArrayList<>();
    for (DatasetMerge.Planned p : planned) {
      changes.add(p.change);
      if (p.text != null) writes.put(p.change.file(), p.text);
    }
    for (RecordDirectory.Entry e : match.gone) {
      DatasetMerge.Planned p = DatasetMerge.gone(e, today);
      changes.add(p.change);
      if (p.text != null) writes.put(p.change.file(), p.text);
    }
    return new RecordImport(dir, changes, writes);
  }

  /** The planning of one dataset. */
  private interface Step {
    DatasetMerge.Planned run() throws InvalidInputException;
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

  /** Writes through another sink: the tests' fails the n-th step. */
  void write(AtomicFiles.Sink sink) throws IOException {
    ImportWriter.write(dir, writes, sink);
  }
}
