package se.odis.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Reproducibility;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import se.odis.model.Assessment;
import se.odis.model.Finding;
import se.odis.model.InputProblem;
import se.odis.model.Severity;
import se.odis.model.Verdict;

/**
 * The portfolio as a workbook (Apache POI, streamed: a window of rows in memory, the rest in
 * temporary files without a name, {@link NamelessWorkbook}): a sheet with one row per dataset, a
 * sheet with one row per finding, a sheet of the inputs that could not be read (when there are
 * any) and, when grouped by owner, a sheet with each owner's counts. Headers and values are in the
 * report's language; every sheet has its header frozen and a filter on every column. A text is
 * always a text cell, never a formula, so nothing in a dataset runs in a spreadsheet.
 */
final class XlsxWriter implements FormatWriter {
  /** Excel's longest cell text. */
  static final int MAX_CELL = 32_767;
  private static final String[] DATASET_COLUMNS = {"col.number", "col.id", "col.title", "col.owner", "col.verdict",
      "col.stage", "col.nextGate", "col.blockers", "col.warnings", "col.recommendations", "col.topBlocker",
      "col.metadata", "col.stars", "col.file"};
  private static final int[] DATASET_WIDTHS = {6, 30, 36, 24, 20, 8, 30, 12, 12, 12, 40, 12, 10, 40};
  private static final String[] FINDING_COLUMNS = {"col.number", "col.id", "col.owner", "col.severity", "col.rule",
      "col.task", "col.title", "col.message", "col.remedy", "col.source", "col.subject"};
  private static final int[] FINDING_WIDTHS = {6, 30, 24, 16, 12, 10, 40, 60, 60, 40, 24};
  private static final String[] ERROR_COLUMNS = {"col.file", "col.line", "col.column", "col.pointer", "col.problem",
      "col.expected"};
  private static final int[] ERROR_WIDTHS = {50, 8, 8, 24, 60, 40};

  private final Labels l;
  private final String lang;
  private final OutputStream out;
  private final Run run;
  private final SXSSFWorkbook wb = new NamelessWorkbook(200);
  private final CellStyle header;
  private final Sheet datasets;
  private final Sheet findings;
  private final Owners owners;
  private Sheet errors;
  private int datasetRow;
  private int findingRow;
  private int errorRow;

  XlsxWriter(Labels labels, OutputStream out, Run run) {
    this.l = labels;
    this.lang = labels.tag();
    this.out = out;
    this.run = run;
    this.owners = run.groupByOwner() ? new Owners(labels) : null;
    header = wb.createCellStyle();
    Font bold = wb.createFont();
    bold.setBold(true);
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    datasets = sheet(l.get("xlsx.datasets"), DATASET_COLUMNS, DATASET_WIDTHS);
    findings = sheet(l.get("xlsx.findings"), FINDING_COLUMNS, FINDING_WIDTHS);
  }

  private Sheet sheet(String name, String[] columns, int[] widths) {
    Sheet s = wb.createSheet(name);
    Row r = s.createRow(0);
    for (int i = 0; i < columns.length; i++) {
      r.createCell(i).setCellValue(l.get(columns[i]));
      r.getCell(i).setCellStyle(header);
      s.setColumnWidth(i, widths[i] * 256);
    }
    s.createFreezePane(0, 1);
    return s;
  }

  @Override
  public void begin() {}

  @Override
  public void assessed(DatasetReport report) {
    Assessment a = report.assessment();
    String owner = Owners.of(report);
    if (owners != null) owners.add(owner, a);
    int n = datasetRow + 1;
    Row r = datasets.createRow(++datasetRow);
    Finding top = ReportTexts.topBlocker(a);
    int c = 0;
    r.createCell(c++).setCellValue(n);
    text(r, c++, a.getDatasetId());
    text(r, c++, report.title(lang) == null ? "" : report.title(lang));
    text(r, c++, owner == null ? "" : owner);
    text(r, c++, l.of("verdict", a.getVerdict()));
    text(r, c++, a.getStage());
    text(r, c++, ReportTexts.nextGate(a, l));
    r.createCell(c++).setCellValue(ReportTexts.count(a, Severity.BLOCKER));
    r.createCell(c++).setCellValue(ReportTexts.count(a, Severity.WARNING));
    r.createCell(c++).setCellValue(ReportTexts.count(a, Severity.RECOMMENDATION));
    text(r, c++, top == null ? "" : top.getRuleId() + " " + top.getTitle().best(lang));
    number(r, c++, a.getScores().get("metadataScore"));
    number(r, c++, a.getScores().get("opennessStars"));
    text(r, c, report.origin() == null ? "" : report.origin().label());

    for (Severity s : Severity.values()) {
      for (Finding f : ReportTexts.findings(a, s)) {
        Row fr = findings.createRow(++findingRow);
        int fc = 0;
        fr.createCell(fc++).setCellValue(n);
        text(fr, fc++, a.getDatasetId());
        text(fr, fc++, owner == null ? "" : owner);
        text(fr, fc++, l.of("severity", f.getSeverity()));
        text(fr, fc++, f.getRuleId());
        text(fr, fc++, f.getStep());
        text(fr, fc++, f.getTitle().best(lang));
        text(fr, fc++, f.getMessage().best(lang));
        text(fr, fc++, f.getRemedy().best(lang));
        text(fr, fc++, f.getSource() == null ? "" : f.getSource());
        text(fr, fc, f.getSubject() == null ? "" : f.getSubject());
      }
    }
  }

  @Override
  public void failed(InputProblem p) {
    if (errors == null) errors = sheet(l.get("xlsx.errors"), ERROR_COLUMNS, ERROR_WIDTHS);
    Row r = errors.createRow(++errorRow);
    text(r, 0, p.getSource());
    if (p.getLine() > 0) r.createCell(1).setCellValue(p.getLine());
    if (p.getColumn() > 0) r.createCell(2).setCellValue(p.getColumn());
    text(r, 3, p.getPointer());
    text(r, 4, p.getProblem());
    text(r, 5, p.getExpected() == null ? "" : p.getExpected());
  }

  @Override
  public void end(Summary summary) {
    filter(datasets, datasetRow, DATASET_COLUMNS.length);
    filter(findings, findingRow, FINDING_COLUMNS.length);
    if (errors != null) filter(errors, errorRow, ERROR_COLUMNS.length);
    if (owners != null) owners(summary);
    POIXMLProperties.CoreProperties core = wb.getXSSFWorkbook().getProperties().getCoreProperties();
    core.setTitle(run.single() ? l.get("html.titleOne") : l.format("summary.title", datasetRow + errorRow));
    core.setCreator("odis");
    // The same input gives the same bytes: created on the day assessed for, not now, and the zip
    // entries without the time of writing (POI's switch for that is global, hence the lock).
    core.setCreated(Optional.of(Date.from(run.asOf().atStartOfDay(ZoneOffset.UTC).toInstant())));
    try {
      synchronized (XlsxWriter.class) {
        Reproducibility.runWithSourceDateEpoch(() -> wb.write(out));
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sheet of owners, second: each owner's datasets by verdict and how many have blockers. */
  private void owners(Summary summary) {
    List<Verdict> verdicts = List.of(Verdict.values());
    Sheet s = wb.createSheet(l.get("summary.byOwner"));
    Row h = s.createRow(0);
    int c = 0;
    for (String key : new String[] {"col.owner", "col.datasets"}) {
      h.createCell(c).setCellValue(l.get(key));
      h.getCell(c).setCellStyle(header);
      s.setColumnWidth(c++, (key.equals("col.owner") ? 36 : 12) * 256);
    }
    for (Verdict v : verdicts) {
      h.createCell(c).setCellValue(l.of("verdict", v));
      h.getCell(c).setCellStyle(header);
      s.setColumnWidth(c++, 20 * 256);
    }
    h.createCell(c).setCellValue(l.get("col.withBlockers"));
    h.getCell(c).setCellStyle(header);
    s.setColumnWidth(c, 16 * 256);
    s.createFreezePane(0, 1);
    int row = 0;
    for (Map.Entry<String, Owners.Counts> e : owners.sorted().entrySet()) {
      Row r = s.createRow(++row);
      text(r, 0, e.getKey());
      r.createCell(1).setCellValue(e.getValue().datasets());
      int i = 2;
      for (Verdict v : verdicts) r.createCell(i++).setCellValue(e.getValue().byVerdict().get(v));
      r.createCell(i).setCellValue(e.getValue().withBlockers());
    }
    filter(s, row, 3 + verdicts.size());
    wb.setSheetOrder(s.getSheetName(), 1);
  }

  private static void filter(Sheet s, int lastRow, int columns) {
    s.setAutoFilter(new CellRangeAddress(0, Math.max(lastRow, 1), 0, columns - 1));
  }

  private static void text(Row r, int column, String value) {
    String v = value.length() > MAX_CELL ? value.substring(0, MAX_CELL - 1) + "…" : value;
    r.createCell(column).setCellValue(v);
  }

  private static void number(Row r, int column, Number value) {
    if (value != null) r.createCell(column).setCellValue(value.doubleValue());
  }

  @Override
  public void close() {
    try {
      wb.close();
    } catch (IOException e) {
      // the workbook is being thrown away, and its files have no names
    }
  }
}
