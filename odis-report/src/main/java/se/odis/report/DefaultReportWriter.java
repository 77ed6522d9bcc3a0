package se.odis.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** The {@link ReportWriter} of every format: picks the format's writer and runs it. */
final class DefaultReportWriter implements ReportWriter {
  private final Format format;
  private final ReportOptions options;

  DefaultReportWriter(Format format, ReportOptions options) {
    this.format = format;
    this.options = options;
  }

  @Override
  public Format format() {
    return format;
  }

  @Override
  public void write(DatasetReport report, OutputStream out) throws IOException {
    try (StreamingReport r = start(out, null, true)) {
      r.add(report);
      r.finish();
    }
  }

  @Override
  public void write(Iterable<DatasetReport> reports, OutputStream out) throws IOException {
    try (StreamingReport r = start(out, null, false)) {
      for (DatasetReport report : reports) r.add(report);
      r.finish();
    }
  }

  @Override
  public void write(DatasetReport report, Writer out) throws IOException {
    try (StreamingReport r = start(null, text(out), true)) {
      r.add(report);
      r.finish();
    }
  }

  @Override
  public void write(Iterable<DatasetReport> reports, Writer out) throws IOException {
    try (StreamingReport r = start(null, text(out), false)) {
      for (DatasetReport report : reports) r.add(report);
      r.finish();
    }
  }

  @Override
  public PortfolioReport open(OutputStream out) throws IOException {
    return start(out, null, false);
  }

  @Override
  public PortfolioReport open(Writer out) throws IOException {
    return start(null, text(out), false);
  }

  /** @return the writer, if the format is text */
  private Writer text(Writer out) {
    if (!format.isText()) {
      throw new UnsupportedOperationException(format + " is not text: write it to an OutputStream");
    }
    return out;
  }

  /**
   * A portfolio is written through a large buffer; one dataset's report (a few kilobytes, written
   * per request by a service) through a small one, which costs less to allocate than it saves. One
   * dataset's JSON through none: Jackson's generator writes it in large pieces from a buffer of its
   * own that it reuses, and the encoder buffers the bytes, so a third buffer (16 KB a request) only
   * copied the text once more.
   */
  private Writer utf8(OutputStream out, boolean single) {
    Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    if (single && format == Format.JSON) return text;
    return new BufferedWriter(text, single ? 1 << 13 : 1 << 16);
  }

  /** Starts a report on {@code bytes}, or on {@code text} when it is given. */
  private StreamingReport start(OutputStream bytes, Writer text, boolean single) throws IOException {
    Run run = new Run(options, single);
    Labels labels = Labels.of(options.language());
    FormatWriter writer;
    if (format == Format.XLSX) {
      writer = new XlsxWriter(labels, bytes, run);
    } else {
      Out out = new Out(text != null ? text : utf8(bytes, single));
      switch (format) {
        case TEXT:
          writer = new TextWriter(labels, out, run, Style.of(options.colour()));
          break;
        case JSON:
          writer = new JsonWriter(labels, out, run);
          break;
        case NDJSON:
          writer = new NdjsonWriter(labels, out);
          break;
        case MARKDOWN:
          writer = new MarkdownWriter(labels, out, run);
          break;
        case CSV:
          writer = new CsvWriter(labels, out);
          break;
        case HTML:
          writer = new HtmlWriter(labels, out, run);
          break;
        case SARIF:
          writer = new SarifWriter(labels, out, run);
          break;
        case JUNIT:
          writer = new JunitWriter(labels, out, run);
          break;
        case GITHUB:
          writer = new GithubWriter(labels, out);
          break;
        default:
          throw new IllegalStateException("no writer for " + format);
      }
    }
    StreamingReport r = new StreamingReport(writer, run);
    try {
      writer.begin();
    } catch (UncheckedIOException e) {
      r.close();
      throw e.getCause();
    }
    return r;
  }

  /** A report being written: counts, hands on, and turns a failure to write back into an IOException. */
  private static final class StreamingReport implements PortfolioReport {
    private final FormatWriter writer;
    private final Run run;
    private final Summary summary = new Summary();

    StreamingReport(FormatWriter writer, Run run) {
      this.writer = writer;
      this.run = run;
    }

    @Override
    public void add(DatasetReport report) throws IOException {
      run.saw(report.assessment());
      summary.add(report);
      try {
        writer.assessed(report);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }

    @Override
    public void failed(se.odis.model.InputProblem problem) throws IOException {
      summary.add(problem);
      try {
        writer.failed(problem);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }

    @Override
    public void source(SourceReport source) {
      summary.add(source);
    }

    @Override
    public void finish() throws IOException {
      try {
        writer.end(run.single() ? null : summary);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }

    @Override
    public long assessed() {
      return summary.assessed();
    }

    @Override
    public long failures() {
      return summary.badInputs();
    }

    @Override
    public void close() {
      writer.close();
    }
  }
}
