package se.odis.cli;

import java.time.LocalDate;
import java.util.List;

/**
 * What a report says about the run as a whole.
 *
 * @param asOf the day assessed for
 * @param profile the municipality profile in force, or null
 * @param rulePacks the rule packs in force besides the built-in rules, as given; may be empty
 * @param rulesInForce how many rules were in force
 * @param single true when the report is on one dataset (no overview)
 */
record RunInfo(LocalDate asOf, String profile, List<String> rulePacks, int rulesInForce, boolean single) {
  RunInfo {
    rulePacks = List.copyOf(rulePacks);
  }

  /** @return the run of a single-dataset report */
  static RunInfo of(Report report) {
    return new RunInfo(report.assessment().getAsOf(), report.assessment().getProfile(), report.rulePacks(),
        report.assessment().getRulesInForce().size(), true);
  }
}
