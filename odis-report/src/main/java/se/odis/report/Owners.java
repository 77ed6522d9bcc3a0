package se.odis.report;

import java.text.Collator;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.odis.model.Assessment;
import se.odis.model.Verdict;

/**
 * A portfolio grouped by owner (the unit that owns the data and decides on it, A.3.1.1): each
 * owner's datasets by verdict and how many have blockers, in the report language's alphabetical
 * order, datasets without an owner last. One entry per owner, never per dataset. Not thread-safe.
 */
final class Owners {
  /** One owner's counts. */
  static final class Counts {
    private final Map<Verdict, Long> byVerdict = new EnumMap<>(Verdict.class);
    private long datasets;
    private long withBlockers;

    Counts() {
      for (Verdict v : Verdict.values()) byVerdict.put(v, 0L);
    }

    /** @return the owner's datasets by verdict, every verdict present */
    Map<Verdict, Long> byVerdict() {
      return byVerdict;
    }

    /** @return how many datasets the owner has */
    long datasets() {
      return datasets;
    }

    /** @return how many of them have at least one blocker */
    long withBlockers() {
      return withBlockers;
    }
  }

  private final Labels labels;
  private final Map<String, Counts> counts = new HashMap<>();

  Owners(Labels labels) {
    this.labels = labels;
  }

  /** @return the dataset's owner (roles.owner) without surrounding blanks, or null if none is given */
  static String of(DatasetReport report) {
    String o = report.dataset().getRoles().getOwner();
    return o == null || o.isBlank() ? null : o.strip();
  }

  /** @return the owner's name as a group's heading: the owner, or "no owner given" */
  String name(String owner) {
    return owner == null ? labels.get("owner.none") : owner;
  }

  /** Counts one dataset of an owner (null: none given). */
  void add(String owner, Assessment a) {
    Counts c = counts.computeIfAbsent(name(owner), k -> new Counts());
    c.byVerdict.merge(a.getVerdict(), 1L, Long::sum);
    c.datasets++;
    if (a.blockerCount() > 0) c.withBlockers++;
  }

  /** @return the owners by name in the report language's order, "no owner given" last */
  Map<String, Counts> sorted() {
    Map<String, Counts> out = new LinkedHashMap<>();
    order(List.copyOf(counts.keySet())).forEach(k -> out.put(k, counts.get(k)));
    return out;
  }

  /** @return the names in the report language's alphabetical order, "no owner given" last */
  List<String> order(List<String> names) {
    Collator collator = Collator.getInstance(labels.language().locale());
    String none = labels.get("owner.none");
    return names.stream()
        .sorted(Comparator.comparing((String n) -> n.equals(none)).thenComparing(collator::compare)
            .thenComparing(Comparator.naturalOrder()))
        .toList();
  }
}
