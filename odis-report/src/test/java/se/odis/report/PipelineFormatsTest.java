package se.odis.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.odis.model.Finding;
import se.odis.model.InputProblem;
import se.odis.model.Severity;
import se.odis.model.test.SharedData;
import se.odis.rules.Assessor;

/** SARIF, JUnit XML and GitHub annotations, as CI tools read them. */
class PipelineFormatsTest {
  @Test
  void sarif_isValidAgainstTheSarif210Schema_withTheRuleCatalogueAndAResultPerFinding() throws Exception {
    Path schemaFile = SharedData.realdata("schemas/sarif-schema-2.1.0.json");
    String sarif = portfolio(Format.SARIF, ReportOptions.builder().rules(Assessor.create().getRules()).build());

    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
        .getSchema(Files.readString(schemaFile), InputFormat.JSON);
    Set<ValidationMessage> problems = schema.validate(sarif, InputFormat.JSON);
    assertThat(problems).isEmpty();

    JsonNode run = new ObjectMapper().readTree(sarif).get("runs").get(0);
    JsonNode rules = run.get("tool").get("driver").get("rules");
    assertThat(rules.size()).isGreaterThan(50);
    int findings = 0;
    for (DatasetReport r : Examples.reports()) findings += r.assessment().getFindings().size();
    assertThat(run.get("results")).hasSize(findings);
    JsonNode first = run.get("results").get(0);
    // the blocked example's first finding: PD-003, an error, at its field's line in the file
    assertThat(first.get("ruleId").asText()).isEqualTo("PD-003");
    assertThat(first.get("level").asText()).isEqualTo("error");
    assertThat(rules.get(first.get("ruleIndex").asInt()).get("id").asText()).isEqualTo("PD-003");
    assertThat(rules.get(first.get("ruleIndex").asInt()).get("help").get("text").asText()).isNotBlank();
    JsonNode loc = first.get("locations").get(0).get("physicalLocation");
    assertThat(loc.get("artifactLocation").get("uri").asText()).endsWith("odis-examples/datasets/blocked-personal-data.json");
    int line = loc.get("region").get("startLine").asInt();
    List<String> lines = Files.readAllLines(Examples.DIR.resolve("blocked-personal-data.json"));
    Finding pd = Examples.blocked().assessment().getFindings().get(0);
    String field = pd.getSubject().substring(pd.getSubject().lastIndexOf('/') + 1);
    assertThat(lines.get(line - 1)).as("line %d is the field %s", line, pd.getSubject()).contains("\"" + field + "\"");
    assertThat(lines.get(line - 1).indexOf('"' + field + '"') + 1).isEqualTo(loc.get("region").get("startColumn").asInt());
  }

  @Test
  void sarif_warningsAndRecommendations_areWarningAndNote() throws Exception {
    JsonNode results = new ObjectMapper().readTree(portfolio(Format.SARIF, ReportOptions.defaults()))
        .get("runs").get(0).get("results");
    List<String> levels = new ArrayList<>();
    results.forEach(r -> levels.add(r.get("level").asText()));
    assertThat(levels).contains("error", "warning", "note").allMatch(l -> List.of("error", "warning", "note").contains(l));
  }

  @Test
  void junit_isASuitePerDataset_withAFailingCasePerBlocker() throws Exception {
    Document doc = xml(portfolio(Format.JUNIT, ReportOptions.defaults()));

    NodeList suites = doc.getDocumentElement().getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(3);
    for (int i = 0; i < suites.getLength(); i++) {
      Element suite = (Element) suites.item(i);
      DatasetReport r = Examples.reports().get(i);
      long blockers = r.assessment().blockerCount();
      assertThat(suite.getAttribute("name")).isEqualTo(r.assessment().getDatasetId());
      assertThat(suite.getElementsByTagName("failure").getLength()).isEqualTo((int) blockers);
      assertThat(suite.getAttribute("failures")).isEqualTo(Long.toString(blockers));
      assertThat(suite.getElementsByTagName("testcase").getLength()).isEqualTo((int) Math.max(blockers, 1));
    }
    Element failure = (Element) doc.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("BLOCKER");
    assertThat(failure.getTextContent()).contains("PD-003");
  }

  @Test
  void junit_failLevelWarning_failsOnWarningsToo_andABadInputIsAnError() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PortfolioReport r = Reports.writer(Format.JUNIT, ReportOptions.builder().failLevel(Severity.WARNING).build()).open(out)) {
      r.add(Examples.blocked());
      r.failed(new InputProblem("bad & <odd>.json", 3, 14, "/secrecy", "\"MAYBE\" is not allowed", null));
      r.finish();
    }
    Document doc = xml(out.toString(StandardCharsets.UTF_8));

    long expected = Examples.blocked().assessment().getFindings().stream()
        .filter(f -> f.getSeverity() == Severity.BLOCKER || f.getSeverity() == Severity.WARNING).count();
    Element first = (Element) doc.getElementsByTagName("testsuite").item(0);
    assertThat(first.getElementsByTagName("failure").getLength()).isEqualTo((int) expected).isGreaterThan(1);
    Element bad = (Element) doc.getElementsByTagName("testsuite").item(1);
    assertThat(bad.getAttribute("name")).isEqualTo("bad & <odd>.json");
    assertThat(bad.getElementsByTagName("error").getLength()).isEqualTo(1);
  }

  @Test
  void github_isAnAnnotationPerFinding_atItsFieldsLine() throws Exception {
    String out = portfolio(Format.GITHUB, ReportOptions.builder().language(Language.EN).build());

    List<String> lines = out.lines().toList();
    int findings = 0;
    for (DatasetReport r : Examples.reports()) findings += r.assessment().getFindings().size();
    assertThat(lines).hasSize(findings).allMatch(l -> l.matches("::(error|warning|notice) file=[^,]+,line=\\d+,col=\\d+,title=.*::.+"));
    assertThat(lines.get(0)).startsWith("::error file=../odis-examples/datasets/blocked-personal-data.json,line=")
        .contains("title=PD-003 ");
  }

  @Test
  void github_escapesDataAndProperties() {
    assertThat(GithubWriter.data("50% a\nb\r")).isEqualTo("50%25 a%0Ab%0D");
    assertThat(GithubWriter.property("a:b,c")).isEqualTo("a%3Ab%2Cc");
  }

  @Test
  void positions_findTheFieldOrItsNearestParent() throws Exception {
    Path f = Files.createTempFile("odis-positions", ".ndjson");
    try {
      Files.writeString(f, "{\"id\": \"a\"}\n{\"id\": \"b\",\n\"distributions\": [{\"format\": \"CSV\"}]}\n");
      try (SourcePositions p = new SourcePositions()) {
        var a = p.of(new Origin(f.toString(), 1, null));
        var b = p.of(new Origin(f.toString(), 2, null));
        assertThat(SourcePositions.find(a, "/id")).isEqualTo(new SourcePositions.Position(1, 2));
        assertThat(SourcePositions.find(b, "/distributions/0/format")).isEqualTo(new SourcePositions.Position(3, 20));
        assertThat(SourcePositions.find(b, "/distributions/0/accessUrl")).isEqualTo(new SourcePositions.Position(3, 19));
        assertThat(SourcePositions.find(b, "/")).isEqualTo(new SourcePositions.Position(2, 1));
      }
    } finally {
      Files.delete(f);
    }
  }

  private static String portfolio(Format format, ReportOptions options) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Reports.writer(format, options).write(Examples.reports(), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static Document xml(String s) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
  }
}
