package se.odis.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.odis.model.Assessment;
import se.odis.model.ConditionKind;
import se.odis.model.Dataset;
import se.odis.model.Finding;
import se.odis.model.GateStatus;
import se.odis.model.Guide;
import se.odis.model.GuideTask;
import se.odis.model.Labels;
import se.odis.model.OdisJson;
import se.odis.model.TaskId;
import se.odis.model.TaskProgress;
import se.odis.model.TaskStatus;

/**
 * Builds the checklist workbook: the guide's tasks with the dataset's progress to fill in, the
 * facts that decide publishability with their drop-down lists, and the assessment, read-only.
 * Every sheet has its header frozen and repeated on each printed page, and prints on A4.
 */
final class WorkbookWriter {
  private final XSSFWorkbook wb = new XSSFWorkbook();
  private final WorkbookTexts t;
  private final CellStyle header;
  private final CellStyle fixed;
  private final CellStyle fixedWrapped;
  private final CellStyle editable;
  private final CellStyle editableWrapped;
  private final CellStyle editableDate;
  private final CellStyle heading;

  private WorkbookWriter(WorkbookTexts t) {
    this.t = t;
    Font bold = wb.createFont();
    bold.setBold(true);
    header = style(true, true, false);
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    fixed = style(true, false, false);
    fixedWrapped = style(true, true, false);
    editable = style(false, false, true);
    editableWrapped = style(false, true, true);
    editableDate = style(false, false, true);
    editableDate.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
    Font big = wb.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 13);
    heading = wb.createCellStyle();
    heading.setFont(big);
  }

  private CellStyle style(boolean locked, boolean wrap, boolean input) {
    CellStyle s = wb.createCellStyle();
    s.setLocked(locked);
    s.setWrapText(wrap);
    s.setVerticalAlignment(VerticalAlignment.TOP);
    s.setBorderBottom(BorderStyle.HAIR);
    s.setBottomBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
    if (input) {
      // The cells to fill in are tinted, as on a paper form.
      s.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
      s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
    return s;
  }

  /** @return the workbook for a dataset file and its assessment */
  static XSSFWorkbook build(RecordFile file, Assessment assessment, WorkbookTexts t) {
    WorkbookWriter w = new WorkbookWriter(t);
    Dataset d = file.dataset();
    var props = w.wb.getProperties();
    props.getCustomProperties().addProperty(Sheets.PROP_FORMAT, Sheets.FORMAT);
    props.getCustomProperties().addProperty(Sheets.PROP_DATASET, d.getId());
    props.getCustomProperties().addProperty(Sheets.PROP_LANGUAGE, t.language());
    String title = d.getTitle().best(t.language());
    props.getCoreProperties().setTitle(t.format("title", title.isEmpty() ? d.getId() : d.getId() + " " + title));
    props.getCoreProperties().setCreator("odis");
    String pageHeader = d.getId() + (title.isEmpty() ? "" : " – " + title);
    w.checklist(d, pageHeader);
    w.facts(d, pageHeader);
    w.assessment(assessment, pageHeader);
    return w.wb;
  }

  // ------------------------------------------------------------------ Checklista

  private void checklist(Dataset d, String pageHeader) {
    XSSFSheet s = wb.createSheet(t.get("sheet.checklist"));
    int[] widths = {5, 6, 8, 9, 56, 16, 14, 11, 18, 32};
    String[] keys = {"col.phase", "col.stage", "col.activity", "col.task", "col.text", "col.when", "col.status",
        "col.date", "col.by", "col.note"};
    headerRow(s, keys, widths);
    List<GuideTask> tasks = Guide.odis().getTasks();
    for (int i = 0; i < tasks.size(); i++) {
      GuideTask task = tasks.get(i);
      TaskProgress p = d.getProgress().get(TaskId.of(task.getId()));
      Row r = s.createRow(i + 1);
      text(r, Sheets.PHASE, task.getPhaseId(), fixed);
      text(r, Sheets.STAGE, task.getStageId(), fixed);
      text(r, Sheets.ACTIVITY, task.getActivityId(), fixed);
      text(r, Sheets.TASK, task.getId(), fixed);
      text(r, Sheets.TEXT, task.text(t.language()), fixedWrapped);
      text(r, Sheets.WHEN, when(task), fixedWrapped);
      text(r, Sheets.STATUS, t.label(p == null ? TaskStatus.NOT_STARTED : p.getStatus()), editable);
      Cell date = r.createCell(Sheets.DATE);
      date.setCellStyle(editableDate);
      if (p != null && p.getDate() != null) date.setCellValue(p.getDate());
      text(r, Sheets.BY, p == null ? null : p.getBy(), editableWrapped);
      text(r, Sheets.NOTE, p == null ? null : p.getNote(), editableWrapped);
      fit(r, s);
    }
    int last = tasks.size();
    DataValidationHelper v = s.getDataValidationHelper();
    list(s, v, t.labels(TaskStatus.class), new CellRangeAddressList(1, last, Sheets.STATUS, Sheets.STATUS), true,
        t.get("hint.status"));
    DataValidation dates = v.createValidation(
        v.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN, "DATE(1990,1,1)", "DATE(2199,12,31)", null),
        new CellRangeAddressList(1, last, Sheets.DATE, Sheets.DATE));
    dates.setShowErrorBox(true);
    dates.createErrorBox(t.get("col.date"), t.get("hint.date"));
    dates.setShowPromptBox(true);
    dates.createPromptBox(t.get("col.date"), t.get("hint.date"));
    s.addValidationData(dates);
    s.setAutoFilter(new CellRangeAddress(0, last, 0, Sheets.NOTE));
    print(s, pageHeader, true);
    protect(s);
  }

  /** When a task applies: "alltid", "vid behov", "om möjligt", or the guide's own condition. */
  private String when(GuideTask task) {
    if (task.getCondition() == ConditionKind.CONDITIONAL && task.getConditionText() != null
        && !task.getConditionText().isBlank()) {
      return task.getConditionText().best(t.language());
    }
    return t.label(task.getCondition());
  }

  // ------------------------------------------------------------------ Uppgifter

  private void facts(Dataset d, String pageHeader) {
    XSSFSheet s = wb.createSheet(t.get("sheet.facts"));
    headerRow(s, new String[] {"facts.col.fact", "facts.col.field", "facts.col.value", "facts.col.values"},
        new int[] {34, 22, 30, 60});
    JsonNode values = OdisJson.mapper().valueToTree(d);
    DataValidationHelper v = s.getDataValidationHelper();
    for (int i = 0; i < Facts.ALL.size(); i++) {
      Facts.Fact f = Facts.ALL.get(i);
      Row r = s.createRow(i + 1);
      var label = Labels.field(f.field);
      text(r, Sheets.FACT, label == null ? f.field : label.best(t.language()), fixedWrapped);
      text(r, Sheets.FIELD, f.field, fixed);
      JsonNode value = values.at(f.pointer());
      text(r, Sheets.VALUE, shown(f, value), editableWrapped);
      text(r, Sheets.VALUES, possible(f), fixedWrapped);
      CellRangeAddressList cell = new CellRangeAddressList(i + 1, i + 1, Sheets.VALUE, Sheets.VALUE);
      if (f.kind == Facts.Kind.ONE) list(s, v, t.labels(f.type), cell, true, possible(f));
      if (f.kind == Facts.Kind.LICENCE) list(s, v, Facts.LICENCES, cell, false, possible(f));
      fit(r, s);
    }
    print(s, pageHeader, true);
    protect(s);
  }

  /** @return a fact's value as its cell shows it: labels for codes, empty for none */
  private String shown(Facts.Fact f, JsonNode value) {
    if (value.isMissingNode() || value.isNull()) return null;
    switch (f.kind) {
      case ONE:
        return t.label(code(f.type, value.asText()));
      case MANY: {
        List<String> labels = new ArrayList<>();
        value.forEach(e -> labels.add(t.label(code(f.type, e.asText()))));
        return String.join(", ", labels);
      }
      default:
        return value.asText();
    }
  }

  private static Enum<?> code(Class<? extends Enum<?>> type, String name) {
    for (Enum<?> e : type.getEnumConstants()) if (e.name().equals(name)) return e;
    throw new IllegalStateException(name + " is no " + type.getSimpleName());
  }

  private String possible(Facts.Fact f) {
    switch (f.kind) {
      case ONE:
        return String.join(", ", t.labels(f.type)) + (f.nullable() ? "; " + t.get("facts.empty") : "");
      case MANY:
        return t.format("facts.list", String.join(", ", t.labels(f.type)));
      case LICENCE:
        return t.format("facts.licence", String.join(", ", Facts.LICENCES)) + "; " + t.get("facts.empty");
      default:
        return t.get("facts.free") + "; " + t.get("facts.empty");
    }
  }

  // ------------------------------------------------------------------ Bedömning

  private void assessment(Assessment a, String pageHeader) {
    XSSFSheet s = wb.createSheet(t.get("sheet.assessment"));
    int[] widths = {24, 12, 16, 34, 50, 40};
    for (int c = 0; c < widths.length; c++) s.setColumnWidth(c, widths[c] * 256);
    int row = 0;
    Row h = s.createRow(row++);
    text(h, 0, t.format("assess.heading", a.getAsOf(), t.label(a.getVerdict())), heading);
    pair(s.createRow(row++), t.get("assess.stage"), a.getStage());
    pair(s.createRow(row++), t.get("assess.nextGate"),
        a.getNextGate() == null ? t.get("assess.none") : t.label(a.getNextGate()) + " (" + a.getNextGate().getTaskId() + ")");
    row++;
    text(s.createRow(row++), 0, t.get("assess.gates"), heading);
    row = tableHeader(s, row, "assess.col.gate", "assess.col.task", "assess.col.state", "assess.col.decidedOn",
        "assess.col.decidedBy", "assess.col.blockers");
    for (GateStatus g : a.getGates()) {
      Row r = s.createRow(row++);
      text(r, 0, t.label(g.getGate()), fixedWrapped);
      text(r, 1, g.getGate().getTaskId(), fixed);
      text(r, 2, t.label(g.getState()), fixed);
      // As every report says it: a decision dated after the assessment day is not taken yet.
      text(r, 3, g.getDecidedOn() == null ? null : g.getDecidedOn().toString(), fixed);
      text(r, 4, g.getDecidedBy(), fixedWrapped);
      text(r, 5, String.join(", ", g.getBlockers()), fixedWrapped);
      fit(r, s);
    }
    row++;
    text(s.createRow(row++), 0, t.get("assess.findings") + " (" + a.getFindings().size() + ")", heading);
    row = tableHeader(s, row, "assess.col.severity", "assess.col.rule", "assess.col.task", "assess.col.title",
        "assess.col.message", "assess.col.remedy");
    for (Finding f : a.getFindings()) {
      Row r = s.createRow(row++);
      text(r, 0, t.label(f.getSeverity()), fixed);
      text(r, 1, f.getRuleId(), fixed);
      text(r, 2, f.getStep(), fixed);
      text(r, 3, f.getTitle().best(t.language()), fixedWrapped);
      text(r, 4, f.getMessage().best(t.language()), fixedWrapped);
      text(r, 5, f.getRemedy().best(t.language()), fixedWrapped);
      fit(r, s);
    }
    row++;
    text(s.createRow(row), 0, t.get("assess.readOnly"), fixed);
    s.createFreezePane(0, 1);
    print(s, pageHeader, true);
    protect(s);
  }

  private void pair(Row r, String label, String value) {
    text(r, 0, label, fixed);
    text(r, 1, value, fixed);
  }

  private int tableHeader(Sheet s, int row, String... keys) {
    Row r = s.createRow(row);
    for (int c = 0; c < keys.length; c++) text(r, c, t.get(keys[c]), header);
    return row + 1;
  }

  // ------------------------------------------------------------------ common

  private void headerRow(Sheet s, String[] keys, int[] widths) {
    Row r = s.createRow(0);
    for (int c = 0; c < keys.length; c++) {
      text(r, c, t.get(keys[c]), header);
      s.setColumnWidth(c, widths[c] * 256);
    }
    s.createFreezePane(0, 1);
  }

  /**
   * Makes a row tall enough for its wrapped texts. Spreadsheet programs do not grow a row for a
   * text they did not lay out themselves, so without this a long task text is cut off on screen
   * and on paper. A generous estimate: a line holds about as many characters as the column is wide.
   */
  private static void fit(Row r, Sheet s) {
    int lines = 1;
    for (Cell c : r) {
      if (!c.getCellStyle().getWrapText() || c.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) continue;
      double perLine = Math.max(1, s.getColumnWidth(c.getColumnIndex()) / 256.0 * 1.1);
      int n = 0;
      for (String line : c.getStringCellValue().split("\n", -1)) n += Math.max(1, (int) Math.ceil(line.length() / perLine));
      lines = Math.max(lines, n);
    }
    if (lines > 1) r.setHeightInPoints(lines * 14.5f + 2);
  }

  private static void text(Row r, int column, String value, CellStyle style) {
    Cell c = r.createCell(column);
    c.setCellStyle(style);
    if (value != null) c.setCellValue(value);
  }

  /** A drop-down list; strict lists refuse anything else in the spreadsheet program too. */
  private void list(Sheet s, DataValidationHelper v, List<String> values, CellRangeAddressList cells, boolean strict,
      String hint) {
    DataValidation dv = v.createValidation(v.createExplicitListConstraint(values.toArray(new String[0])), cells);
    dv.setSuppressDropDownArrow(true); // in XSSF, true shows the arrow
    dv.setShowErrorBox(strict);
    if (strict) dv.createErrorBox(t.get("col.status"), hint);
    dv.setEmptyCellAllowed(true);
    s.addValidationData(dv);
  }

  /** A4, the header row on every page, as wide as one page, the dataset in the page header. */
  private static void print(XSSFSheet s, String pageHeader, boolean landscape) {
    PrintSetup p = s.getPrintSetup();
    p.setPaperSize(PrintSetup.A4_PAPERSIZE);
    p.setLandscape(landscape);
    p.setFitWidth((short) 1);
    p.setFitHeight((short) 0);
    s.setFitToPage(true);
    s.setAutobreaks(true);
    s.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    s.setMargin(Sheet.LeftMargin, 0.5);
    s.setMargin(Sheet.RightMargin, 0.5);
    s.setMargin(Sheet.TopMargin, 0.7);
    s.setMargin(Sheet.BottomMargin, 0.7);
    s.getHeader().setLeft(pageHeader.replace("&", "&&"));
    s.getFooter().setRight("&P / &N");
  }

  /**
   * Only the cells to fill in can be changed; there is no password, so anyone who means to can
   * lift the protection. Columns and rows may be resized, filtered and sorted.
   */
  private static void protect(XSSFSheet s) {
    s.protectSheet("");
    s.lockFormatColumns(false);
    s.lockFormatRows(false);
    s.lockAutoFilter(false);
    s.lockSort(false);
  }
}
