package se.odis.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/**
 * The {@code --as-of} option, mixed into the commands that assess a dataset ({@code assess},
 * {@code progress}, {@code checklist}): the day dates in the dataset are judged against, so that
 * a fixed day gives the same result on any day. One description and one parser for all of them.
 */
final class AsOfOption {
  static final String NAME = "--as-of";

  @Option(
      names = NAME,
      paramLabel = "YYYY-MM-DD",
      converter = DateConverter.class,
      description = "The day to assess for (default: today). Dates in the dataset are judged "
          + "against it, so a fixed day gives a reproducible result.")
  LocalDate day;

  /** @return true if the option was given */
  boolean given() {
    return day != null;
  }

  /** @return the day given, or today */
  LocalDate dayOrToday() {
    return day != null ? day : LocalDate.now();
  }
}
