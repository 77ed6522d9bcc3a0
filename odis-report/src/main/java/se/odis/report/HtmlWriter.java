package se.odis.report;

import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.output.StringOutput;
import gg.jte.output.WriterOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import se.odis.model.InputProblem;

/**
 * One self-contained HTML page: inline CSS, no fonts, images or links to anything outside the
 * page (a Content-Security-Policy in the page forbids any request). For a portfolio: an overview
 * (counts by verdict and stage, the most frequent blockers, the datasets closest to publication,
 * grouped: each owner's counts), a table of the datasets, the inputs that could not be read, then
 * each dataset (grouped: owner by owner); for one dataset, its report only. The datasets table is
 * sorted (by any column) and filtered (by verdict, stage, owner, blocker) by one small script,
 * {@code datasets-table.js}, which the policy allows by its SHA-256 hash, computed here from the
 * script's text so that the two never drift; without it the table is whole and the filters hidden.
 *
 * <p>The page is laid out by jte templates ({@code src/main/jte}, compiled to Java at build time)
 * from the small views of {@link HtmlViews}; jte's Html content type escapes every value by its
 * place (text, attribute). Each table row and dataset section is rendered as it comes and kept in a
 * {@link Spool} until the overview, which needs the summary, has been written; the page then
 * copies them in, so that a portfolio of any size is written in flat memory.
 */
final class HtmlWriter extends OverviewFirstWriter {
  /** The templates, compiled with the module: jte-runtime loads them, no compiler at run time. */
  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(null, ContentType.Html, HtmlWriter.class.getClassLoader(), "se.odis.report");

  HtmlWriter(Labels labels, Out out, Run run) {
    super(labels, out, run);
  }

  @Override
  void row(long n, Row r) {
    rows.write(render("row.jte", HtmlViews.row(n, r, owners, l)));
  }

  @Override
  void error(InputProblem p) {
    errors.write(render("error.jte", HtmlViews.error(p)));
  }

  @Override
  void dataset(long n, DatasetReport report) {
    details.write(render("dataset.jte", HtmlViews.dataset(n, report, run, l)));
  }

  @Override
  public void end(Summary s) {
    String pageTitle = run.single() ? l.get("html.titleOne") : l.format("summary.title", s.assessed() + s.badInputs());
    List<String> meta = new ArrayList<>();
    meta.add(l.format("header.assessed", run.asOf().toString()));
    meta.addAll(ReportTexts.ruleSet(run, l));
    // The spools are copied to out itself, under the page's jte output, which writes through to out
    // without a buffer of its own: what each writes keeps its place.
    Content main = page -> {
      if (!run.single()) render("overview.jte", overview(s), page);
      copyDetails((owner, c) -> render("owner.jte", owner(owner, c), page));
    };
    render("page.jte", new HtmlViews.Page(l, pageTitle, String.join(" · ", meta), run.single() ? null : SCRIPT_SHA256,
        run.single() ? null : SCRIPT, main), new WriterOutput(out.writer()));
    out.flush();
  }

  private HtmlViews.Overview overview(Summary s) {
    HtmlViews.DatasetsTable table = null;
    if (!rows.isEmpty()) {
      List<HtmlViews.Group> groups = null;
      if (grouped()) {
        groups = new ArrayList<>();
        for (Map.Entry<String, Owners.Counts> e : owners.sorted().entrySet()) {
          groups.add(new HtmlViews.Group(owner(e.getKey(), e.getValue()), page -> copyRowsOf(e.getKey())));
        }
      }
      table = new HtmlViews.DatasetsTable(HtmlViews.filters(s, l, owners), l.get("html.shown"), HtmlViews.headings(l),
          groups == null ? page -> copyRows(null) : null, groups);
    }
    HtmlViews.Errors failed = errors.isEmpty() ? null
        : new HtmlViews.Errors(l.format("summary.errors", s.badInputs()), page -> errors.copyTo(out));
    return HtmlViews.overview(s, l, grouped() ? owners : null, table, failed);
  }

  private HtmlViews.Owner owner(String name, Owners.Counts c) {
    return new HtmlViews.Owner(name, l.format("owner.counts", c.datasets(), c.withBlockers()));
  }

  /** @return the template rendered with its view, as text */
  private static String render(String template, Object view) {
    StringOutput s = new StringOutput(2048);
    render(template, view, s);
    return s.toString();
  }

  /**
   * Renders a template to {@code output}. A failure to write (an {@link UncheckedIOException} from
   * {@link Out} or a {@link Spool}) is thrown as it is, not as jte's {@link TemplateException}, so
   * that it reaches the public API's edge as the IOException it is.
   */
  private static void render(String template, Object view, gg.jte.TemplateOutput output) {
    try {
      TEMPLATES.render(template, view, output);
    } catch (TemplateException e) {
      for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
        if (c instanceof UncheckedIOException u) throw u;
      }
      throw e;
    }
  }

  /** The script of the datasets table (a resource beside this class). */
  static final String SCRIPT = resource("datasets-table.js");
  /** The script's base64 SHA-256, by which the Content-Security-Policy allows it. */
  static final String SCRIPT_SHA256 = sha256(SCRIPT);

  private static String resource(String name) {
    try (InputStream in = HtmlWriter.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException(name + " is missing beside " + HtmlWriter.class.getName());
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the base64 SHA-256 of the text's UTF-8 bytes, as CSP hashes a script */
  static String sha256(String text) {
    try {
      return Base64.getEncoder().encodeToString(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
