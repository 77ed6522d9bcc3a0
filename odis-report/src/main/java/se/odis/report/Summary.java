package se.odis.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import se.odis.model.Assessment;
import se.odis.model.Finding;
import se.odis.model.Guide;
import se.odis.model.GuideStage;
import se.odis.model.InputProblem;
import se.odis.model.LocalizedText;
import se.odis.model.Severity;
import se.odis.model.Verdict;

/**
 * The summary of a portfolio, kept as the reports stream past: counts by verdict and by stage,
 * how many datasets each blocker stops, and the few datasets closest to publication. It holds
 * counters and a bounded top list only, never the reports, so its size does not grow with the
 * portfolio. Not thread-safe: fed on one thread.
 */
final class Summary {
  private final List<SourceReport> sources = new ArrayList<>();
  /** How many blockers and datasets the top lists name. */
  static final int TOP = 10;

  /**
   * A dataset near publication.
   *
   * @param seq its place in the input order, from 0
   * @param datasetId its id
   * @param title its title
   * @param verdict its verdict
   * @param stage its stage
   * @param blockers how many blockers it has
   * @param origin where it was read from, or null
   */
  record Candidate(long seq, String datasetId, LocalizedText title, Verdict verdict, String stage, long blockers,
      Origin origin) {}

  /**
   * A blocker and how many datasets it stops.
   *
   * @param ruleId the rule
   * @param title the rule's title
   * @param datasets how many datasets it blocks
   */
  record BlockerCount(String ruleId, LocalizedText title, long datasets) {}

  /** Closest first: fewest blockers, then the latest stage, then input order. */
  static final Comparator<Candidate> CLOSEST = Comparator.comparingLong(Candidate::blockers)
      .thenComparing(Comparator.comparingInt((Candidate c) -> Guide.odis().stageOrder(c.stage())).reversed())
      .thenComparingLong(Candidate::seq);

  private long assessed;
  private long badInputs;
  private long withBlockers;
  private final Map<Verdict, Long> byVerdict = new EnumMap<>(Verdict.class);
  private final Map<String, Long> byStage = new LinkedHashMap<>();
  private final Map<String, long[]> blockerCounts = new HashMap<>();
  private final Map<String, LocalizedText> blockerTitles = new HashMap<>();
  /** The worst of the best {@link #TOP} is at the head, to be dropped first. */
  private final PriorityQueue<Candidate> closest = new PriorityQueue<>(TOP + 1, CLOSEST.reversed());

  Summary() {
    for (Verdict v : Verdict.values()) byVerdict.put(v, 0L);
    for (GuideStage s : Guide.odis().getStages()) byStage.put(s.getId(), 0L);
  }

  /** Counts one assessed dataset. */
  void add(DatasetReport report) {
    Assessment a = report.assessment();
    long seq = assessed + badInputs;
    assessed++;
    byVerdict.merge(a.getVerdict(), 1L, Long::sum);
    byStage.merge(a.getStage(), 1L, Long::sum);
    Set<String> blockers = new TreeSet<>();
    for (Finding f : a.getFindings()) {
      if (f.getSeverity() != Severity.BLOCKER) continue;
      if (blockers.add(f.getRuleId())) {
        blockerCounts.computeIfAbsent(f.getRuleId(), k -> new long[1])[0]++;
        blockerTitles.putIfAbsent(f.getRuleId(), f.getTitle());
      }
    }
    if (!blockers.isEmpty()) withBlockers++;
    if (a.getVerdict() == Verdict.BLOCKED || a.getVerdict() == Verdict.IN_PROGRESS) {
      closest.add(new Candidate(seq, a.getDatasetId(), report.dataset().getTitle(), a.getVerdict(), a.getStage(),
          a.blockerCount(), report.origin()));
      if (closest.size() > TOP) closest.poll();
    }
  }

  /** Keeps what an import said about one source as a whole. */
  void add(SourceReport source) {
    sources.add(java.util.Objects.requireNonNull(source, "source"));
  }

  /** @return the sources added, in order */
  List<SourceReport> sources() {
    return sources;
  }

  /** Counts one input that could not be read. */
  void add(InputProblem problem) {
    badInputs++;
  }

  /** @return how many datasets were assessed */
  long assessed() {
    return assessed;
  }

  /** @return how many inputs could not be read */
  long badInputs() {
    return badInputs;
  }

  /** @return how many assessed datasets have at least one blocker */
  long withBlockers() {
    return withBlockers;
  }

  /** @return datasets by verdict, every verdict present */
  Map<Verdict, Long> byVerdict() {
    return byVerdict;
  }

  /** @return datasets by stage, every stage of the guide present, in the guide's order */
  Map<String, Long> byStage() {
    return byStage;
  }

  /** @return the blockers that stop the most datasets, most first (ties by rule id), at most {@link #TOP} */
  List<BlockerCount> topBlockers() {
    List<BlockerCount> all = blockers();
    all.sort(Comparator.comparingLong(BlockerCount::datasets).reversed().thenComparing(BlockerCount::ruleId));
    return all.size() > TOP ? List.copyOf(all.subList(0, TOP)) : List.copyOf(all);
  }

  /** @return every blocker seen and how many datasets it stops, by rule id (one per rule, not per dataset) */
  List<BlockerCount> allBlockers() {
    List<BlockerCount> all = blockers();
    all.sort(Comparator.comparing(BlockerCount::ruleId));
    return List.copyOf(all);
  }

  private List<BlockerCount> blockers() {
    List<BlockerCount> all = new ArrayList<>();
    blockerCounts.forEach((id, n) -> all.add(new BlockerCount(id, blockerTitles.get(id), n[0])));
    return all;
  }

  /** @return the datasets not yet ready that are closest to publication, closest first, at most {@link #TOP} */
  List<Candidate> closestToPublication() {
    List<Candidate> out = new ArrayList<>(closest);
    out.sort(CLOSEST);
    return out;
  }
}
