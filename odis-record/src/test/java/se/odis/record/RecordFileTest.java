package se.odis.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.odis.model.DataTheme;
import se.odis.model.DatasetReader;
import se.odis.model.Guide;
import se.odis.model.InputProblem;
import se.odis.model.InvalidInputException;
import se.odis.model.PersonalDataStatus;
import se.odis.model.PublisherType;
import se.odis.model.TaskId;
import se.odis.model.TaskStatus;

/** {@link RecordFile}: edits validated as the reader validates, written in one layout, atomically. */
class RecordFileTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  static RecordFile starter() throws InvalidInputException {
    return RecordFile.starter("parkering", "Parkeringsplatser", "parkering.json");
  }

  static InputProblem problem(ThrowingEdit edit) {
    try {
      edit.run();
    } catch (InvalidInputException e) {
      return e.getProblem();
    }
    throw new AssertionError("the edit was accepted");
  }

  interface ThrowingEdit {
    void run() throws InvalidInputException;
  }

  /** The lines of {@code after} that are not in {@code before}, and the other way round. */
  static List<String> changedLines(String before, String after) {
    List<String> a = List.of(before.split("\n", -1));
    List<String> b = List.of(after.split("\n", -1));
    List<String> out = new ArrayList<>();
    if (a.size() == b.size()) {
      for (int i = 0; i < a.size(); i++) if (!a.get(i).equals(b.get(i))) out.add(a.get(i) + " -> " + b.get(i));
      return out;
    }
    out.add("line count " + a.size() + " -> " + b.size());
    return out;
  }

  // ------------------------------------------------------------------ the starter file

  @Test
  void starter_listsEveryTaskWithItsText_andReadsBackStrictly() throws Exception {
    RecordFile f = starter();

    var d = DatasetReader.strict().read(f.text(), "t");
    assertThat(d.getProgress()).hasSize(Guide.odis().getTasks().size());
    assertThat(d.getProgress().get(TaskId.of("A.3.3.1")).getTitle())
        .isEqualTo("Besluta om att gå vidare till att förbereda publicering av datamängden");
    assertThat(f.text()).startsWith("{\n  \"$schema\": \"").endsWith("}\n")
        .contains("\n    \"A.1.1.1\": {\n      \"title\": \"Identifiera datamängd att öppna\",\n      \"status\": \"NOT_STARTED\"\n    },\n");
  }

  @Test
  void starter_idTheReaderRefuses_isRefusedWithItsPointer() {
    InputProblem p = problem(() -> RecordFile.starter("a\nb", null, "x.json"));

    assertThat(p.getPointer()).isEqualTo("/id");
    assertThat(p.getProblem()).isEqualTo("'id' holds a line break or tab");
  }

  // ------------------------------------------------------------------ set

  @Test
  void set_decisiveFact_changesOnlyThatLine() throws Exception {
    RecordFile before = starter();

    RecordFile after = before.set("personalData.status", "NONE");

    assertThat(after.dataset().getPersonalData().getStatus()).isEqualTo(PersonalDataStatus.NONE);
    assertThat(changedLines(before.text(), after.text()))
        .containsExactly("    \"status\": \"UNKNOWN\", ->     \"status\": \"NONE\",");
  }

  @Test
  void set_misspeltField_isAnErrorThatSuggestsTheName() {
    InputProblem top = problem(() -> starter().set("persnalData.status", "NONE"));
    InputProblem nested = problem(() -> starter().set("roles.ownr", "Trafiknämnden"));

    assertThat(top.getPointer()).isEqualTo("/persnalData");
    assertThat(top.getProblem()).isEqualTo("unknown field 'persnalData' (did you mean 'personalData'?)");
    assertThat(top.getExpected()).startsWith("one of $schema, accessRights, accrualPeriodicity, ").contains(", personalData, ");
    assertThat(nested.getPointer()).isEqualTo("/roles/ownr");
    assertThat(nested.getProblem()).isEqualTo("unknown field 'ownr' (did you mean 'owner'?)");
    assertThat(nested.getExpected()).isEqualTo("one of owner, producer, steward");
  }

  @Test
  void set_badValue_isRefusedInTheReadersOwnWords() throws Exception {
    InputProblem viaSet = problem(() -> starter().set("personalData.status", "NONEE"));
    InputProblem viaReader;
    try {
      DatasetReader.strict().read("{\"id\": \"x\", \"personalData\": {\"status\": \"NONEE\"}}", "parkering.json");
      throw new AssertionError("read");
    } catch (InvalidInputException e) {
      viaReader = e.getProblem();
    }

    assertThat(viaSet.getProblem()).isEqualTo(viaReader.getProblem()).contains("did you mean 'NONE'?");
    assertThat(viaSet.getExpected()).isEqualTo(viaReader.getExpected());
    assertThat(viaSet.getPointer()).isEqualTo("/personalData/status");
    assertThat(viaSet.toString()).isEqualTo(
        "parkering.json: /personalData/status: \"NONEE\" is not allowed (did you mean 'NONE'?); expected one of "
            + viaReader.getExpected().substring("one of ".length()));
  }

  @Test
  void set_badDateAndBadBoolean_areTheReadersProblems() {
    assertThat(problem(() -> starter().set("issued", "2026-02-30")).toString())
        .isEqualTo("parkering.json: /issued: \"2026-02-30\" is not a day of the calendar; expected a date written YYYY-MM-DD, e.g. \"2026-01-31\"");
    assertThat(problem(() -> starter().set("support.usageStatistics", "ja")).getPointer())
        .isEqualTo("/support/usageStatistics");
  }

  @Test
  void set_intoANullSlot_makesTheObject_andAListFromCommas() throws Exception {
    RecordFile f = starter().set("publisher.name", "Exempelkommun").set("publisher.type", "LocalAuthority")
        .set("themes", "TRAN, ENVI");

    assertThat(f.dataset().getPublisher().getName()).isEqualTo("Exempelkommun");
    assertThat(f.dataset().getPublisher().getType()).isEqualTo(PublisherType.LOCAL_AUTHORITY);
    assertThat(f.dataset().getThemes()).containsExactly(DataTheme.TRAN, DataTheme.ENVI);
    assertThat(f.text()).contains("\"publisher\": {\n    \"name\": \"Exempelkommun\",\n    \"type\": \"LocalAuthority\"\n  },");
  }

  @Test
  void set_objectWithoutJson_isRefused_butJsonIsTaken() throws Exception {
    InputProblem p = problem(() -> starter().set("publisher", "Exempelkommun"));
    RecordFile f = starter().setJson("keywords", "[\"parkering, avgift\", \"trafik\"]");

    assertThat(p.getProblem()).isEqualTo("'publisher' holds fields, not a single value");
    assertThat(p.getExpected()).startsWith("one of its fields, e.g. publisher.name");
    assertThat(f.dataset().getKeywords()).containsExactly("parkering, avgift", "trafik");
  }

  @Test
  void set_badJson_isRefusedInPlainWords() {
    InputProblem p = problem(() -> starter().setJson("publisher", "{\"name\": \"a\", \"name\": \"b\"}"));

    assertThat(p.getPointer()).isEqualTo("/publisher");
    assertThat(p.getProblem()).startsWith("the value is not JSON: ").contains("name");
  }

  @Test
  void set_progressOrImported_isRefusedWithTheWayToDoIt() {
    assertThat(problem(() -> starter().set("progress.A", "DONE")).getProblem()).contains("odis progress FILE TASK");
    assertThat(problem(() -> starter().set("imported.catalogue", "x")).getProblem()).contains("odis import");
  }

  @Test
  void set_intoAValue_isRefused() {
    InputProblem p = problem(() -> starter().set("licence.id", "CC0-1.0"));

    assertThat(p.getProblem()).isEqualTo("'licence' holds a single value, not fields");
  }

  @Test
  void set_listElementThatDoesNotExist_isRefused() {
    InputProblem p = problem(() -> starter().set("distributions.0.format", "CSV"));

    assertThat(p.getProblem()).isEqualTo("'distributions' has 0 elements, so there is no element 0");
  }

  @Test
  void set_handWrittenFile_keepsItsOrderNullsAndNumbers_andAddsTheFieldInItsPlace() throws Exception {
    String hand = "{\"licence\": null, \"id\": \"x\", \"$schema\": \"s\",\n"
        + " \"distributions\": [{\"accessUrl\": \"https://e.se/d\", \"byteSize\": 1200}],\n"
        + " \"progress\": {\"A3.3.1\": {\"status\": \"DONE\", \"by\": \"KS\"}}}";
    RecordFile f = RecordFile.parse(hand, "x.json").set("secrecy", "NONE");

    assertThat(f.text()).isEqualTo("{\n"
        + "  \"licence\": null,\n"
        + "  \"id\": \"x\",\n"
        + "  \"$schema\": \"s\",\n"
        + "  \"secrecy\": \"NONE\",\n"
        + "  \"distributions\": [\n"
        + "    {\n"
        + "      \"accessUrl\": \"https://e.se/d\",\n"
        + "      \"byteSize\": 1200\n"
        + "    }\n"
        + "  ],\n"
        + "  \"progress\": {\n"
        + "    \"A3.3.1\": {\n"
        + "      \"status\": \"DONE\",\n"
        + "      \"by\": \"KS\"\n"
        + "    }\n"
        + "  }\n"
        + "}\n");
  }

  @Test
  void unset_factGoesBackToUnknown_listToEmpty_nullableToNull() throws Exception {
    RecordFile set = starter().set("secrecy", "NONE").set("themes", "TRAN").set("licence", "CC0-1.0");

    RecordFile unset = set.unset("secrecy").unset("themes").unset("licence");

    assertThat(unset.text()).isEqualTo(starter().text());
  }

  // ------------------------------------------------------------------ progress

  @Test
  void progress_recordsStatusDateByAndNote_inOneEntry() throws Exception {
    RecordFile before = starter();

    RecordFile after = before.progress("A3.3.1", TaskStatus.DONE, DAY, "Trafiknämnden", "Beslut TN 2026/12");

    var p = after.dataset().getProgress().get(TaskId.of("A.3.3.1"));
    assertThat(p.getStatus()).isEqualTo(TaskStatus.DONE);
    assertThat(p.getDate()).isEqualTo(DAY);
    assertThat(p.getBy()).isEqualTo("Trafiknämnden");
    assertThat(p.getNote()).isEqualTo("Beslut TN 2026/12");
    assertThat(after.text()).contains("    \"A.3.3.1\": {\n"
        + "      \"title\": \"Besluta om att gå vidare till att förbereda publicering av datamängden\",\n"
        + "      \"status\": \"DONE\",\n"
        + "      \"date\": \"2026-03-01\",\n"
        + "      \"by\": \"Trafiknämnden\",\n"
        + "      \"note\": \"Beslut TN 2026/12\"\n"
        + "    },\n");
  }

  @Test
  void progress_keepsWhatItIsNotGiven_andAnEmptyTextRemoves() throws Exception {
    RecordFile f = starter().progress("B.3.2.2", TaskStatus.IN_PROGRESS, DAY, "KS", "Ärende 5");

    RecordFile kept = f.progress("B.3.2.2", TaskStatus.DONE, null, null, null);
    RecordFile removed = kept.progress("B.3.2.2", TaskStatus.DONE, null, "", null);

    var p = kept.dataset().getProgress().get(TaskId.of("B.3.2.2"));
    assertThat(p.getDate()).isEqualTo(DAY);
    assertThat(p.getBy()).isEqualTo("KS");
    assertThat(p.getNote()).isEqualTo("Ärende 5");
    assertThat(removed.dataset().getProgress().get(TaskId.of("B.3.2.2")).getBy()).isNull();
  }

  @Test
  void progress_taskWrittenInTheOtherStyle_isEditedWhereItIs() throws Exception {
    RecordFile f = RecordFile.parse("{\"id\": \"x\", \"progress\": {\"A3.3.1\": {\"status\": \"IN_PROGRESS\"}}}", "x.json");

    RecordFile after = f.progress("A.3.3.1", TaskStatus.DONE, DAY, null, null);

    assertThat(after.text()).contains("\"A3.3.1\": {").doesNotContain("\"A.3.3.1\"");
    assertThat(after.dataset().isDone("A.3.3.1")).isTrue();
  }

  @Test
  void progress_unknownTask_isRefusedAsTheReaderWould() {
    InputProblem p = problem(() -> starter().progress("A.3.3.9", TaskStatus.DONE, DAY, null, null));
    InputProblem stage = problem(() -> starter().progress("B2", TaskStatus.DONE, DAY, null, null));

    assertThat(p.getProblem()).isEqualTo("'A.3.3.9' is not a task of the guide");
    assertThat(p.getExpected()).isEqualTo("a task id from A.1.1.1 to C.3.1.5, e.g. \"A.3.3.1\"");
    assertThat(stage.getProblem()).isEqualTo("'B2' is a phase, stage or activity, not a task");
  }

  @Test
  void progress_notApplicable_onlyForTheGuidesConditionalTasks() throws Exception {
    InputProblem always = problem(() -> starter().progress("B.3.2.2", TaskStatus.NOT_APPLICABLE, DAY, null, null));
    RecordFile whenNeeded = starter().progress("A.3.2.1", TaskStatus.NOT_APPLICABLE, DAY, null, null);

    assertThat(always.getProblem()).isEqualTo("task B.3.2.2 always applies in the guide, so it cannot be NOT_APPLICABLE");
    assertThat(whenNeeded.dataset().statusOf("A.3.2.1")).isEqualTo(TaskStatus.NOT_APPLICABLE);
  }

  @Test
  void progress_textTheReaderRefuses_isRefused() {
    InputProblem p = problem(() -> starter().progress("A.1.1.1", TaskStatus.DONE, DAY, "a\u0007b", null));

    assertThat(p.getPointer()).isEqualTo("/progress/A.1.1.1/by");
    assertThat(p.getProblem()).startsWith("the text holds the control character U+0007");
  }

  // ------------------------------------------------------------------ write

  @Test
  void write_replacesTheFileWhole_leavingNoTemporaryFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("parkering.json");
    starter().write(file);
    RecordFile read = RecordFile.read(file);

    read.set("licence", "CC0-1.0").write(file);

    assertThat(RecordFile.read(file).dataset().getLicence()).isEqualTo("CC0-1.0");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void write_fileChangedOnDiskSinceRead_isNotOverwritten(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("parkering.json");
    starter().write(file);
    RecordFile read = RecordFile.read(file);
    String other = read.set("secrecy", "FULL").text();
    Files.writeString(file, other, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> read.set("secrecy", "NONE").write(file))
        .isInstanceOf(IOException.class).hasMessageContaining("changed on disk since it was read");
    assertThat(Files.readString(file)).isEqualTo(other);
  }

  @Test
  void read_directoryOrMissingFile_isAProblemNamingIt(@TempDir Path dir) {
    assertThat(problem(() -> RecordFile.read(dir)).toString()).isEqualTo(dir + ": is a directory; expected a dataset file");
    assertThat(problem(() -> RecordFile.read(dir.resolve("no.json"))).getProblem()).isEqualTo("no such file");
  }
}
