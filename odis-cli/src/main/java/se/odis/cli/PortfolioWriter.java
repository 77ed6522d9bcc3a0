package se.odis.cli;

import se.odis.model.InputProblem;

/**
 * Writes the report on a portfolio (several datasets) as the assessments stream in: {@link #begin()},
 * then {@link #assessed} and {@link #failed} in input order, then {@link #end} with the summary. A
 * writer keeps no more than it must: the streaming formats (text, JSON, NDJSON, CSV) write each
 * dataset as it comes; Markdown and HTML, whose overview comes first, keep the rest in a
 * {@link Spool}. All calls come from one thread.
 */
interface PortfolioWriter extends AutoCloseable {
  /** Writes what comes before the first dataset. */
  void begin();

  /** Writes one assessed dataset. */
  void assessed(Report report);

  /** Writes (or keeps for later) an input that could not be read. */
  void failed(InputProblem problem);

  /** Writes what comes after the last dataset, with the summary, and flushes. */
  void end(Summary summary);

  /** Releases any temporary files. */
  @Override
  default void close() {}
}
