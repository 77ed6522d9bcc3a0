package se.odis.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The formats a report can be written in. Every format takes the same input (a portfolio of
 * {@link DatasetReport}s; one dataset is a portfolio of one) through the same {@link ReportWriter}.
 */
public enum Format {
  /** For people at a terminal: plain text, lines of at most 100 characters, optionally coloured. */
  TEXT("text"),
  /**
   * The JSON contracts: {@code odis-assessment/1} for one dataset, {@code odis-portfolio/1} for a
   * portfolio (documented in {@code docs/json-output.md}).
   */
  JSON("json"),
  /** One compact {@code odis-assessment/1} object per line, nothing else. */
  NDJSON("ndjson"),
  /** GitHub-flavoured Markdown, for a wiki page or an issue. */
  MARKDOWN("markdown"),
  /** RFC 4180 CSV, one row per dataset, for a spreadsheet. */
  CSV("csv"),
  /**
   * An Excel workbook (Office Open XML) for a spreadsheet: a sheet with one row per dataset, a sheet
   * of findings, headers in the report language, filters on. Bytes, not text: written to an
   * {@link java.io.OutputStream} only.
   */
  XLSX("xlsx", false),
  /** One self-contained HTML page (strict Content-Security-Policy, nothing fetched). */
  HTML("html"),
  /**
   * SARIF 2.1.0 for code scanning: the rule catalogue as {@code tool.driver.rules}, a result per
   * finding at the line and column of its field in the dataset file.
   */
  SARIF("sarif"),
  /** JUnit XML for CI servers: a test suite per dataset, a failing test case per blocker. */
  JUNIT("junit"),
  /** GitHub Actions workflow commands: an {@code ::error}/{@code ::warning}/{@code ::notice} annotation per finding. */
  GITHUB("github");

  private final String id;
  private final boolean text;

  Format(String id) {
    this(id, true);
  }

  Format(String id, boolean text) {
    this.id = id;
    this.text = text;
  }

  /** @return true if the format is text (UTF-8), false if it is bytes ({@link #XLSX}) */
  public boolean isText() {
    return text;
  }

  /** @return the name used on the command line, e.g. {@code markdown} */
  public String id() {
    return id;
  }

  /**
   * Finds a format by its name, in any case; {@code md} is Markdown.
   *
   * @param name a name such as {@code json}
   * @return the format, or empty if there is none by that name
   */
  public static Optional<Format> byName(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.equals("md")) return Optional.of(MARKDOWN);
    return Arrays.stream(values()).filter(f -> f.id.equals(n)).findFirst();
  }

  /** @return every format's name, comma-separated, for messages */
  public static String names() {
    return Arrays.stream(values()).map(Format::id).collect(Collectors.joining(", "));
  }

  /** @return {@link #id()} */
  @Override
  public String toString() {
    return id;
  }
}
