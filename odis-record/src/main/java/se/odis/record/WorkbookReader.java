package se.odis.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;
import se.odis.model.DatasetReader;
import se.odis.model.Guide;
import se.odis.model.GuideTask;
import se.odis.model.InputProblem;
import se.odis.model.InvalidInputException;
import se.odis.model.OdisJson;
import se.odis.model.TaskId;
import se.odis.model.TaskProgress;
import se.odis.model.TaskStatus;

/**
 * Reads an edited checklist workbook back into its dataset file, strictly: every cell that is not
 * a valid value is a problem naming its sheet and cell, and the file is changed only if there is
 * none. A row whose cells say what the file says changes nothing, so a workbook read back unedited
 * leaves the file as it was.
 */
final class WorkbookReader {
  private final String source;
  private final List<InputProblem> problems = new ArrayList<>();
  private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
  private WorkbookTexts t;
  private FormulaEvaluator evaluator;
  private boolean date1904;

  private WorkbookReader(String source) {
    this.source = source;
  }

  static RecordFile read(RecordFile file, InputStream in, String source) throws InvalidInputException {
    return new WorkbookReader(source).read(file, in);
  }

  private RecordFile read(RecordFile file, InputStream in) throws InvalidInputException {
    byte[] bytes;
    try {
      bytes = in.readNBytes(DatasetReader.MAX_BYTES + 1);
    } catch (IOException e) {
      throw whole("cannot be read: " + e.getMessage(), null);
    }
    if (bytes.length > DatasetReader.MAX_BYTES) throw whole("is larger than 32 MB", "a checklist workbook of a few kilobytes");
    org.apache.poi.ss.usermodel.Workbook w;
    try {
      w = WorkbookFactory.create(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      // POI says why in its own words (a zip that is not a workbook, a Word file, encryption…).
      throw whole("is not an Excel workbook", "a workbook written by odis checklist (.xlsx)");
    }
    try (w) {
      if (!(w instanceof XSSFWorkbook)) throw whole("is an old Excel file (.xls)", "a workbook written by odis checklist (.xlsx)");
      return read(file, (XSSFWorkbook) w);
    } catch (IOException e) {
      throw whole("cannot be read: " + e.getMessage(), null);
    }
  }

  private RecordFile read(RecordFile file, XSSFWorkbook wb) throws InvalidInputException {
    String format = property(wb, Sheets.PROP_FORMAT);
    if (!Sheets.FORMAT.equals(format)) {
      throw whole("was not written by odis checklist", "a workbook written by odis checklist FILE -o WORKBOOK");
    }
    String id = file.dataset().getId();
    String dataset = property(wb, Sheets.PROP_DATASET);
    if (!id.equals(dataset)) {
      throw whole("is the checklist of the dataset '" + dataset + "', not of '" + id + "' (" + file.source() + ")",
          "the workbook written for " + file.source());
    }
    t = WorkbookTexts.of(property(wb, Sheets.PROP_LANGUAGE));
    evaluator = wb.getCreationHelper().createFormulaEvaluator();
    date1904 = wb.isDate1904();
    RecordFile edited = file;
    edited = checklist(edited, sheet(wb, t.get("sheet.checklist")));
    edited = facts(edited, sheet(wb, t.get("sheet.facts")));
    if (!problems.isEmpty()) throw new InvalidWorkbookException(problems);
    return edited;
  }

  private Sheet sheet(XSSFWorkbook wb, String name) throws InvalidInputException {
    Sheet s = wb.getSheet(name);
    if (s == null) throw whole("has no sheet '" + name + "'", "the sheets of a workbook written by odis checklist");
    return s;
  }

  private static String property(XSSFWorkbook wb, String name) {
    CTProperty p = wb.getProperties().getCustomProperties().getProperty(name);
    return p == null ? null : p.getLpwstr();
  }

  private InvalidInputException whole(String problem, String expected) {
    return new InvalidInputException(new InputProblem(source, 0, 0, "", problem, expected), null);
  }

  private void problem(String sheet, int row, int column, String problem, String expected) {
    problems.add(new InputProblem(source, 0, 0, Sheets.cell(sheet, row, column), problem, expected));
  }

  // ------------------------------------------------------------------ Checklista

  /** A task's row as the workbook has it. */
  private static final class Entry {
    final TaskStatus status;
    final LocalDate date;
    final String by;
    final String note;

    Entry(TaskStatus status, LocalDate date, String by, String note) {
      this.status = status;
      this.date = date;
      this.by = blankless(by);
      this.note = blankless(note);
    }

    static Entry of(TaskProgress p) {
      return p == null ? new Entry(TaskStatus.NOT_STARTED, null, null, null)
          : new Entry(p.getStatus(), p.getDate(), p.getBy(), p.getNote());
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Entry)) return false;
      Entry e = (Entry) o;
      return status == e.status && Objects.equals(date, e.date) && Objects.equals(by, e.by) && Objects.equals(note, e.note);
    }

    @Override
    public int hashCode() {
      return Objects.hash(status, date, by, note);
    }
  }

  private RecordFile checklist(RecordFile file, Sheet s) {
    String name = s.getSheetName();
    Map<String, Integer> rows = new LinkedHashMap<>();
    RecordFile edited = file;
    for (int r = 1; r <= s.getLastRowNum(); r++) {
      Row row = s.getRow(r);
      if (row == null) continue;
      String task = text(row, Sheets.TASK);
      if (task == null) {
        if (text(row, Sheets.STATUS) != null || text(row, Sheets.BY) != null || text(row, Sheets.NOTE) != null) {
          problem(name, r, Sheets.TASK, "the row has no task", "a task id such as A.3.3.1 in every filled-in row");
        }
        continue;
      }
      TaskId id;
      try {
        id = TaskId.of(task.strip());
      } catch (IllegalArgumentException e) {
        problem(name, r, Sheets.TASK, "\"" + task + "\" is not a task of the guide", "a task id from A.1.1.1 to C.3.1.5");
        continue;
      }
      Integer earlier = rows.put(id.getId(), r);
      if (earlier != null) {
        problem(name, r, Sheets.TASK, "task " + id + " is listed again (also in row " + (earlier + 1) + ")",
            "each task in one row");
        continue;
      }
      TaskStatus status = TaskStatus.NOT_STARTED;
      String given = text(row, Sheets.STATUS);
      if (given != null) {
        Enum<?> parsed = t.parse(TaskStatus.class, given);
        if (parsed == null) {
          problem(name, r, Sheets.STATUS, "\"" + given + "\" is not a status",
              "one of " + String.join(", ", t.labels(TaskStatus.class)));
          continue;
        }
        status = (TaskStatus) parsed;
      }
      int before = problems.size();
      LocalDate date = date(row, name, r);
      if (problems.size() > before) continue;
      Entry now = new Entry(status, date, text(row, Sheets.BY), text(row, Sheets.NOTE));
      if (now.equals(Entry.of(file.dataset().getProgress().get(id)))) continue;
      try {
        edited = edited.progressExactly(id.getId(), now.status, now.date, now.by, now.note);
      } catch (InvalidInputException e) {
        String pointer = e.getProblem().getPointer();
        int column = pointer.endsWith("/by") ? Sheets.BY : pointer.endsWith("/note") ? Sheets.NOTE
            : pointer.endsWith("/date") ? Sheets.DATE : Sheets.STATUS;
        problem(name, r, column, e.getProblem().getProblem(), e.getProblem().getExpected());
      }
    }
    List<String> missing = new ArrayList<>();
    for (GuideTask task : Guide.odis().getTasks()) if (!rows.containsKey(task.getId())) missing.add(task.getId());
    if (!missing.isEmpty()) {
      problems.add(new InputProblem(source, 0, 0, name, "the rows of " + (missing.size() == 1 ? "task " : "tasks ")
          + String.join(", ", missing) + " are missing", "a row for each of the guide's tasks, as odis checklist writes them"));
    }
    return edited;
  }

  private LocalDate date(Row row, String sheet, int r) {
    Cell c = row.getCell(Sheets.DATE);
    if (c == null) return null;
    CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    switch (type) {
      case BLANK:
        return null;
      case NUMERIC: {
        double v = c.getNumericCellValue();
        if (!DateUtil.isValidExcelDate(v)) {
          problem(sheet, r, Sheets.DATE, "the number " + formatter.formatCellValue(c) + " is not a date", "a date, YYYY-MM-DD");
          return null;
        }
        LocalDateTime when = DateUtil.getLocalDateTime(v, date1904);
        if (!when.toLocalTime().equals(LocalTime.MIDNIGHT)) {
          problem(sheet, r, Sheets.DATE, when + " has a time of day", "a date without a time, YYYY-MM-DD");
          return null;
        }
        return when.toLocalDate();
      }
      case STRING: {
        String s = c.getStringCellValue().strip();
        if (s.isEmpty()) return null;
        if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
          try {
            return LocalDate.parse(s);
          } catch (java.time.DateTimeException e) {
            problem(sheet, r, Sheets.DATE, "\"" + s + "\" is not a day of the calendar", "a date, YYYY-MM-DD");
            return null;
          }
        }
        problem(sheet, r, Sheets.DATE, "\"" + s + "\" is not a date written YYYY-MM-DD", "a date, e.g. 2026-01-31");
        return null;
      }
      default:
        problem(sheet, r, Sheets.DATE, "\"" + formatter.formatCellValue(c, evaluator) + "\" is not a date", "a date, YYYY-MM-DD");
        return null;
    }
  }

  // ------------------------------------------------------------------ Uppgifter

  private RecordFile facts(RecordFile file, Sheet s) {
    String name = s.getSheetName();
    Map<String, Facts.Fact> byField = new HashMap<>();
    Facts.ALL.forEach(f -> byField.put(f.field, f));
    Set<String> seen = new HashSet<>();
    JsonNode values = OdisJson.mapper().valueToTree(file.dataset());
    RecordFile edited = file;
    for (int r = 1; r <= s.getLastRowNum(); r++) {
      Row row = s.getRow(r);
      if (row == null) continue;
      String field = text(row, Sheets.FIELD);
      if (field == null) {
        if (text(row, Sheets.VALUE) != null) {
          problem(name, r, Sheets.FIELD, "the row has no field", "a field such as secrecy in every filled-in row");
        }
        continue;
      }
      Facts.Fact f = byField.get(field.strip());
      if (f == null || !seen.add(f.field)) {
        problem(name, r, Sheets.FIELD, f == null ? "\"" + field + "\" is not a field of this sheet"
            : "the field " + f.field + " is listed again", "the fields as odis checklist writes them, each once");
        continue;
      }
      String given = text(row, Sheets.VALUE);
      List<String> codes = codes(f, given, name, r);
      if (codes == null) continue;
      if (same(f, codes, values.at(f.pointer()))) continue;
      try {
        edited = codes.isEmpty() && f.kind != Facts.Kind.MANY ? edited.unset(f.field)
            : edited.set(f.field, String.join(",", codes));
      } catch (InvalidInputException e) {
        problem(name, r, Sheets.VALUE, e.getProblem().getProblem(), e.getProblem().getExpected());
      }
    }
    Set<String> missing = new TreeSet<>(byField.keySet());
    missing.removeAll(seen);
    if (!missing.isEmpty()) {
      problems.add(new InputProblem(source, 0, 0, name, "the rows of " + String.join(", ", missing) + " are missing",
          "a row for each fact, as odis checklist writes them"));
    }
    return edited;
  }

  /** @return the value of a fact's cell as codes (one text for text), empty for none, null if invalid */
  private List<String> codes(Facts.Fact f, String given, String sheet, int r) {
    if (given == null) return List.of();
    switch (f.kind) {
      case ONE:
      case MANY: {
        List<String> out = new ArrayList<>();
        for (String item : f.kind == Facts.Kind.ONE ? List.of(given) : List.of(given.split(",", -1))) {
          if (item.isBlank()) continue;
          Enum<?> e = t.parse(f.type, item);
          if (e == null) {
            problem(sheet, r, Sheets.VALUE, "\"" + item.strip() + "\" is not a value of " + f.field,
                (f.kind == Facts.Kind.MANY ? "any of " : "one of ") + String.join(", ", t.labels(f.type)));
            return null;
          }
          out.add(e.name());
        }
        return out;
      }
      default:
        return List.of(given.strip());
    }
  }

  /** @return true if the cell says what the file says (no value and the default are the same) */
  private static boolean same(Facts.Fact f, List<String> codes, JsonNode current) {
    if (f.kind == Facts.Kind.MANY) {
      Set<String> now = new TreeSet<>();
      current.forEach(e -> now.add(e.asText()));
      return now.equals(new TreeSet<>(codes));
    }
    String was = current.isMissingNode() || current.isNull() ? null : blankless(current.asText());
    String is = codes.isEmpty() ? null : codes.get(0);
    if (f.kind == Facts.Kind.ONE && !f.nullable() && is == null) is = "UNKNOWN";
    return Objects.equals(was, is);
  }

  /** @return a cell's text as a person sees it, or null if it is blank */
  private String text(Row row, int column) {
    Cell c = row.getCell(column);
    if (c == null) return null;
    String s = c.getCellType() == CellType.STRING ? c.getStringCellValue() : formatter.formatCellValue(c, evaluator);
    return blankless(s);
  }

  private static String blankless(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
