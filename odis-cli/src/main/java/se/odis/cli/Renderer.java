package se.odis.cli;

import java.io.PrintWriter;

/**
 * Writes the report of one assessed dataset in one format. A new format is a new implementation
 * and a new {@link Format} constant; the commands do not change.
 */
interface Renderer {
  /**
   * Writes the report.
   *
   * @param report the dataset and its assessment
   * @param labels the report language and its labels
   * @param out where to write; not closed
   */
  void render(Report report, Labels labels, PrintWriter out);
}
