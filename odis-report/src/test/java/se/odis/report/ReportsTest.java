package se.odis.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.odis.model.InputProblem;

/** The public API: every format through {@link Reports#writer}, as an embedder calls it. */
class ReportsTest {
  private static final ReportOptions EN = ReportOptions.builder().language(Language.EN).build();

  @Test
  void json_oneDataset_isTheAssessmentContract() throws Exception {
    JsonNode root = json(Reports.writer(Format.JSON, EN), Examples.blocked());

    assertThat(root.get("format").asText()).isEqualTo("odis-assessment/1");
    assertThat(root.get("datasetId").asText()).isEqualTo("exempelkommun-bygglov-02");
    assertThat(root.get("language").asText()).isEqualTo("en");
    assertThat(root.get("verdict").asText()).isEqualTo("BLOCKED");
    assertThat(root.get("sourceFile").asText()).endsWith("blocked-personal-data.json");
  }

  @Test
  void json_portfolio_isThePortfolioContract_withSummaryAndErrors() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PortfolioReport r = Reports.writer(Format.JSON, ReportOptions.defaults()).open(out)) {
      for (DatasetReport d : Examples.reports()) r.add(d);
      r.failed(new InputProblem("bad.json", 3, 14, "/secrecy", "\"MAYBE\" is not allowed", "one of NONE"));
      r.finish();
      assertThat(r.assessed()).isEqualTo(3);
      assertThat(r.failures()).isEqualTo(1);
    }
    JsonNode root = new ObjectMapper().readTree(out.toByteArray());

    assertThat(root.get("format").asText()).isEqualTo("odis-portfolio/1");
    assertThat(root.get("assessments")).hasSize(3);
    assertThat(root.get("errors").get(0).get("pointer").asText()).isEqualTo("/secrecy");
    assertThat(root.get("summary").get("assessed").asLong()).isEqualTo(3);
    assertThat(root.get("summary").get("asOf").asText()).isEqualTo(Examples.AS_OF.toString());
  }

  @Test
  void text_toAWriter_isTheReportForPeople() throws Exception {
    StringWriter out = new StringWriter();
    Reports.writer(Format.TEXT, EN).write(Examples.blocked(), out);

    assertThat(out.toString()).startsWith("Building permit applications (exempelkommun-bygglov-02)")
        .contains("Verdict:", "BLOCKED", "PD-003");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void everyFormat_isDeterministic_andNotEmpty(Format format) throws Exception {
    byte[] a = write(Reports.writer(format, EN), Examples.reports());
    byte[] b = write(Reports.writer(format, EN), Examples.reports());

    assertThat(a).isNotEmpty().isEqualTo(b);
    if (format.isText()) assertThat(new String(a, StandardCharsets.UTF_8)).isNotBlank();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void everyFormat_outputFailsAfterNBytes_throwsIOException(Format format) throws Exception {
    int whole = write(Reports.writer(format, EN), Examples.reports()).length;
    for (int n : new int[] {0, 1, whole / 2, whole - 1}) {
      FailingStream out = new FailingStream(n);
      assertThatThrownBy(() -> Reports.writer(format, EN).write(Examples.reports(), out))
          .as("%s failing after %d of %d bytes", format, n, whole)
          .isInstanceOf(IOException.class)
          .hasMessageContaining("No space left on device");
    }
  }

  private static JsonNode json(ReportWriter w, DatasetReport r) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.write(r, out);
    return new ObjectMapper().readTree(out.toByteArray());
  }

  private static byte[] write(ReportWriter w, List<DatasetReport> reports) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.write(reports, out);
    return out.toByteArray();
  }

  /** A stream that takes {@code limit} bytes and then fails as a full disk does. */
  static final class FailingStream extends OutputStream {
    private final long limit;
    private long written;

    FailingStream(long limit) {
      this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
      if (written >= limit) throw new IOException("No space left on device");
      written++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (written + len > limit) throw new IOException("No space left on device");
      written += len;
    }
  }
}
