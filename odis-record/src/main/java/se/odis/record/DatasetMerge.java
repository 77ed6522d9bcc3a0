package se.odis.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import se.odis.model.CatalogueFormat;
import se.odis.model.InvalidInputException;
import se.odis.model.Provenance;
import se.odis.record.RecordImport.Change;
import se.odis.record.RecordImport.Conflict;
import se.odis.record.RecordImport.Kind;

/**
 * What an import makes of one dataset's file, decided in memory: a new dataset's file shaped as
 * {@code odis init} shapes one, with the catalogue's values; a known dataset's file merged three
 * ways (the file's value, the fingerprint of the value last imported, the catalogue's value now);
 * a dataset gone marked {@code missingSince}. Each gives the dataset's {@link Change} and, if the
 * file is to be written, its new text, validated as the strict reader validates.
 */
final class DatasetMerge {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private DatasetMerge() {}

  /** A dataset's change and, if its file is to be written, the file's new text. */
  static final class Planned {
    final Change change;
    final String text;

    Planned(Change change, String text) {
      this.change = change;
      this.text = text;
    }
  }

  /** A catalogue dataset as it comes in. */
  static final class Incoming {
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
  static Planned add(Path file, Incoming in) throws InvalidInputException {
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
  static Planned merge(RecordDirectory.Entry e, Incoming in) throws InvalidInputException {
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
  static Planned gone(RecordDirectory.Entry e, LocalDate today) throws InvalidInputException {
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
}
