package se.odis.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.odis.model.Assessment;
import se.odis.model.InputProblem;
import se.odis.model.InvalidInputException;
import se.odis.model.PersonalDataStatus;
import se.odis.model.ProtectiveMeasure;
import se.odis.model.Secrecy;
import se.odis.model.TaskId;
import se.odis.model.TaskStatus;
import se.odis.rules.Assessor;

/** The checklist workbook: written, edited through POI as a person would in Excel, read back strictly. */
class ChecklistWorkbookTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
  private static Assessor assessor;

  @BeforeAll
  static void rules() {
    assessor = Assessor.create();
  }

  static RecordFile file() throws InvalidInputException {
    return RecordFile.starter("parkering", "Parkeringsplatser", "parkering.json")
        .set("roles.producer", "Trafikkontoret")
        .progress("A.1.1.1", TaskStatus.DONE, LocalDate.of(2026, 1, 10), "Anna", "Listad i inventeringen");
  }

  static byte[] workbook(RecordFile f, String language) throws IOException {
    Assessment a = assessor.assess(f.dataset(), DAY);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ChecklistWorkbook.write(f, a, language, out);
    return out.toByteArray();
  }

  static XSSFWorkbook open(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  static byte[] save(XSSFWorkbook wb) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    wb.close();
    return out.toByteArray();
  }

  static RecordFile read(RecordFile f, byte[] bytes) throws InvalidInputException {
    return ChecklistWorkbook.read(f, new ByteArrayInputStream(bytes), "parkering.xlsx");
  }

  /** The row of a task on the checklist sheet. */
  static Row task(Sheet s, String id) {
    for (Row r : s) {
      Cell c = r.getCell(Sheets.TASK);
      if (c != null && id.equals(c.getStringCellValue())) return r;
    }
    throw new AssertionError("no row for " + id);
  }

  /** The row of a fact on the facts sheet. */
  static Row fact(Sheet s, String field) {
    for (Row r : s) {
      Cell c = r.getCell(Sheets.FIELD);
      if (c != null && field.equals(c.getStringCellValue())) return r;
    }
    throw new AssertionError("no row for " + field);
  }

  static void put(Row r, int column, String value) {
    Cell c = r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
    c.setCellValue(value);
  }

  // ------------------------------------------------------------------ writing

  @Test
  void write_threeSheetsInSwedish_everyTaskInGuideOrder_withTheDatasetsProgress() throws Exception {
    try (XSSFWorkbook wb = open(workbook(file(), "sv"))) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(3);
      assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)))
          .containsExactly("Checklista", "Uppgifter", "Bedömning");
      Sheet s = wb.getSheet("Checklista");
      assertThat(s.getLastRowNum()).isEqualTo(56);
      assertThat(s.getRow(0).getCell(Sheets.STATUS).getStringCellValue()).isEqualTo("Status");
      assertThat(s.getRow(1).getCell(Sheets.TASK).getStringCellValue()).isEqualTo("A.1.1.1");
      assertThat(s.getRow(1).getCell(Sheets.STATUS).getStringCellValue()).isEqualTo("klar");
      assertThat(s.getRow(1).getCell(Sheets.DATE).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 10));
      assertThat(s.getRow(1).getCell(Sheets.DATE).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
      assertThat(s.getRow(1).getCell(Sheets.BY).getStringCellValue()).isEqualTo("Anna");
      assertThat(s.getRow(2).getCell(Sheets.STATUS).getStringCellValue()).isEqualTo("ej påbörjad");
      assertThat(task(s, "A.3.2.1").getCell(Sheets.WHEN).getStringCellValue()).isEqualTo("vid behov");
      assertThat(task(s, "B.3.2.2").getCell(Sheets.TEXT).getStringCellValue()).isEqualTo("Fatta beslut om publicering");
      Sheet facts = wb.getSheet("Uppgifter");
      assertThat(fact(facts, "roles.producer").getCell(Sheets.VALUE).getStringCellValue()).isEqualTo("Trafikkontoret");
      assertThat(fact(facts, "secrecy").getCell(Sheets.VALUE).getStringCellValue()).isEqualTo("okänt");
      assertThat(fact(facts, "secrecy").getCell(Sheets.FACT).getStringCellValue()).isNotBlank().isNotEqualTo("secrecy");
      Sheet assessment = wb.getSheet("Bedömning");
      assertThat(assessment.getRow(0).getCell(0).getStringCellValue()).startsWith("Bedömning 2026-03-01: ");
    }
  }

  /** The row of a gate, by its task, in the assessment sheet's table of gates. */
  private static Row gate(Sheet s, String task) {
    for (Row r : s) {
      Cell c = r.getCell(1);
      if (c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && task.equals(c.getStringCellValue())) {
        return r;
      }
    }
    throw new AssertionError("no gate row for " + task);
  }

  @Test
  void write_assessmentSheet_saysWhoDecidedEachGateWhen_butNotADecisionDatedLater() throws Exception {
    RecordFile f = file().set("roles.owner", "Trafiknämnden")
        .progress("A.3.3.1", TaskStatus.DONE, LocalDate.of(2026, 2, 1), "Trafiknämnden", "TN 2026/12")
        .progress("B.3.2.2", TaskStatus.DONE, DAY.plusDays(30), "Kommunstyrelsen", null);

    try (XSSFWorkbook wb = open(workbook(f, "sv"))) {
      Sheet s = wb.getSheet("Bedömning");
      assertThat(gate(s, "A.3.3.1").getCell(3).getStringCellValue()).isEqualTo("2026-02-01");
      assertThat(gate(s, "A.3.3.1").getCell(4).getStringCellValue()).isEqualTo("Trafiknämnden");
      Row later = gate(s, "B.3.2.2");
      assertThat(later.getCell(3) == null ? "" : later.getCell(3).getStringCellValue()).as("decided after %s", DAY).isEmpty();
      assertThat(later.getCell(4) == null ? "" : later.getCell(4).getStringCellValue()).isEmpty();
    }
  }

  @Test
  void write_forAPersonAndForPaper_dropDownsFrozenHeaderA4AndOnlyTheInputsEditable() throws Exception {
    try (XSSFWorkbook wb = open(workbook(file(), "sv"))) {
      for (int i = 0; i < 3; i++) {
        XSSFSheet s = wb.getSheetAt(i);
        assertThat(s.getPaneInformation()).as(s.getSheetName()).isNotNull();
        assertThat(s.getPaneInformation().isFreezePane()).isTrue();
        assertThat(s.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(s.getFitToPage()).isTrue();
        assertThat(s.getRepeatingRows()).isNotNull();
        assertThat(s.getProtect()).isTrue();
      }
      XSSFSheet s = wb.getSheet("Checklista");
      List<String> lists = s.getDataValidations().stream()
          .map(DataValidation::getValidationConstraint)
          .filter(c -> c.getExplicitListValues() != null)
          .map(c -> String.join("|", c.getExplicitListValues())).collect(Collectors.toList());
      assertThat(lists).containsExactly("ej påbörjad|påbörjad|klar|ej aktuell");
      Row r = task(s, "A.3.3.1");
      assertThat(r.getCell(Sheets.STATUS).getCellStyle().getLocked()).isFalse();
      assertThat(r.getCell(Sheets.NOTE).getCellStyle().getLocked()).isFalse();
      assertThat(r.getCell(Sheets.TASK).getCellStyle().getLocked()).isTrue();
      assertThat(r.getCell(Sheets.TEXT).getCellStyle().getLocked()).isTrue();
      assertThat(s.getColumnWidth(Sheets.TEXT)).isGreaterThan(s.getColumnWidth(Sheets.TASK) * 4);
      assertThat(wb.getSheet("Uppgifter").getDataValidations()).hasSizeGreaterThanOrEqualTo(8);
    }
  }

  @Test
  void write_inEnglish() throws Exception {
    try (XSSFWorkbook wb = open(workbook(file(), "en"))) {
      assertThat(wb.getSheetName(0)).isEqualTo("Checklist");
      assertThat(wb.getSheet("Checklist").getRow(1).getCell(Sheets.STATUS).getStringCellValue()).isEqualTo("done");
      assertThat(fact(wb.getSheet("Facts"), "secrecy").getCell(Sheets.VALUE).getStringCellValue()).isEqualTo("unknown");
    }
  }

  // ------------------------------------------------------------------ reading back

  @Test
  void read_unedited_changesNothing() throws Exception {
    RecordFile f = file().set("secrecyMeasures", "ELIMINATION,AGGREGATION").set("licence", "CC0-1.0")
        .progress("B.2.2.1", TaskStatus.IN_PROGRESS, DAY, "", "  ");

    RecordFile back = read(f, workbook(f, "sv"));
    RecordFile backEn = read(f, workbook(f, "en"));

    assertThat(back.text()).isEqualTo(f.text());
    assertThat(backEn.text()).isEqualTo(f.text());
  }

  @Test
  void read_editedAsAPersonWould_takesEveryValue_andAgainChangesNothing() throws Exception {
    RecordFile f = file();
    XSSFWorkbook wb = open(workbook(f, "sv"));
    Sheet s = wb.getSheet("Checklista");
    Row go = task(s, "A.3.3.1");
    put(go, Sheets.STATUS, "Klar");                                       // the list's label, another case
    go.getCell(Sheets.DATE).setCellValue(LocalDate.of(2026, 2, 14));      // a date cell
    put(go, Sheets.BY, "Trafiknämnden");
    put(go, Sheets.NOTE, "TN 2026/12\nenhälligt");
    Row typed = task(s, "A.3.1.1");
    put(typed, Sheets.STATUS, "DONE");                                    // the code, as in the JSON
    put(typed, Sheets.DATE, "2026-02-01");                                // a date typed as text
    put(task(s, "A.1.1.1"), Sheets.NOTE, "");                             // a note removed
    put(task(s, "A.3.2.1"), Sheets.STATUS, "ej aktuell");                 // a task "vid behov"
    Sheet facts = wb.getSheet("Uppgifter");
    put(fact(facts, "roles.owner"), Sheets.VALUE, "Trafiknämnden");
    put(fact(facts, "personalData.status"), Sheets.VALUE, "inga personuppgifter");
    put(fact(facts, "secrecy"), Sheets.VALUE, "NONE");
    put(fact(facts, "secrecyMeasures"), Sheets.VALUE, "eliminering, AGGREGATION");
    put(fact(facts, "licence"), Sheets.VALUE, "CC-BY-4.0");
    put(fact(facts, "roles.producer"), Sheets.VALUE, "");
    byte[] edited = save(wb);

    RecordFile back = read(f, edited);

    var d = back.dataset();
    var p = d.getProgress().get(TaskId.of("A.3.3.1"));
    assertThat(p.getStatus()).isEqualTo(TaskStatus.DONE);
    assertThat(p.getDate()).isEqualTo(LocalDate.of(2026, 2, 14));
    assertThat(p.getBy()).isEqualTo("Trafiknämnden");
    assertThat(p.getNote()).isEqualTo("TN 2026/12\nenhälligt");
    assertThat(d.getProgress().get(TaskId.of("A.3.1.1")).getDate()).isEqualTo(LocalDate.of(2026, 2, 1));
    assertThat(d.getProgress().get(TaskId.of("A.1.1.1")).getNote()).isNull();
    assertThat(d.getProgress().get(TaskId.of("A.1.1.1")).getBy()).isEqualTo("Anna");
    assertThat(d.statusOf("A.3.2.1")).isEqualTo(TaskStatus.NOT_APPLICABLE);
    assertThat(d.getRoles().getOwner()).isEqualTo("Trafiknämnden");
    assertThat(d.getRoles().getProducer()).isNull();
    assertThat(d.getPersonalData().getStatus()).isEqualTo(PersonalDataStatus.NONE);
    assertThat(d.getSecrecy()).isEqualTo(Secrecy.NONE);
    assertThat(d.getSecrecyMeasures()).containsExactlyInAnyOrder(ProtectiveMeasure.ELIMINATION, ProtectiveMeasure.AGGREGATION);
    assertThat(d.getLicence()).isEqualTo("CC-BY-4.0");
    assertThat(read(back, edited).text()).as("the same workbook read again").isEqualTo(back.text());
    assertThat(read(back, workbook(back, "sv")).text()).as("a new workbook read back").isEqualTo(back.text());
  }

  @Test
  void read_invalidCells_areEachNamed_andNothingIsTaken() throws Exception {
    RecordFile f = file();
    XSSFWorkbook wb = open(workbook(f, "sv"));
    Sheet s = wb.getSheet("Checklista");
    put(task(s, "A.3.3.1"), Sheets.STATUS, "klart");
    put(task(s, "A.3.1.1"), Sheets.DATE, "1/3/2026");
    put(task(s, "B.3.2.2"), Sheets.STATUS, "ej aktuell");
    put(task(s, "B.1.1.2"), Sheets.STATUS, "klar");                       // valid, but not taken
    put(fact(wb.getSheet("Uppgifter"), "secrecy"), Sheets.VALUE, "kanske");
    byte[] edited = save(wb);

    InvalidWorkbookException e = (InvalidWorkbookException) org.assertj.core.api.Assertions.catchThrowable(() -> read(f, edited));

    assertThat(e.getProblems()).extracting(InputProblem::toString).containsExactly(
        "parkering.xlsx: Checklista!H" + (row("A.3.1.1") + 1)
            + ": \"1/3/2026\" is not a date written YYYY-MM-DD; expected a date, e.g. 2026-01-31",
        "parkering.xlsx: Checklista!G" + (row("A.3.3.1") + 1)
            + ": \"klart\" is not a status; expected one of ej påbörjad, påbörjad, klar, ej aktuell",
        "parkering.xlsx: Checklista!G" + (row("B.3.2.2") + 1)
            + ": task B.3.2.2 always applies in the guide, so it cannot be NOT_APPLICABLE; expected DONE, IN_PROGRESS or "
            + "NOT_STARTED (only the guide's conditional tasks — when needed, if possible, or under a condition — can be "
            + "judged not applicable)",
        "parkering.xlsx: Uppgifter!C7: \"kanske\" is not a value of secrecy; expected one of ingen sekretess, "
            + "delvis sekretess, sekretess för hela datan, okänt");
  }

  /** @return the 0-based row of a task on the checklist sheet */
  private static int row(String task) {
    return se.odis.model.Guide.odis().order(task) + 1;
  }

  @Test
  void read_workbookOfAnotherDatasetOrNoWorkbook_isRefused() throws Exception {
    byte[] other = workbook(RecordFile.starter("lekplatser", null, "lekplatser.json"), "sv");

    assertThatThrownBy(() -> read(file(), other)).isInstanceOf(InvalidInputException.class)
        .hasMessage("parkering.xlsx: is the checklist of the dataset 'lekplatser', not of 'parkering' (parkering.json); "
            + "expected the workbook written for parkering.json");
    assertThatThrownBy(() -> read(file(), "id;status\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("parkering.xlsx: is not an Excel workbook");
    assertThatThrownBy(() -> read(file(), new byte[0])).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("parkering.xlsx: is not an Excel workbook");
  }

  @Test
  void read_aWorkbookNotWrittenByOdis_orMissingRows_isRefused() throws Exception {
    XSSFWorkbook plain = new XSSFWorkbook();
    plain.createSheet("Checklista");
    byte[] foreign = save(plain);
    XSSFWorkbook wb = open(workbook(file(), "sv"));
    Sheet s = wb.getSheet("Checklista");
    s.removeRow(task(s, "C.3.1.5"));
    byte[] shorter = save(wb);

    assertThatThrownBy(() -> read(file(), foreign)).hasMessage(
        "parkering.xlsx: was not written by odis checklist; expected a workbook written by odis checklist FILE -o WORKBOOK");
    InvalidWorkbookException e = (InvalidWorkbookException) org.assertj.core.api.Assertions.catchThrowable(() -> read(file(), shorter));
    assertThat(e.getProblems()).singleElement().hasToString("parkering.xlsx: Checklista: the rows of task C.3.1.5 are missing; "
        + "expected a row for each of the guide's tasks, as odis checklist writes them");
  }
}
