package se.odis.report;

import java.io.Closeable;
import java.io.IOException;
import se.odis.model.InputProblem;

/**
 * A portfolio report being written: give it every dataset in order with {@link #add} (and every
 * input that could not be read with {@link #failed}), then {@link #finish()}, then {@link #close()}.
 * It keeps no more than it must: the streaming formats (text, JSON, NDJSON, CSV) write each dataset
 * as it comes; those whose overview comes first (Markdown, HTML) keep the rest in temporary files
 * that are removed on close, or by the system if the process is killed. Not thread-safe: call it
 * from one thread.
 */
public interface PortfolioReport extends Closeable {
  /**
   * Adds one assessed dataset.
   *
   * @param report the dataset and its assessment
   * @throws IOException if the output cannot be written
   */
  void add(DatasetReport report) throws IOException;

  /**
   * Adds an input that could not be read, reported in its place or in a list of errors (JSON,
   * Markdown, HTML; the text report shows it in its place; NDJSON and CSV leave it out).
   *
   * @param problem what is wrong, and where
   * @throws IOException if the output cannot be written
   */
  void failed(InputProblem problem) throws IOException;

  /**
   * Adds what an import said about one of the sources as a whole, listed with the summary (JSON
   * {@code sources}, a section in Markdown and HTML; the other formats leave it out). Sources are
   * listed in the order they are added.
   *
   * @param source the source's syntax, datasets and notes
   * @throws IOException if the output cannot be written
   */
  void source(SourceReport source) throws IOException;

  /**
   * Writes what comes after the last dataset (the summary, the overview) and flushes.
   *
   * @throws IOException if the output cannot be written
   */
  void finish() throws IOException;

  /** @return how many datasets were added */
  long assessed();

  /** @return how many inputs could not be read */
  long failures();

  /** Releases the temporary files, finished or not. */
  @Override
  void close();
}
