package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.cli.Cli.BLOCKED;
import static se.odis.cli.Cli.PHASE_A;
import static se.odis.cli.Cli.READY;
import static se.odis.cli.Cli.odis;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format xlsx} and {@code --group-by owner} on the command line. */
class XlsxCommandTest {
  @TempDir Path dir;

  @Test
  void xlsx_toAFile_isAWorkbookGroupedByOwner() throws Exception {
    Path target = dir.resolve("portfölj.xlsx");

    var r = odis("assess", "-q", "--as-of", "2026-11-26", "--format", "xlsx", "--group-by", "owner", "--lang", "en",
        "-o", target.toString(), READY, BLOCKED, PHASE_A);

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(target))) {
      List<String> sheets = new ArrayList<>();
      wb.forEach(s -> sheets.add(s.getSheetName()));
      assertThat(sheets).containsExactly("Datasets", "By owner", "Findings");
      assertThat(wb.getSheet("Datasets").getLastRowNum()).isEqualTo(3);
      assertThat(wb.getSheet("By owner").getRow(1).getCell(0).getStringCellValue()).isEqualTo("Byggnadsnämnden");
    }
  }

  @Test
  void xlsx_toStandardOutput_isTheWorkbooksBytes() throws Exception {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();

    var r = OutputTest.run(stdout, "assess", "-q", "--format", "xlsx", READY, BLOCKED);

    assertThat(r.exitCode()).isEqualTo(1);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(stdout.toByteArray()))) {
      assertThat(wb.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("Id");
      assertThat(wb.getSheetAt(0).getRow(1).getCell(3).getStringCellValue()).isEqualTo("Trafiknämnden");
    }
  }

  @Test
  void groupBy_onlyOwner_andOnlyForMarkdownHtmlAndXlsx() {
    var notOwner = odis("assess", "--group-by", "team", "--format", "html", READY);
    var notThere = odis("assess", "--group-by", "owner", "--format", "json", READY);

    assertThat(notOwner.exitCode()).isEqualTo(2);
    assertThat(notOwner.err()).contains("'team' is not a grouping; expected owner");
    assertThat(notThere.exitCode()).isEqualTo(2);
    assertThat(notThere.err()).contains("--group-by applies to --format markdown, html and xlsx, not json");
  }
}
