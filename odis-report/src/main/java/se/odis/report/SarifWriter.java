package se.odis.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import se.odis.model.Finding;
import se.odis.model.InputProblem;
import se.odis.model.Severity;
import se.odis.rules.RuleInfo;

/**
 * SARIF 2.1.0 (OASIS), for code-scanning tools: one run whose {@code tool.driver.rules} is the rule
 * catalogue (title, help with the remedy, the legal or standard source, the guide task), and one
 * result per finding with its {@code ruleId}, a level ({@code error} for a blocker, {@code warning},
 * {@code note} for a recommendation or information) and a location in the dataset's file: the line
 * and column of the field the finding's JSON pointer names ({@link SourcePositions}), or the
 * dataset's line. Inputs that could not be read are {@code toolExecutionNotifications} of the
 * invocation, with their place. Written as the assessments come; the rules of the catalogue are
 * known from the start, rules first met in a finding are added.
 */
final class SarifWriter implements FormatWriter {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private final Labels l;
  private final String lang;
  private final Out out;
  private final Run run;
  private final SourcePositions positions = new SourcePositions();
  private final Map<String, Integer> ruleIndex = new LinkedHashMap<>();
  private final Map<String, RuleInfo> catalogue = new LinkedHashMap<>();
  private final Map<String, Finding> seen = new LinkedHashMap<>();
  private final Spool notifications = new Spool();
  private JsonGenerator g;

  SarifWriter(Labels labels, Out out, Run run) {
    this.l = labels;
    this.lang = labels.tag();
    this.out = out;
    this.run = run;
    for (RuleInfo r : run.options().rules()) {
      catalogue.put(r.getId(), r);
      ruleIndex.put(r.getId(), ruleIndex.size());
    }
  }

  @Override
  public void begin() {
    try {
      g = JsonWriter.MAPPER.getFactory().createGenerator(out.writer());
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(JsonWriter.printer());
      g.writeStartObject();
      g.writeStringField("$schema", SCHEMA);
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      g.writeStringField("language", lang);
      g.writeArrayFieldStart("results");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void assessed(DatasetReport report) {
    Map<String, SourcePositions.Position> where = positions.of(report.origin());
    try {
      for (Finding f : report.assessment().getFindings()) result(report, f, where);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void result(DatasetReport report, Finding f, Map<String, SourcePositions.Position> where) throws IOException {
    Integer index = ruleIndex.get(f.getRuleId());
    if (index == null) {
      index = ruleIndex.size();
      ruleIndex.put(f.getRuleId(), index);
    }
    seen.putIfAbsent(f.getRuleId(), f);
    String datasetId = report.assessment().getDatasetId();
    g.writeStartObject();
    g.writeStringField("ruleId", f.getRuleId());
    g.writeNumberField("ruleIndex", index);
    g.writeStringField("level", level(f.getSeverity()));
    g.writeObjectFieldStart("message");
    String message = f.getMessage().best(lang);
    g.writeStringField("text", datasetId + ": " + f.getTitle().best(lang) + (message.isBlank() ? "" : ". " + message));
    g.writeEndObject();
    g.writeArrayFieldStart("locations");
    g.writeStartObject();
    if (report.origin() != null && report.origin().uri() == null) {
      g.writeObjectFieldStart("physicalLocation");
      g.writeObjectFieldStart("artifactLocation");
      g.writeStringField("uri", uri(report.origin().file()));
      g.writeEndObject();
      SourcePositions.Position p = SourcePositions.find(where, f.getSubject());
      Integer line = p != null ? Integer.valueOf(p.line()) : report.origin().line();
      if (line != null) {
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", line);
        if (p != null) g.writeNumberField("startColumn", p.column());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeArrayFieldStart("logicalLocations");
    g.writeStartObject();
    g.writeStringField("fullyQualifiedName", datasetId + (f.getSubject() == null || f.getSubject().equals("/") ? "" : f.getSubject()));
    g.writeStringField("kind", "object");
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndArray();
    g.writeObjectFieldStart("partialFingerprints");
    g.writeStringField("odisFinding/v1", datasetId + "|" + f.getRuleId() + "|" + (f.getSubject() == null ? "" : f.getSubject()));
    g.writeEndObject();
    g.writeObjectFieldStart("properties");
    g.writeStringField("datasetId", datasetId);
    g.writeStringField("severity", f.getSeverity().name());
    g.writeStringField("guideTask", f.getStep());
    if (f.getGate() != null) g.writeStringField("gate", f.getGate().name());
    if (f.getSubject() != null) g.writeStringField("jsonPointer", f.getSubject());
    g.writeStringField("remedy", f.getRemedy().best(lang));
    g.writeEndObject();
    g.writeEndObject();
  }

  static String level(Severity s) {
    switch (s) {
      case BLOCKER:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "note";
    }
  }

  /** A file as given, as a relative URI reference (slashes, percent-encoded where a URI needs it). */
  static String uri(String file) {
    try {
      return new URI(null, null, file.replace('\\', '/'), null).toASCIIString();
    } catch (URISyntaxException e) {
      return file;
    }
  }

  @Override
  public void failed(InputProblem p) {
    try {
      java.io.StringWriter w = new java.io.StringWriter();
      try (JsonGenerator n = JsonWriter.MAPPER.getFactory().createGenerator(w)) {
        n.writeStartObject();
        n.writeStringField("level", "error");
        n.writeObjectFieldStart("message");
        n.writeStringField("text", p.getProblem() + (p.getExpected() == null ? "" : "; expected " + p.getExpected()));
        n.writeEndObject();
        n.writeArrayFieldStart("locations");
        n.writeStartObject();
        n.writeObjectFieldStart("physicalLocation");
        n.writeObjectFieldStart("artifactLocation");
        n.writeStringField("uri", uri(p.getSource()));
        n.writeEndObject();
        if (p.getLine() > 0) {
          n.writeObjectFieldStart("region");
          n.writeNumberField("startLine", p.getLine());
          if (p.getColumn() > 0) n.writeNumberField("startColumn", p.getColumn());
          n.writeEndObject();
        }
        n.writeEndObject();
        n.writeEndObject();
        n.writeEndArray();
        if (!p.getPointer().isEmpty()) {
          n.writeObjectFieldStart("properties");
          n.writeStringField("jsonPointer", p.getPointer());
          n.writeEndObject();
        }
        n.writeEndObject();
      }
      notifications.write(w.toString().replace('\n', ' ') + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void end(Summary summary) {
    try {
      g.writeEndArray(); // results
      g.writeArrayFieldStart("invocations");
      g.writeStartObject();
      g.writeBooleanField("executionSuccessful", notifications.isEmpty());
      g.writeArrayFieldStart("toolExecutionNotifications");
      notifications.lines(line -> {
        try {
          g.writeTree(JsonWriter.MAPPER.readTree(line));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      tool();
      g.writeEndObject(); // run
      g.writeEndArray(); // runs
      g.writeEndObject();
      g.flush();
      out.print('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void tool() throws IOException {
    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", "odis");
    g.writeStringField("fullName", "ODIS – " + l.get("sarif.fullName"));
    if (run.options().toolVersion() != null) g.writeStringField("semanticVersion", run.options().toolVersion());
    g.writeStringField("informationUri", "https://www.storsthlm.se/");
    g.writeArrayFieldStart("rules");
    for (String id : ruleIndex.keySet()) {
      RuleInfo r = catalogue.get(id);
      Finding f = seen.get(id);
      g.writeStartObject();
      g.writeStringField("id", id);
      g.writeObjectFieldStart("shortDescription");
      g.writeStringField("text", r != null ? r.getTitle().best(lang) : f.getTitle().best(lang));
      g.writeEndObject();
      String remedy = r != null ? r.getRemedy().best(lang) : f.getRemedy().best(lang);
      String source = r != null ? r.getSource() : f.getSource();
      g.writeObjectFieldStart("help");
      g.writeStringField("text", remedy + (source == null || source.isBlank() ? "" : " (" + l.get("finding.source") + " " + source + ")"));
      g.writeEndObject();
      Severity severity = r != null ? r.getSeverity() : f.getSeverity();
      g.writeObjectFieldStart("defaultConfiguration");
      g.writeStringField("level", level(severity));
      g.writeEndObject();
      g.writeObjectFieldStart("properties");
      g.writeStringField("severity", severity.name());
      g.writeStringField("guideTask", r != null ? r.getStep() : f.getStep());
      if (source != null && !source.isBlank()) g.writeStringField("source", source);
      g.writeArrayFieldStart("tags");
      g.writeString("odis");
      g.writeString(severity.name().toLowerCase(Locale.ROOT));
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  @Override
  public void close() {
    positions.close();
    notifications.close();
  }
}
