package se.odis.report;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import se.odis.model.InputProblem;

/**
 * A report whose overview comes first (Markdown, HTML): for a portfolio, the summary and a table
 * of the datasets, then the inputs that could not be read, then each dataset; for one dataset, its
 * section only. The overview needs the summary, known only at the end, so the table rows, the
 * dataset sections and the errors are kept in {@link Spool}s until then. Grouped by owner, the
 * rows and the sections are written out owner by owner: each dataset's place in the spools is
 * marked (four numbers a dataset), never its text.
 */
abstract class OverviewFirstWriter implements FormatWriter {
  final Labels l;
  final String lang;
  final Out out;
  final Run run;
  final Spool rows = new Spool();
  final Spool details = new Spool();
  final Spool errors = new Spool();
  /** Every owner's counts, grouped or not (HTML filters by owner). */
  final Owners owners;
  /** Where each owner's rows and sections are in the spools, when grouped by owner; else null. */
  private final Map<String, Marks> groups;
  private long n;

  OverviewFirstWriter(Labels labels, Out out, Run run) {
    this.l = labels;
    this.lang = labels.tag();
    this.out = out;
    this.run = run;
    this.owners = new Owners(labels);
    this.groups = run.groupByOwner() ? new HashMap<>() : null;
  }

  @Override
  public void begin() {}

  @Override
  public final void assessed(DatasetReport report) {
    n++;
    long row = rows.size();
    long section = details.size();
    String owner = Owners.of(report);
    owners.add(owner, report.assessment());
    if (!run.single()) row(n, Row.of(report, lang));
    dataset(n, report);
    if (groups != null) {
      groups.computeIfAbsent(owners.name(owner), k -> new Marks()).add(row, rows.size(), section, details.size());
    }
  }

  @Override
  public final void failed(InputProblem problem) {
    error(problem);
  }

  /** @return true if the portfolio is written owner by owner */
  boolean grouped() {
    return groups != null;
  }

  /**
   * Copies the table rows to the output: in input order or, grouped, owner by owner.
   *
   * @param heading writes an owner's heading before its rows, given its name and counts
   */
  void copyRows(BiConsumer<String, Owners.Counts> heading) {
    copy(rows, 0, heading);
  }

  /**
   * Copies the dataset sections to the output: in input order or, grouped, owner by owner.
   *
   * @param heading writes an owner's heading before its sections, given its name and counts
   */
  void copyDetails(BiConsumer<String, Owners.Counts> heading) {
    copy(details, 2, heading);
  }

  /**
   * Copies one owner's table rows to the output, when grouped by owner.
   *
   * @param owner the owner as {@link Owners#sorted()} names it
   */
  void copyRowsOf(String owner) {
    copy(rows, 0, groups.get(owner));
  }

  private void copy(Spool spool, int at, BiConsumer<String, Owners.Counts> heading) {
    if (groups == null) {
      spool.copyTo(out);
      return;
    }
    for (Map.Entry<String, Owners.Counts> e : owners.sorted().entrySet()) {
      heading.accept(e.getKey(), e.getValue());
      copy(spool, at, groups.get(e.getKey()));
    }
  }

  private void copy(Spool spool, int at, Marks m) {
    for (int i = 0; i < m.size; i += 4) spool.copyTo(out, m.marks[i + at], m.marks[i + at + 1]);
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

  /** An owner's datasets as places in the spools: row from, row to, section from, section to. */
  private static final class Marks {
    long[] marks = new long[16];
    int size;

    void add(long rowFrom, long rowTo, long sectionFrom, long sectionTo) {
      if (size + 4 > marks.length) marks = Arrays.copyOf(marks, marks.length * 2);
      marks[size++] = rowFrom;
      marks[size++] = rowTo;
      marks[size++] = sectionFrom;
      marks[size++] = sectionTo;
    }
  }
}
