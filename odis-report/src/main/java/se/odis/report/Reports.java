package se.odis.report;

import java.util.Objects;

/**
 * The entry point of odis-report: a {@link ReportWriter} for a format and options.
 *
 * <pre>{@code
 * Assessor assessor = Assessor.create();
 * Dataset dataset = DatasetReader.strict().read(Path.of("dataset.json"));
 * DatasetReport report = DatasetReport.of(dataset, assessor.assess(dataset, LocalDate.now()));
 *
 * ReportWriter json = Reports.writer(Format.JSON, ReportOptions.defaults());
 * json.write(report, System.out);                        // odis-assessment/1
 *
 * ReportWriter html = Reports.writer(Format.HTML, ReportOptions.builder().language(Language.EN).build());
 * try (OutputStream out = Files.newOutputStream(Path.of("report.html"))) {
 *   html.write(List.of(report, other), out);             // a portfolio: overview first
 * }
 * }</pre>
 */
public final class Reports {
  private Reports() {}

  /**
   * @param format the format
   * @param options the language and what the report says about the run
   * @return a writer of that format; thread-safe and reusable
   */
  public static ReportWriter writer(Format format, ReportOptions options) {
    return new DefaultReportWriter(Objects.requireNonNull(format, "format"), Objects.requireNonNull(options, "options"));
  }
}
