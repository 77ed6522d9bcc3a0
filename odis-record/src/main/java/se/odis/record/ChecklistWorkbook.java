package se.odis.record;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.odis.model.Assessment;
import se.odis.model.InputProblem;
import se.odis.model.InvalidInputException;

/**
 * The guide's checklist as a workbook, the guide's own working form: written for a dataset file,
 * filled in by a person in Excel or LibreOffice, and read back into the file.
 *
 * <p>The workbook has three sheets, in Swedish (or English):
 * <ul>
 *   <li><b>Checklista</b>: the guide's 56 tasks in order — phase, stage, activity, task id, what to
 *       do, when it applies — with the dataset's status (a drop-down list), date (a date cell), who
 *       and a note to fill in;</li>
 *   <li><b>Uppgifter</b>: the facts that decide publishability — owner, personal data, secrecy,
 *       rights, other obstacles, licence, access rights, fees… — with drop-down lists of their
 *       values;</li>
 *   <li><b>Bedömning</b>: the assessment when the workbook was written — verdict, stage, gates with
 *       who decided and when, findings — read-only.</li>
 * </ul>
 * Only the cells to fill in can be edited (without a password: the protection guards against
 * slips, not people); every sheet has its header frozen and prints on A4.
 *
 * <p>Reading back is strict: a cell that is not a valid value is an error naming its sheet and
 * cell ({@link InvalidWorkbookException}), and nothing is taken unless the whole workbook is valid.
 * Values are the labels the lists offer or the codes of the dataset file, in any case. A workbook
 * read back without edits changes nothing. Thread-safe.
 */
public final class ChecklistWorkbook {
  private ChecklistWorkbook() {}

  /**
   * Writes the workbook of a dataset file.
   *
   * @param file the dataset file
   * @param assessment its assessment, for the read-only sheet
   * @param language {@code sv} or {@code en}
   * @param out where to write the .xlsx; not closed
   * @throws IOException if it cannot be written
   */
  public static void write(RecordFile file, Assessment assessment, String language, OutputStream out) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(assessment, "assessment");
    try (XSSFWorkbook wb = WorkbookWriter.build(file, assessment, WorkbookTexts.of(language))) {
      wb.write(out);
    }
  }

  /**
   * Writes the workbook of a dataset file to a file, atomically: the target is replaced whole or
   * not at all.
   *
   * @param file the dataset file
   * @param assessment its assessment
   * @param language {@code sv} or {@code en}
   * @param target the .xlsx file
   * @throws IOException if it cannot be written; the target is then as it was
   */
  public static void write(RecordFile file, Assessment assessment, String language, Path target) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    write(file, assessment, language, bytes);
    AtomicFiles.replace(target, bytes.toByteArray());
  }

  /**
   * Reads an edited workbook back into its dataset file.
   *
   * @param file the dataset file the workbook was written for
   * @param workbook the .xlsx; read to its end, not closed
   * @param source the workbook's name, for problems
   * @return the file with the workbook's values (unchanged if the workbook says what the file says)
   * @throws InvalidWorkbookException naming every cell that is not a valid value
   * @throws InvalidInputException if the workbook is no checklist written by odis, or is the
   *     checklist of another dataset
   */
  public static RecordFile read(RecordFile file, InputStream workbook, String source) throws InvalidInputException {
    Objects.requireNonNull(file, "file");
    return WorkbookReader.read(file, workbook, source);
  }

  /**
   * Reads an edited workbook file back into its dataset file.
   *
   * @param file the dataset file
   * @param workbook the .xlsx file
   * @return the file with the workbook's values
   * @throws InvalidInputException as {@link #read(RecordFile, InputStream, String)}, or if the
   *     workbook file cannot be read
   */
  public static RecordFile read(RecordFile file, Path workbook) throws InvalidInputException {
    try (InputStream in = Files.newInputStream(workbook)) {
      return read(file, in, workbook.toString());
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(new InputProblem(workbook.toString(), 0, 0, "", "no such file",
          "a workbook written by odis checklist"), e);
    } catch (IOException e) {
      String why = Files.isDirectory(workbook) ? "is a directory" : "cannot be read: " + e.getMessage();
      throw new InvalidInputException(new InputProblem(workbook.toString(), 0, 0, "", why,
          "a workbook written by odis checklist"), e);
    }
  }
}
