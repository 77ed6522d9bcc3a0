package se.odis.report;

import java.time.LocalDate;
import java.util.List;
import se.odis.model.Assessment;

/**
 * What a report says about the run as a whole: the options, whether it is the report on one
 * dataset (no overview, no summary), and what the options leave out, taken from the first
 * assessment. Not thread-safe: one per report.
 */
final class Run {
  private final ReportOptions options;
  private final boolean single;
  private Assessment first;

  Run(ReportOptions options, boolean single) {
    this.options = options;
    this.single = single;
  }

  /** Notes an assessment; the first one fills in what the options do not say. */
  void saw(Assessment a) {
    if (first == null) first = a;
  }

  /** @return true when the report is on one dataset */
  boolean single() {
    return single;
  }

  /** @return true if a portfolio (never the report on one dataset) is grouped by owner */
  boolean groupByOwner() {
    return options.groupByOwner() && !single;
  }

  ReportOptions options() {
    return options;
  }

  /** @return the day assessed for: from the options, else the first assessment, else today */
  LocalDate asOf() {
    if (options.asOf() != null) return options.asOf();
    return first != null ? first.getAsOf() : LocalDate.now();
  }

  /** @return the municipality of the profile in force, or null */
  String profile() {
    if (options.profile() != null || first == null) return options.profile();
    return first.getProfile();
  }

  List<String> rulePacks() {
    return options.rulePacks();
  }

  /** @return how many rules were in force */
  int rulesInForce() {
    if (options.rulesInForce() != null) return options.rulesInForce();
    return first == null ? 0 : first.getRulesInForce().size();
  }
}
