package se.odis.server;

import io.javalin.http.Context;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.odis.report.Format;

/** How a report of each format is sent: its media type, and whether it is a download. */
final class Media {
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("text", "text/plain; charset=utf-8"),
      Map.entry("json", "application/json"),
      Map.entry("ndjson", "application/x-ndjson"),
      Map.entry("markdown", "text/markdown; charset=utf-8"),
      Map.entry("csv", "text/csv; charset=utf-8; header=present"),
      Map.entry("html", "text/html; charset=utf-8"),
      Map.entry("sarif", "application/sarif+json"),
      Map.entry("junit", "application/xml"),
      Map.entry("github", "text/plain; charset=utf-8"),
      Map.entry("xlsx", Media.XLSX_TYPE));
  /** The format name of the checklist workbook, which is not a report format of odis assess. */
  static final String CHECKLIST = "checklist";
  private static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final Pattern META_CSP =
      Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

  private Media() {}

  /**
   * Sends a report. An HTML report keeps the policy it declares itself (its inline style, any
   * script it allows by hash) as the response's policy too, with framing forbidden; anything
   * that is not a page is offered as a download.
   */
  static void send(Context ctx, Format format, String id, byte[] body) {
    String type = TYPES.getOrDefault(format.id(), "application/octet-stream");
    ctx.status(200).contentType(type);
    if (format == Format.HTML) {
      String head = new String(body, 0, Math.min(body.length, 4096), java.nio.charset.StandardCharsets.UTF_8);
      Matcher m = META_CSP.matcher(head);
      String csp = m.find() ? m.group(1) : "default-src 'none'; style-src 'unsafe-inline'";
      ctx.header("Content-Security-Policy", csp + "; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    } else if (!type.startsWith("application/json")) {
      ctx.header("Content-Disposition", "attachment; filename=\"" + fileName(id) + "." + extension(format) + "\"");
    }
    ctx.result(body);
  }

  /**
   * Sends the checklist workbook of a dataset ({@code odis checklist}) as a download, named apart
   * from the dataset's report workbook ({@code format=xlsx}) so that both can sit in one folder.
   */
  static void sendChecklist(Context ctx, String id, byte[] body) {
    ctx.status(200).contentType(XLSX_TYPE);
    ctx.header("Content-Disposition", "attachment; filename=\"" + fileName(id) + ".checklist.xlsx\"");
    ctx.result(body);
  }

  private static String extension(Format f) {
    return switch (f.id()) {
      case "markdown" -> "md";
      case "text", "github" -> "txt";
      case "junit" -> "xml";
      case "sarif" -> "sarif.json";
      default -> f.id();
    };
  }

  /** A file name made of the id's safe characters only: it goes into a header. */
  private static String fileName(String id) {
    String n = id.replaceAll("[^A-Za-z0-9._-]", "_");
    return n.isEmpty() || n.startsWith(".") ? "dataset" + n : n;
  }
}
