package se.odis.report;

import se.odis.model.InputProblem;

/**
 * A report whose overview comes first (Markdown, HTML): for a portfolio, the summary and a table
 * of the datasets, then the inputs that could not be read, then each dataset; for one dataset, its
 * section only. The overview needs the summary, known only at the end, so the table rows, the
 * dataset sections and the errors are kept in {@link Spool}s until then.
 */
abstract class OverviewFirstWriter implements FormatWriter {
  final Labels l;
  final String lang;
  final Out out;
  final Run run;
  final Spool rows = new Spool();
  final Spool details = new Spool();
  final Spool errors = new Spool();
  private long n;

  OverviewFirstWriter(Labels labels, Out out, Run run) {
    this.l = labels;
    this.lang = labels.tag();
    this.out = out;
    this.run = run;
  }

  @Override
  public void begin() {}

  @Override
  public final void assessed(DatasetReport report) {
    n++;
    if (!run.single()) row(n, Row.of(report, lang));
    dataset(n, report);
  }

  @Override
  public final void failed(InputProblem problem) {
    error(problem);
  }

  /** Keeps the table row of the {@code n}th dataset in {@link #rows}. */
  abstract void row(long n, Row row);

  /** Keeps the section of the {@code n}th dataset in {@link #details}. */
  abstract void dataset(long n, DatasetReport report);

  /** Keeps an input that could not be read in {@link #errors}. */
  abstract void error(InputProblem problem);

  @Override
  public void close() {
    rows.close();
    details.close();
    errors.close();
  }
}
