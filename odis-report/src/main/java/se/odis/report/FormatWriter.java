package se.odis.report;

import se.odis.model.InputProblem;

/**
 * One format's writer of one report: {@link #begin()}, then {@link #assessed} and {@link #failed}
 * in input order, then {@link #end} with the summary (null for the report on one dataset), then
 * {@link #close()}. The report on one dataset is a portfolio of one: the same calls, with
 * {@link Run#single()} telling the writer to leave out what only a portfolio has. All calls come
 * from one thread; a failure to write is an {@link java.io.UncheckedIOException}.
 */
interface FormatWriter extends AutoCloseable {
  /** Writes what comes before the first dataset. */
  void begin();

  /** Writes (or keeps for later) one assessed dataset. */
  void assessed(DatasetReport report);

  /** Writes (or keeps for later) an input that could not be read. */
  void failed(InputProblem problem);

  /** Writes what comes after the last dataset, with the summary, and flushes. */
  void end(Summary summary);

  /** Releases any temporary files. */
  @Override
  default void close() {}
}
