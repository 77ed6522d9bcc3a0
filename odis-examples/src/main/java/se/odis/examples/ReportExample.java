package se.odis.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.odis.model.Dataset;
import se.odis.model.DatasetReader;
import se.odis.model.InvalidInputException;
import se.odis.report.DatasetReport;
import se.odis.report.Format;
import se.odis.report.Language;
import se.odis.report.Origin;
import se.odis.report.ReportOptions;
import se.odis.report.Reports;
import se.odis.rules.Assessor;

/**
 * How a municipal system writes ODIS's reports from Java, without the command line: the
 * {@code odis-assessment/1} JSON of one dataset for a portal integration, and the HTML portfolio
 * report for the management, both through odis-report's public API.
 */
public final class ReportExample {
  private ReportExample() {}

  /**
   * Assesses dataset files and writes their reports.
   *
   * @param files the dataset files
   * @param asOf the day to assess for
   * @param json where the first dataset's JSON goes
   * @param html where the HTML portfolio report goes
   * @throws InvalidInputException if a file is not a valid dataset
   * @throws IOException if a report cannot be written
   */
  public static void write(List<Path> files, LocalDate asOf, OutputStream json, OutputStream html)
      throws InvalidInputException, IOException {
    Assessor assessor = Assessor.create();
    List<DatasetReport> reports = new ArrayList<>();
    for (Path file : files) {
      Dataset d = DatasetReader.strict().read(file);
      reports.add(DatasetReport.of(d, assessor.assess(d, asOf)).withOrigin(Origin.of(file.toString())));
    }
    Reports.writer(Format.JSON, ReportOptions.defaults()).write(reports.get(0), json);
    ReportOptions english = ReportOptions.builder().language(Language.EN).asOf(asOf).build();
    Reports.writer(Format.HTML, english).write(reports, html);
  }

  /**
   * Writes {@code report.json} and {@code report.html} for the dataset files given.
   *
   * @param args dataset files
   * @throws Exception if a file cannot be read or a report written
   */
  public static void main(String... args) throws Exception {
    List<Path> files = new ArrayList<>();
    for (String a : args) files.add(Path.of(a));
    try (OutputStream json = Files.newOutputStream(Path.of("report.json"));
        OutputStream html = Files.newOutputStream(Path.of("report.html"))) {
      write(files, LocalDate.now(), json, html);
    }
  }
}
