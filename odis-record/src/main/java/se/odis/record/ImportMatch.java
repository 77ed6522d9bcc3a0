package se.odis.record;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import se.odis.dcat.ImportedDataset;
import se.odis.model.InputProblem;
import se.odis.model.InvalidInputException;
import se.odis.model.Provenance;

/**
 * Who is who in an import, decided before any dataset is merged: each catalogue dataset is matched
 * to the file of the record that holds it already (by its URI in the catalogue, else its
 * identifier, else, renamed, by its other values) or given the file it is added as, and the files
 * no catalogue dataset matched are the datasets gone. Whatever would make the import ambiguous is
 * refused here: two files or two catalogue datasets that are the same dataset, a new file's name
 * taken by another file.
 */
final class ImportMatch {
  /** A catalogue dataset, and the file that holds it already, if one does. */
  static final class Arrival {
    final RecordImport.Source source;
    final String location;
    final ImportedDataset dataset;
    final String uri;
    final String id;
    RecordDirectory.Entry existing;
    /** The file merged into or added; set once every existing file has been matched. */
    Path file;

    Arrival(RecordImport.Source source, String location, ImportedDataset dataset, String uri, String id,
        RecordDirectory.Entry existing) {
      this.source = source;
      this.location = location;
      this.dataset = dataset;
      this.uri = uri;
      this.id = id;
      this.existing = existing;
    }
  }

  /** The catalogues' datasets, in the catalogues' order. */
  final List<Arrival> arrivals;
  /** The record's imported datasets that no catalogue dataset matched, by path. */
  final List<RecordDirectory.Entry> gone;

  private ImportMatch(List<Arrival> arrivals, List<RecordDirectory.Entry> gone) {
    this.arrivals = arrivals;
    this.gone = gone;
  }

  /**
   * Reads the record and matches the catalogues' datasets to its files.
   *
   * @throws InvalidInputException if the record holds a file that is not a valid dataset, two
   *     files or two catalogue datasets are the same dataset, or a new file's name is taken
   */
  static ImportMatch of(Path dir, List<RecordImport.Source> sources) throws InvalidInputException {
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
    List<Arrival> arrivals = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (RecordImport.Source s : sources) {
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
    // The new files' names are given in the catalogues' order, so that a clash of names is
    // settled the same way on every run.
    for (Arrival a : arrivals) a.file = a.existing != null ? a.existing.path : newFile(dir, a.uri, a.id, taken);
    List<RecordDirectory.Entry> gone = new ArrayList<>(byKey.values());
    gone.sort((a, b) -> a.path.compareTo(b.path));
    return new ImportMatch(arrivals, gone);
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
      sig.keySet().removeIf(ImportMatch::isTitle);
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

  static boolean isTitle(String pointer) {
    return pointer.equals("/title") || pointer.startsWith("/title/");
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
