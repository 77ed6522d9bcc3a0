/**
 * Reports on assessed datasets, in every format, behind one small API: {@link se.odis.report.Reports}
 * gives a {@link se.odis.report.ReportWriter} for a {@link se.odis.report.Format} and
 * {@link se.odis.report.ReportOptions}; it writes {@link se.odis.report.DatasetReport}s (a dataset
 * and its assessment, with where it was read from) to a stream, or streams a portfolio of any size
 * through a {@link se.odis.report.PortfolioReport}.
 *
 * <p>The JSON formats are a contract: {@code odis-assessment/1} for one dataset and
 * {@code odis-portfolio/1} for a portfolio, documented key by key in {@code docs/json-output.md}.
 * Within version 1 keys may be added, never removed or renamed. They are built from records of
 * their own, not by serialising the model, so that a change to the model does not change them.
 *
 * <p>One dataset is a portfolio of one: every format has one writer, which leaves out what only a
 * portfolio has (the summary, the overview). Everything else in this package is package-private.
 */
package se.odis.report;
