package se.odis.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The report formats of {@code odis assess --format}; each names the renderer that writes one
 * dataset's report and the writer that streams a portfolio's.
 */
enum Format {
  /** For people at a terminal; coloured when standard output is a terminal. */
  TEXT("text", TextRenderer::new),
  /** The JSON contracts odis-assessment/1 (one dataset) and odis-portfolio/1 (several). */
  JSON("json", JsonRenderer::new),
  /** One compact odis-assessment/1 object per line. */
  NDJSON("ndjson", NdjsonWriter::new),
  /** GitHub-flavoured Markdown, for a wiki or an issue. */
  MARKDOWN("markdown", MarkdownWriter::new),
  /** RFC 4180 CSV, one row per dataset, for a spreadsheet. */
  CSV("csv", CsvWriter::new),
  /** One self-contained HTML page. */
  HTML("html", HtmlWriter::new);

  private final String name;
  private final Supplier<Renderer> renderer;

  Format(String name, Supplier<Renderer> renderer) {
    this.name = name;
    this.renderer = renderer;
  }

  /** @return a new renderer for one dataset's report in this format, without colours */
  Renderer renderer() {
    return renderer.get();
  }

  /**
   * @param style the colours of the text format (ignored by the others)
   * @return a new renderer for one dataset's report in this format
   */
  Renderer renderer(Style style) {
    return this == TEXT ? new TextRenderer(style) : renderer();
  }

  /**
   * A writer for a portfolio's report in this format.
   *
   * @param labels the report language
   * @param out where to write; not closed
   * @param run what the report says about the run
   * @param style the colours of the text format (ignored by the others)
   * @return the writer
   */
  PortfolioWriter writer(Labels labels, java.io.PrintWriter out, RunInfo run, Style style) {
    switch (this) {
      case TEXT:
        return new TextPortfolioWriter(labels, out, run, style);
      case JSON:
        return new JsonPortfolioWriter(labels, out, run);
      case NDJSON:
        return new NdjsonWriter(labels, out);
      case MARKDOWN:
        return new MarkdownWriter(labels, out, run);
      case CSV:
        return new CsvWriter(labels, out);
      default:
        return new HtmlWriter(labels, out, run);
    }
  }

  static String names() {
    return Arrays.stream(values()).map(f -> f.name).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return name;
  }

  /** Converts {@code --format} values; accepts any case, and {@code md} for markdown. */
  static final class Converter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      if (value.strip().equalsIgnoreCase("md")) return MARKDOWN;
      for (Format f : values()) {
        if (f.name.equalsIgnoreCase(value.strip())) return f;
      }
      throw new TypeConversionException("'" + value + "' is not a report format; expected one of " + names());
    }
  }

  /** The values shown in help as {@code ${COMPLETION-CANDIDATES}}. */
  static final class Candidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(values()).map(f -> f.name).iterator();
    }
  }
}
