package se.odis.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report printed on A4, as a coordinator prints it for the management: headless Chromium
 * prints it to PDF and the pages are counted. A typical dataset is one page; a portfolio is its
 * summary and datasets table, then each dataset from a new page. Skipped where Chromium is absent
 * (.ci/run installs Debian's chromium).
 */
class HtmlPrintTest {
  static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("ODIS_CHROMIUM", "/usr/bin/chromium"));
  private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page\\b");

  @TempDir Path dir;

  @Test
  void typicalDataset_printsOnOnePage() throws Exception {
    assertThat(pages(List.of(Examples.blocked()), "blocked")).isEqualTo(1);
    assertThat(pages(List.of(Examples.reports().get(2)), "ready")).isEqualTo(1);
  }

  @Test
  void datasetWithManyFindings_printsOnTwoPages() throws Exception {
    // The phase A example: 20 findings and 15 next steps, as a dataset with little done has.
    assertThat(pages(List.of(Examples.reports().get(1)), "phase-a")).isEqualTo(2);
  }

  @Test
  void portfolio_printsTheSummaryThenADatasetFromEachNewPage() throws Exception {
    int portfolio = pages(Examples.reports(), "portfolio");
    int each = 0;
    for (DatasetReport r : Examples.reports()) each += pages(List.of(r), r.assessment().getDatasetId());

    // The summary and the table take one page; each dataset as many pages as on its own.
    assertThat(portfolio).isEqualTo(1 + each);
  }

  private int pages(List<DatasetReport> reports, String name) throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), CHROMIUM + " is absent: the print test needs headless Chromium"
        + " (apt-get install chromium, or set ODIS_CHROMIUM)");
    Path html = dir.resolve(name + ".html");
    Path pdf = dir.resolve(name + ".pdf");
    try (OutputStream out = Files.newOutputStream(html)) {
      ReportWriter w = Reports.writer(Format.HTML, ReportOptions.defaults());
      if (reports.size() == 1) w.write(reports.get(0), out); // the report on one dataset
      else w.write(reports, out);
    }
    Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--no-pdf-header-footer", "--user-data-dir=" + dir.resolve("profile-" + name),
        "--print-to-pdf=" + pdf, html.toUri().toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium printed within 2 minutes").isTrue();
    assertThat(pdf).as("chromium's log: %s", Files.readString(dir.resolve(name + ".log"))).exists();
    Matcher m = PAGE.matcher(new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1));
    int n = 0;
    while (m.find()) n++;
    return n;
  }
}
