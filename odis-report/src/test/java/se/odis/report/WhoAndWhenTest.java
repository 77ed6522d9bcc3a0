package se.odis.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import se.odis.model.Dataset;
import se.odis.model.ImmutableDataset;
import se.odis.model.ImmutablePersonalData;
import se.odis.model.PersonalDataStatus;
import se.odis.rules.Assessor;

/**
 * Who decided what, and when, is visible in every report: each gate with the date and
 * decision-maker recorded for its task, and each next step with the evidence recorded for it
 * (above all a task listed as done that must be redone).
 */
class WhoAndWhenTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static DatasetReport ready() throws Exception {
    return Examples.reports().get(2);
  }

  /** The ready example with personal data found after its protective measures were marked done (B.2.2.1, 2026-03-01). */
  private static DatasetReport protectionToRedo() throws Exception {
    Dataset d = ImmutableDataset.copyOf(ready().dataset())
        .withPersonalData(ImmutablePersonalData.builder().status(PersonalDataStatus.PRESENT).build());
    return DatasetReport.of(d, Assessor.create().assess(d, Examples.AS_OF));
  }

  private static String write(Format format, Language lang, DatasetReport report) throws Exception {
    StringWriter out = new StringWriter();
    Reports.writer(format, ReportOptions.builder().language(lang).build()).write(report, out);
    // Text wraps long lines: read it as one line of words.
    return out.toString().replaceAll("\\s+", " ");
  }

  private static JsonNode json(DatasetReport report) throws Exception {
    return MAPPER.readTree(write(Format.JSON, Language.EN, report));
  }

  private static JsonNode gate(JsonNode root, String name) {
    for (JsonNode g : root.get("gates")) if (g.get("gate").asText().equals(name)) return g;
    throw new AssertionError("no gate " + name);
  }

  @ParameterizedTest
  @EnumSource(value = Format.class, names = {"TEXT", "MARKDOWN", "HTML"})
  void gates_readyExample_showWhoDecidedWhen_inSwedishAndEnglish(Format format) throws Exception {
    assertThat(write(format, Language.SV, ready()))
        .contains("passerad · beslutad 2026-03-01 av Anna Andersson, öppna data-samordnare")
        .contains("passerad · utförd 2026-03-01 av Anna Andersson, öppna data-samordnare")
        .contains("passerad · beslutad 2026-11-10 av Trafiknämnden");
    assertThat(write(format, Language.EN, ready()))
        .contains("passed · decided 2026-11-10 by Trafiknämnden")
        .contains("passed · carried out 2026-03-01 by Anna Andersson");
  }

  @Test
  void json_gates_carryDecidedOnAndDecidedBy_nullWhereNothingIsDecided() throws Exception {
    JsonNode root = json(ready());

    assertThat(gate(root, "PUBLICATION").get("decidedOn").asText()).isEqualTo("2026-11-10");
    assertThat(gate(root, "PUBLICATION").get("decidedBy").asText()).isEqualTo("Trafiknämnden");
    assertThat(gate(root, "GO_AHEAD").get("decidedOn").asText()).isEqualTo("2026-03-01");
    assertThat(gate(root, "DECOMMISSION").get("decidedOn").isNull()).isTrue();
    assertThat(gate(root, "DECOMMISSION").get("decidedBy").isNull()).isTrue();
  }

  @Test
  void json_decisionDatedAfterTheAssessmentDay_isNotYetDecided() throws Exception {
    Dataset d = ready().dataset();
    DatasetReport before = DatasetReport.of(d, Assessor.create().assess(d, LocalDate.of(2026, 11, 9)));

    JsonNode root = json(before);

    assertThat(gate(root, "PUBLICATION").get("decidedOn").isNull()).isTrue();
    assertThat(gate(root, "PUBLICATION").get("decidedBy").isNull()).isTrue();
    assertThat(gate(root, "GO_AHEAD").get("decidedBy").asText()).isEqualTo("Anna Andersson, öppna data-samordnare");
  }

  @ParameterizedTest
  @EnumSource(value = Format.class, names = {"TEXT", "MARKDOWN", "HTML"})
  void nextSteps_taskDoneButToRedo_showsWhenAndByWhomItWasMarkedDone(Format format) throws Exception {
    assertThat(write(format, Language.SV, protectionToRedo()))
        .contains("klar, men behöver göras om (2026-03-01 av Anna Andersson, öppna data-samordnare)")
        // The gate passed in spite of the blocker still says who marked it done.
        .contains("utförd 2026-03-01 av Anna Andersson");
    assertThat(write(format, Language.EN, protectionToRedo()))
        .contains("done, but must be redone (2026-03-01 by Anna Andersson, öppna data-samordnare)");
  }

  @Test
  void json_nextSteps_carryTheEvidenceRecordedForEachTask() throws Exception {
    JsonNode step = null;
    for (JsonNode s : json(protectionToRedo()).get("nextSteps")) {
      if (s.get("taskId").asText().equals("B.2.2.1")) step = s;
    }

    assertThat(step).as("B.2.2.1 among the next steps").isNotNull();
    assertThat(step.get("status").asText()).isEqualTo("DONE");
    assertThat(step.get("date").asText()).isEqualTo("2026-03-01");
    assertThat(step.get("by").asText()).isEqualTo("Anna Andersson, öppna data-samordnare");
    assertThat(step.get("note").isNull()).isTrue();
  }

  @Test
  void nextSteps_inProgressWithANote_showsTheNoteQuoted() throws Exception {
    assertThat(write(Format.TEXT, Language.SV, Examples.blocked()))
        .contains("påbörjad (2026-10-15 av Bygglovsenheten: ”Namn ersatta med löpnummer; fastighetsbeteckning kvar”)");
  }
}
