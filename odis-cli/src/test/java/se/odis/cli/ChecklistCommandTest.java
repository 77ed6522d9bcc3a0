package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.cli.Cli.odis;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.odis.cli.Cli.Result;
import se.odis.model.DatasetReader;
import se.odis.model.TaskStatus;

/** {@code odis checklist}: the workbook written, filled in, read back. */
class ChecklistCommandTest {
  @TempDir Path dir;

  private Path dataset() {
    Path file = dir.resolve("parkering.json");
    assertThat(odis("init", "-o", file.toString(), "--title", "Parkeringsplatser").exitCode()).isZero();
    return file;
  }

  private static void edit(Path xlsx, String task, int column, String value) throws Exception {
    XSSFWorkbook wb;
    try (InputStream in = Files.newInputStream(xlsx)) {
      wb = new XSSFWorkbook(in);
    }
    Sheet s = wb.getSheetAt(0);
    for (Row r : s) {
      if (r.getCell(3) != null && task.equals(r.getCell(3).getStringCellValue())) r.getCell(column).setCellValue(value);
    }
    try (OutputStream out = Files.newOutputStream(xlsx)) {
      wb.write(out);
    }
    wb.close();
  }

  @Test
  void checklist_written_filledIn_andReadBack() throws Exception {
    Path file = dataset();
    Path xlsx = dir.resolve("parkering.xlsx");

    Result written = odis("checklist", file.toString(), "-o", xlsx.toString());
    Result unedited = odis("checklist", file.toString(), "--read", xlsx.toString());
    edit(xlsx, "A.3.3.1", 6, "klar");
    edit(xlsx, "A.3.3.1", 8, "Trafiknämnden");
    Result read = odis("checklist", file.toString(), "--read", xlsx.toString());

    assertThat(written.exitCode()).isZero();
    assertThat(written.out()).startsWith("Skrev " + xlsx + ", checklistan för " + file + ".");
    assertThat(unedited.out()).isEqualTo(file + ": ingen ändring, filen skrevs inte\n");
    assertThat(read.exitCode()).isZero();
    assertThat(read.out()).isEqualTo("Läste in " + xlsx + " i " + file + "\n");
    var p = DatasetReader.strict().read(file).getProgress().get(se.odis.model.TaskId.of("A.3.3.1"));
    assertThat(p.getStatus()).isEqualTo(TaskStatus.DONE);
    assertThat(p.getBy()).isEqualTo("Trafiknämnden");
  }

  @Test
  void checklist_invalidCells_areNamed_exitTwo_andTheFileIsUntouched() throws Exception {
    Path file = dataset();
    Path xlsx = dir.resolve("parkering.xlsx");
    odis("checklist", file.toString(), "-o", xlsx.toString());
    byte[] before = Files.readAllBytes(file);
    edit(xlsx, "A.3.3.1", 6, "klart");
    edit(xlsx, "A.1.1.1", 6, "klar");

    Result r = odis("checklist", file.toString(), "--read", xlsx.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).isEqualTo("odis: error: " + xlsx + ": Checklista!G13: \"klart\" is not a status; expected one of "
        + "ej påbörjad, påbörjad, klar, ej aktuell\n"
        + "odis: error: " + xlsx + ": nothing was read (1 problem); " + file + " is as it was\n");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void checklist_badInput_exitsTwo() throws Exception {
    Path file = dataset();
    Path xlsx = Files.writeString(dir.resolve("finns.xlsx"), "not a workbook");

    assertThat(odis("checklist", file.toString()).err()).contains("Error: Missing required argument");
    assertThat(odis("checklist", file.toString(), "-o", xlsx.toString()).err())
        .isEqualTo("odis: error: " + xlsx + " already exists; give --force to overwrite it (edits in it are lost)\n");
    assertThat(odis("checklist", file.toString(), "-o", dir.resolve("p.csv").toString()).err()).contains("does not end in .xlsx");
    assertThat(odis("checklist", file.toString(), "--read", xlsx.toString()).err())
        .startsWith("odis: error: " + xlsx + ": is not an Excel workbook");
    assertThat(odis("checklist", file.toString(), "--read", dir.resolve("none.xlsx").toString()).err()).contains("no such file");
    assertThat(odis("checklist", dir.resolve("none.json").toString(), "-o", dir.resolve("n.xlsx").toString()).err())
        .contains("no such file");
    for (String[] args : new String[][] {{"checklist", file.toString()}, {"checklist", file.toString(), "-o", xlsx.toString()},
        {"checklist", file.toString(), "--read", xlsx.toString()}, {"checklist", file.toString(), "-o", "x.xlsx", "--read", "y.xlsx"}}) {
      assertThat(odis(args).exitCode()).as(String.join(" ", args)).isEqualTo(ExitCodes.BAD_INPUT);
    }
    assertThat(Files.exists(dir.resolve("p.csv"))).isFalse();
    assertThat(Files.exists(dir.resolve("n.xlsx"))).isFalse();
  }
}
