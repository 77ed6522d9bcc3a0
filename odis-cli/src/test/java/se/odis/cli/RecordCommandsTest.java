package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.cli.Cli.odis;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.odis.cli.Cli.Result;
import se.odis.model.Dataset;
import se.odis.model.DatasetReader;
import se.odis.model.PersonalDataStatus;
import se.odis.model.TaskStatus;

/** {@code odis set} and {@code odis progress}: the record edited from the command line. */
class RecordCommandsTest {
  @TempDir Path dir;

  private Path starter() {
    Path file = dir.resolve("parkering.json");
    assertThat(odis("init", "-o", file.toString(), "--title", "Parkeringsplatser").exitCode()).isZero();
    return file;
  }

  private static Dataset read(Path file) throws Exception {
    return DatasetReader.strict().read(file);
  }

  @Test
  void set_recordsTheFact_andSaysSo() throws Exception {
    Path file = starter();

    Result r = odis("set", file.toString(), "personalData.status", "NONE");
    Result en = odis("set", file.toString(), "roles.owner", "Trafiknämnden", "--lang", "en");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo("Satte personalData.status = NONE i " + file + "\n");
    assertThat(en.out()).isEqualTo("Set roles.owner = Trafiknämnden in " + file + "\n");
    assertThat(read(file).getPersonalData().getStatus()).isEqualTo(PersonalDataStatus.NONE);
    assertThat(read(file).getRoles().getOwner()).isEqualTo("Trafiknämnden");
  }

  @Test
  void set_sameValueAgain_writesNothing() throws Exception {
    Path file = starter();
    odis("set", file.toString(), "licence", "CC0-1.0");
    long modified = Files.getLastModifiedTime(file).toMillis();
    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(modified - 10_000));

    Result r = odis("set", file.toString(), "licence", "CC0-1.0");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo(file + ": ingen ändring, filen skrevs inte\n");
    assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(modified - 10_000);
  }

  @Test
  void set_unsetAndJson() throws Exception {
    Path file = starter();

    odis("set", file.toString(), "publisher", "--json", "{\"name\": \"Exempelkommun\"}");
    odis("set", file.toString(), "secrecy", "FULL");
    Result unset = odis("set", file.toString(), "secrecy", "--unset");

    assertThat(unset.exitCode()).isZero();
    assertThat(read(file).getPublisher().getName()).isEqualTo("Exempelkommun");
    assertThat(read(file).getSecrecy().name()).isEqualTo("UNKNOWN");
  }

  static Stream<Object[]> badSets() {
    return Stream.of(
        new Object[] {new String[] {"persnalData.status", "NONE"},
            "/persnalData: unknown field 'persnalData' (did you mean 'personalData'?)"},
        new Object[] {new String[] {"secrecy", "NEJ"}, "/secrecy: \"NEJ\" is not allowed; expected one of NONE, PARTIAL, FULL, UNKNOWN"},
        new Object[] {new String[] {"issued", "igår"}, "/issued: \"igår\" is not in the form YYYY-MM-DD"},
        new Object[] {new String[] {"progress.A.1.1.1", "DONE"}, "use: odis progress FILE TASK --status STATUS"},
        new Object[] {new String[] {"licence"}, "VALUE is missing"},
        new Object[] {new String[] {"licence", "x", "--unset"}, "--unset takes no VALUE"},
        new Object[] {new String[] {"publisher", "--json", "{name}"}, "/publisher: the value is not JSON"},
        new Object[] {new String[] {"id", "a\u001bb"}, "/id: "},
        new Object[] {new String[] {"", "x"}, "'' is not a field name"});
  }

  @ParameterizedTest
  @MethodSource("badSets")
  void set_badInput_exitsTwo_namesTheProblem_andWritesNothing(String[] args, String expected) throws Exception {
    Path file = starter();
    byte[] before = Files.readAllBytes(file);
    String[] all = Stream.concat(Stream.of("set", file.toString()), Stream.of(args)).toArray(String[]::new);

    Result r = odis(all);

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).startsWith("odis: error: ").contains(expected);
    assertThat(r.out()).isEmpty();
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void set_andProgress_onFilesThatAreNoDatasets_exitTwo() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.json"), "");
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"id\": \"x\", \"secrecy\": \"MAYBE\"}");

    for (String[] args : new String[][] {
        {"set", dir.resolve("none.json").toString(), "licence", "CC0-1.0"},
        {"set", dir.toString(), "licence", "CC0-1.0"},
        {"set", empty.toString(), "licence", "CC0-1.0"},
        {"progress", broken.toString(), "A.1.1.1", "--status", "DONE"},
        {"progress", dir.toString()}}) {
      Result r = odis(args);
      assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(r.err()).as(String.join(" ", args)).startsWith("odis: error: ").doesNotContain("Exception");
    }
    assertThat(Files.readString(broken, StandardCharsets.UTF_8)).isEqualTo("{\"id\": \"x\", \"secrecy\": \"MAYBE\"}");
    assertThat(Files.readString(empty, StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void progress_recordsTheTask_withTodayAsDefaultDate() throws Exception {
    Path file = starter();

    Result r = odis("progress", file.toString(), "A3.3.1", "--status", "done", "--by", "Trafiknämnden", "--note", "TN 2026/12");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo("Registrerade A.3.3.1 som klar (" + LocalDate.now() + ") i " + file + "\n");
    var p = read(file).getProgress().get(se.odis.model.TaskId.of("A.3.3.1"));
    assertThat(p.getStatus()).isEqualTo(TaskStatus.DONE);
    assertThat(p.getDate()).isEqualTo(LocalDate.now());
    assertThat(p.getBy()).isEqualTo("Trafiknämnden");
    assertThat(p.getNote()).isEqualTo("TN 2026/12");
  }

  static Stream<Object[]> badProgress() {
    return Stream.of(
        new Object[] {new String[] {"A.3.3.9", "--status", "DONE"}, "'A.3.3.9' is not a task of the guide"},
        new Object[] {new String[] {"A.3.3.1", "--status", "klar"}, "'klar' is not a status; expected one of"},
        new Object[] {new String[] {"A.3.3.1"}, "--status is missing"},
        new Object[] {new String[] {"--status", "DONE"}, "TASK is missing"},
        new Object[] {new String[] {"A.3.3.1", "--status", "DONE", "--date", "2026-02-30"}, "'2026-02-30' is not a date"},
        new Object[] {new String[] {"B.3.2.2", "--status", "NOT_APPLICABLE"},
            "task B.3.2.2 always applies in the guide, so it cannot be NOT_APPLICABLE"},
        new Object[] {new String[] {"A.1.1.1", "--status", "DONE", "--note", "a\u0000b"}, "/progress/A.1.1.1/note: "});
  }

  @ParameterizedTest
  @MethodSource("badProgress")
  void progress_badInput_exitsTwo_namesTheProblem_andWritesNothing(String[] args, String expected) throws Exception {
    Path file = starter();
    byte[] before = Files.readAllBytes(file);
    String[] all = Stream.concat(Stream.of("progress", file.toString()), Stream.of(args)).toArray(String[]::new);

    Result r = odis(all);

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).startsWith("odis: error: ").contains(expected);
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void progress_withoutTask_printsTheChecklist_withTheCurrentStageAndGates() throws Exception {
    Path file = starter();
    odis("set", file.toString(), "roles.owner", "Trafiknämnden");
    odis("progress", file.toString(), "A.3.3.1", "--status", "DONE", "--date", "2026-01-10", "--by", "Trafiknämnden");

    Result r = odis("progress", file.toString(), "--as-of", "2026-03-01");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("Checklista för parkering – Parkeringsplatser\nBedömd 2026-03-01: ")
        .contains("1 av 56 uppgifter klara, 0 pågår, 0 ej tillämpliga\n")
        .contains("      [x] A.3.3.1  Besluta om att gå vidare till att förbereda publicering av datamängden\n"
            + "                   ◆ Grind: Beslut att gå vidare – passerad\n"
            + "                   klar · 2026-01-10 · Trafiknämnden\n")
        .contains("◀ här står datamängden nu")
        .contains("      [ ] B.3.2.2  Fatta beslut om publicering\n                   ◆ Grind: Beslut om publicering – ");
    assertThat(r.out().lines().filter(l -> l.matches(" {6}\\[.\\] [ABC]\\.\\d\\.\\d\\.\\d .*"))).hasSize(56);
  }
}
