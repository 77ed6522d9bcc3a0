package se.odis.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Writes reports in one {@link Format}, with one set of {@link ReportOptions}. Get one from
 * {@link Reports#writer(Format, ReportOptions)}. A writer holds no state between calls and may be
 * used from several threads, each call with its own output.
 *
 * <p>One dataset gives that dataset's report ({@code odis-assessment/1} in JSON; no overview in
 * Markdown and HTML); several give a portfolio report (an {@code odis-portfolio/1} object; a
 * summary; an overview first). A portfolio of any size can be written in flat memory with
 * {@link #open}. Text is UTF-8.
 *
 * <p>Any failure to write throws an {@link IOException}: a report is either written whole or
 * the caller is told it is not.
 */
public interface ReportWriter {
  /** @return the format this writer writes */
  Format format();

  /**
   * Writes the report on one dataset.
   *
   * @param report the dataset and its assessment
   * @param out where to write; flushed, not closed
   * @throws IOException if the output cannot be written
   */
  void write(DatasetReport report, OutputStream out) throws IOException;

  /**
   * Writes the report on a portfolio, in the order given.
   *
   * @param reports the datasets and their assessments
   * @param out where to write; flushed, not closed
   * @throws IOException if the output cannot be written
   */
  void write(Iterable<DatasetReport> reports, OutputStream out) throws IOException;

  /**
   * Writes the report on a portfolio as text, in the order given.
   *
   * @param reports the datasets and their assessments
   * @param out where to write; flushed, not closed
   * @throws IOException if the output cannot be written
   * @throws UnsupportedOperationException if the format is not text
   */
  void write(Iterable<DatasetReport> reports, Writer out) throws IOException;

  /**
   * Writes the report on one dataset as text.
   *
   * @param report the dataset and its assessment
   * @param out where to write; flushed, not closed
   * @throws IOException if the output cannot be written
   * @throws UnsupportedOperationException if the format is not text
   */
  void write(DatasetReport report, Writer out) throws IOException;

  /**
   * Starts a portfolio report that is written as the datasets come.
   *
   * @param out where to write; flushed by {@link PortfolioReport#finish()}, never closed
   * @return the report, to be given the datasets in order, then finished and closed
   * @throws IOException if the output cannot be written
   */
  PortfolioReport open(OutputStream out) throws IOException;

  /**
   * Starts a portfolio report, written as text, as the datasets come.
   *
   * @param out where to write; flushed by {@link PortfolioReport#finish()}, never closed
   * @return the report
   * @throws IOException if the output cannot be written
   * @throws UnsupportedOperationException if the format is not text
   */
  PortfolioReport open(Writer out) throws IOException;
}
