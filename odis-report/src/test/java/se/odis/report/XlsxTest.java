package se.odis.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.odis.model.Dataset;
import se.odis.model.ImmutableDataset;
import se.odis.model.LocalizedText;
import se.odis.model.ImmutableRoles;
import se.odis.model.InputProblem;

/** {@code --format xlsx}: the portfolio as a workbook, read back with Apache POI as a spreadsheet does. */
class XlsxTest {
  private static final ReportOptions EN = ReportOptions.builder().language(Language.EN).build();

  @Test
  void portfolio_isASheetOfDatasets_andASheetOfFindings_withEnglishHeadersAndFilters() throws Exception {
    try (XSSFWorkbook wb = read(EN, Examples.reports(), null)) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(2);
      XSSFSheet datasets = wb.getSheet("Datasets");
      assertThat(texts(datasets.getRow(0))).startsWith("#", "Id", "Title", "Owner", "Verdict", "Stage", "Next gate",
          "Blockers");
      assertThat(datasets.getLastRowNum()).isEqualTo(3);
      assertThat(texts(datasets.getRow(1)).subList(1, 6)).containsExactly("exempelkommun-bygglov-02",
          "Building permit applications", "Byggnadsnämnden", "BLOCKED", "B2");
      Cell blockers = datasets.getRow(1).getCell(7);
      assertThat(blockers.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(blockers.getNumericCellValue()).isEqualTo(Examples.blocked().assessment().blockerCount());
      assertThat(datasets.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:N4");
      assertThat(datasets.getPaneInformation().isFreezePane()).isTrue();

      XSSFSheet findings = wb.getSheet("Findings");
      int expected = 0;
      for (DatasetReport r : Examples.reports()) expected += r.assessment().getFindings().size();
      assertThat(findings.getLastRowNum()).isEqualTo(expected);
      assertThat(texts(findings.getRow(1)).subList(1, 5)).containsExactly("exempelkommun-bygglov-02",
          "Byggnadsnämnden", "Blocker", "PD-003");
      assertThat(findings.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:K");
    }
  }

  @Test
  void swedish_headersAndValuesInSwedish_andUnreadableInputsOnTheirOwnSheet() throws Exception {
    InputProblem bad = new InputProblem("bad.json", 3, 14, "/secrecy", "\"MAYBE\" is not allowed", "one of NONE");
    try (XSSFWorkbook wb = read(ReportOptions.defaults(), Examples.reports(), bad)) {
      Sheet datasets = wb.getSheet("Datamängder");
      assertThat(texts(datasets.getRow(0))).startsWith("#", "Id", "Titel", "Ägare", "Resultat");
      assertThat(texts(datasets.getRow(3)).get(4)).isEqualTo("KLAR ATT PUBLICERA");
      assertThat(texts(wb.getSheet("Anmärkningar").getRow(1)).get(3)).isEqualTo("Blockerande");
      Sheet errors = wb.getSheet("Kunde inte läsas");
      assertThat(texts(errors.getRow(1))).containsExactly("bad.json", "3", "14", "/secrecy", "\"MAYBE\" is not allowed",
          "one of NONE");
    }
  }

  @Test
  void aTitleThatLooksLikeAFormula_isAText_andAHugeTitleIsCut() throws Exception {
    Dataset formula = ImmutableDataset.builder().id("f")
        .title(LocalizedText.of(java.util.Map.of("sv", "=HYPERLINK(\"x\")"))).build();
    Dataset huge = ImmutableDataset.builder().id("h")
        .title(LocalizedText.of(java.util.Map.of("sv", "x".repeat(40_000)))).build();
    var assessor = se.odis.rules.Assessor.create();
    List<DatasetReport> reports = List.of(DatasetReport.of(formula, assessor.assess(formula, Examples.AS_OF)),
        DatasetReport.of(huge, assessor.assess(huge, Examples.AS_OF)));

    try (XSSFWorkbook wb = read(ReportOptions.defaults(), reports, null)) {
      Cell title = wb.getSheetAt(0).getRow(1).getCell(2);
      assertThat(title.getCellType()).isEqualTo(CellType.STRING);
      assertThat(title.getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
      assertThat(wb.getSheetAt(0).getRow(2).getCell(2).getStringCellValue()).hasSize(XlsxWriter.MAX_CELL).endsWith("…");
    }
  }

  @Test
  void groupedByOwner_hasEachOwnersCountsOnTheSecondSheet() throws Exception {
    List<DatasetReport> reports = new ArrayList<>(Examples.reports());
    reports.add(withOwner(Examples.reports().get(2), "Trafiknämnden", "b"));
    reports.add(withOwner(Examples.reports().get(2), null, "c"));
    ReportOptions grouped = ReportOptions.builder().language(Language.EN).groupByOwner(true).build();

    try (XSSFWorkbook wb = read(grouped, reports, null)) {
      Sheet owners = wb.getSheetAt(1);
      assertThat(owners.getSheetName()).isEqualTo("By owner");
      assertThat(texts(owners.getRow(0))).startsWith("Owner", "Datasets", "READY TO PUBLISH", "BLOCKED");
      List<String> names = new ArrayList<>();
      for (int i = 1; i <= owners.getLastRowNum(); i++) names.add(texts(owners.getRow(i)).get(0));
      assertThat(names).containsExactly("Byggnadsnämnden", "Trafiknämnden", "(no owner given)");
      assertThat(texts(owners.getRow(2)).subList(0, 3)).containsExactly("Trafiknämnden", "2", "2");
      assertThat(texts(owners.getRow(3)).subList(0, 2)).containsExactly("(no owner given)", "2");
    }
  }

  @Test
  void manyDatasets_streamThroughTemporaryFilesWithoutNames_andAllArrive() throws Exception {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    List<Path> before = temporaryFiles(tmp);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PortfolioReport p = Reports.writer(Format.XLSX, EN).open(out)) {
      for (int i = 0; i < 600; i++) p.add(Examples.reports().get(i % 3));
      // Rows beyond the window are in temporary files by now; none has a name a killed process would leave.
      assertThat(temporaryFiles(tmp)).isEqualTo(before);
      p.finish();
    }
    assertThat(temporaryFiles(tmp)).isEqualTo(before);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(wb.getSheet("Datasets").getLastRowNum()).isEqualTo(600);
      assertThat(texts(wb.getSheet("Datasets").getRow(600)).get(1)).isEqualTo("exempelkommun-parkering-01");
      int findings = 0;
      for (DatasetReport r : Examples.reports()) findings += r.assessment().getFindings().size();
      assertThat(wb.getSheet("Findings").getLastRowNum()).isEqualTo(200 * findings);
    }
  }

  private static List<Path> temporaryFiles(Path tmp) throws Exception {
    List<Path> out = new ArrayList<>();
    for (Path dir : List.of(tmp, tmp.resolve("poifiles"))) {
      if (!Files.isDirectory(dir)) continue;
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(f -> f.getFileName().toString().startsWith("odis-report-") || dir.endsWith("poifiles"))
            .sorted().forEach(out::add);
      }
    }
    return out;
  }

  @Test
  void xlsx_isNotText() {
    assertThat(Format.XLSX.isText()).isFalse();
    assertThatThrownBy(() -> Reports.writer(Format.XLSX, EN).write(Examples.reports(), new StringWriter()))
        .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("OutputStream");
  }

  private static DatasetReport withOwner(DatasetReport r, String owner, String id) {
    Dataset d = ImmutableDataset.builder().from(r.dataset()).id(id)
        .roles(ImmutableRoles.builder().from(r.dataset().getRoles()).owner(owner).build()).build();
    return new DatasetReport(d, se.odis.model.ImmutableAssessment.builder().from(r.assessment()).datasetId(id).build(),
        r.origin(), r.notes());
  }

  private static XSSFWorkbook read(ReportOptions options, List<DatasetReport> reports, InputProblem bad) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PortfolioReport p = Reports.writer(Format.XLSX, options).open(out)) {
      for (DatasetReport r : reports) p.add(r);
      if (bad != null) p.failed(bad);
      p.finish();
    }
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  private static List<String> texts(Row row) {
    List<String> out = new ArrayList<>();
    for (Cell c : row) {
      out.add(c.getCellType() == CellType.NUMERIC ? Long.toString((long) c.getNumericCellValue()) : c.getStringCellValue());
    }
    return out;
  }
}
