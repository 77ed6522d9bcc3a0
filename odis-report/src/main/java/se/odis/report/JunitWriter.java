package se.odis.report;

import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import se.odis.model.Finding;
import se.odis.model.InputProblem;
import se.odis.model.TextCheck;

/**
 * JUnit XML as CI servers read it (Jenkins, GitLab, Azure DevOps, the surefire and Ant layout):
 * {@code <testsuites>} with a {@code <testsuite>} per dataset, a failing {@code <testcase>} per
 * finding at or above the fail level (by default each blocker), and one passing test case for a
 * dataset with none. An input that could not be read is a suite with one test case in
 * {@code <error>}. Written with the JDK's streaming XML writer, which escapes every text.
 */
final class JunitWriter implements FormatWriter {
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private final Labels l;
  private final String lang;
  private final Out out;
  private final Run run;
  private XMLStreamWriter x;

  JunitWriter(Labels labels, Out out, Run run) {
    this.l = labels;
    this.lang = labels.tag();
    this.out = out;
    this.run = run;
  }

  @Override
  public void begin() {
    try {
      x = FACTORY.createXMLStreamWriter(out.writer());
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("testsuites");
      x.writeAttribute("name", "odis");
      x.writeCharacters("\n");
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  @Override
  public void assessed(DatasetReport report) {
    String id = report.assessment().getDatasetId();
    List<Finding> failing = new ArrayList<>();
    for (Finding f : report.assessment().getFindings()) {
      if (run.options().failLevel().compareTo(f.getSeverity()) >= 0) failing.add(f);
    }
    try {
      x.writeStartElement("testsuite");
      x.writeAttribute("name", TextCheck.printable(id));
      x.writeAttribute("tests", Integer.toString(Math.max(failing.size(), 1)));
      x.writeAttribute("failures", Integer.toString(failing.size()));
      x.writeAttribute("errors", "0");
      x.writeAttribute("skipped", "0");
      if (report.origin() != null) x.writeAttribute("file", TextCheck.printable(report.origin().label()));
      x.writeCharacters("\n");
      if (failing.isEmpty()) {
        testcase(id, id + ": " + l.of("verdict", report.assessment().getVerdict()), report);
        x.writeEndElement();
      }
      for (Finding f : failing) {
        testcase(id, f.getRuleId() + " " + f.getTitle().best(lang), report);
        x.writeStartElement("failure");
        x.writeAttribute("type", f.getSeverity().name());
        String message = f.getMessage().best(lang);
        x.writeAttribute("message", message.isBlank() ? f.getTitle().best(lang) : message);
        StringBuilder body = new StringBuilder();
        body.append(f.getRuleId()).append(' ').append(f.getStep()).append(' ').append(f.getTitle().best(lang)).append('\n');
        if (!message.isBlank()) body.append(message).append('\n');
        String remedy = f.getRemedy().best(lang);
        if (!remedy.isBlank()) body.append(l.get("finding.remedy")).append(' ').append(remedy).append('\n');
        if (f.getSource() != null) body.append(l.get("finding.source")).append(' ').append(f.getSource()).append('\n');
        if (f.getSubject() != null) body.append(l.get("finding.subject")).append(' ').append(f.getSubject()).append('\n');
        x.writeCharacters(body.toString());
        x.writeEndElement();
        x.writeEndElement();
        x.writeCharacters("\n");
      }
      x.writeEndElement();
      x.writeCharacters("\n");
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  private void testcase(String id, String name, DatasetReport report) throws XMLStreamException {
    x.writeCharacters("  ");
    x.writeStartElement("testcase");
    x.writeAttribute("classname", "odis." + TextCheck.printable(id));
    x.writeAttribute("name", TextCheck.printable(name));
    if (report.origin() != null && report.origin().uri() == null) x.writeAttribute("file", TextCheck.printable(report.origin().file()));
    if (report.origin() != null && report.origin().line() != null) x.writeAttribute("line", report.origin().line().toString());
  }

  @Override
  public void failed(InputProblem p) {
    try {
      String source = TextCheck.printable(p.getSource());
      x.writeStartElement("testsuite");
      x.writeAttribute("name", source);
      x.writeAttribute("tests", "1");
      x.writeAttribute("failures", "0");
      x.writeAttribute("errors", "1");
      x.writeAttribute("skipped", "0");
      x.writeCharacters("\n  ");
      x.writeStartElement("testcase");
      x.writeAttribute("classname", "odis.input");
      x.writeAttribute("name", source + (p.getLine() > 0 ? ":" + p.getLine() : ""));
      x.writeStartElement("error");
      x.writeAttribute("type", "BAD_INPUT");
      x.writeAttribute("message", TextCheck.printable(p.getProblem()));
      x.writeCharacters(TextCheck.printable(p.toString()));
      x.writeEndElement();
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeCharacters("\n");
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  @Override
  public void end(Summary summary) {
    try {
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.flush();
      out.flush();
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  /** The XML writer wraps the output's IOException; unwrap it so that a full disk reads as one. */
  private static UncheckedIOException failure(XMLStreamException e) {
    Throwable c = e.getNestedException() != null ? e.getNestedException() : e.getCause();
    if (c instanceof IOException) return new UncheckedIOException((IOException) c);
    if (c instanceof UncheckedIOException) return (UncheckedIOException) c;
    return new UncheckedIOException(new IOException(e.getMessage(), e));
  }
}
