package se.odis.report;

import java.util.Map;
import se.odis.model.Finding;
import se.odis.model.InputProblem;
import se.odis.model.Severity;

/**
 * GitHub Actions workflow commands: one annotation per finding, {@code ::error} for a blocker,
 * {@code ::warning}, {@code ::notice} for a recommendation or information, with the file and the
 * line and column of the field the finding is about ({@link SourcePositions}), so that a pull
 * request shows it beside the line. A bad input is an {@code ::error} at its place. Values are
 * escaped as the runner reads them ({@code %}, line breaks, and {@code :} {@code ,} in properties).
 */
final class GithubWriter implements FormatWriter {
  private final String lang;
  private final Out out;
  private final SourcePositions positions = new SourcePositions();

  GithubWriter(Labels labels, Out out) {
    this.lang = labels.tag();
    this.out = out;
  }

  @Override
  public void begin() {}

  @Override
  public void assessed(DatasetReport report) {
    Map<String, SourcePositions.Position> where = positions.of(report.origin());
    String id = report.assessment().getDatasetId();
    for (Finding f : report.assessment().getFindings()) {
      StringBuilder props = new StringBuilder();
      if (report.origin() != null && report.origin().uri() == null) {
        props.append("file=").append(property(report.origin().file()));
        SourcePositions.Position p = SourcePositions.find(where, f.getSubject());
        Integer line = p != null ? Integer.valueOf(p.line()) : report.origin().line();
        if (line != null) props.append(",line=").append(line);
        if (p != null) props.append(",col=").append(p.column());
        props.append(',');
      }
      props.append("title=").append(property(f.getRuleId() + " " + f.getTitle().best(lang)));
      String message = f.getMessage().best(lang);
      String remedy = f.getRemedy().best(lang);
      out.line("::" + command(f.getSeverity()) + " " + props + "::"
          + data(id + ": " + (message.isBlank() ? f.getTitle().best(lang) : message) + (remedy.isBlank() ? "" : "\n" + remedy)));
    }
  }

  static String command(Severity s) {
    switch (s) {
      case BLOCKER:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "notice";
    }
  }

  @Override
  public void failed(InputProblem p) {
    StringBuilder props = new StringBuilder("file=").append(property(p.getSource()));
    if (p.getLine() > 0) props.append(",line=").append(p.getLine());
    if (p.getColumn() > 0) props.append(",col=").append(p.getColumn());
    out.line("::error " + props + ",title=odis::" + data(p.getPointer().isEmpty() ? p.getProblem()
        : p.getPointer() + ": " + p.getProblem()) + data(p.getExpected() == null ? "" : "; expected " + p.getExpected()));
  }

  @Override
  public void end(Summary summary) {
    out.flush();
  }

  /** A message: {@code %}, CR and LF escaped, as the runner's toolkit does. */
  static String data(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') sb.append("%25");
      else if (c == '\r') sb.append("%0D");
      else if (c == '\n') sb.append("%0A");
      else if (c < 0x20 || c >= 0x7F && c <= 0x9F) sb.append(String.format("%%%02X", (int) c));
      else sb.append(c);
    }
    return sb.toString();
  }

  /** A property value: as {@link #data}, and {@code :} and {@code ,} too. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }

  @Override
  public void close() {
    positions.close();
  }
}
