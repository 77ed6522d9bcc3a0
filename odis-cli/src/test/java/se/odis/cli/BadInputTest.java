package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.cli.Cli.odis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.odis.cli.Cli.Result;

/**
 * A dataset file that cannot be read is exit code 2 and one line on standard error naming the
 * file, the place and what was expected; never a stack trace, unless {@code --debug}.
 */
class BadInputTest {
  @TempDir Path dir;

  private Path file(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private static void assertCleanError(Result r, Path file) {
    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .startsWith("odis: error: " + file)
        .contains("expected")
        .doesNotContain("\tat ", "Exception");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void assess_malformedJson_namesLineAndColumn() throws IOException {
    Path f = file("malformed.json", "{\n  \"id\": \"t\",\n  \"title\": {\"sv\": \"x\"\n}\n");

    Result r = odis("assess", f.toString());

    assertCleanError(r, f);
    assertThat(r.err()).containsPattern("malformed\\.json:\\d+:\\d+: ").contains("malformed JSON");
  }

  @Test
  void assess_unknownField_namesItAndSuggestsTheKnownOne() throws IOException {
    Path f = file("typo.json", "{\n  \"id\": \"t\",\n  \"licnce\": \"CC0-1.0\"\n}\n");

    Result r = odis("assess", f.toString());

    assertCleanError(r, f);
    assertThat(r.err()).contains("typo.json:3:").contains("/licnce").contains("'licnce'").contains("'licence'");
  }

  @Test
  void assess_wrongType_namesThePointerAndTheExpectedType() throws IOException {
    Path f = file("type.json",
        "{\n  \"id\": \"t\",\n  \"distributions\": [{\"format\": \"CSV\", \"api\": \"yes\"}]\n}\n");

    Result r = odis("assess", f.toString());

    assertCleanError(r, f);
    assertThat(r.err()).contains("type.json:3:").contains("/distributions/0/api").contains("true or false");
  }

  @Test
  void assess_badEnumValue_listsTheAllowedValues() throws IOException {
    Path f = file("enum.json", "{\n  \"id\": \"t\",\n  \"secrecy\": \"MAYBE\"\n}\n");

    Result r = odis("assess", f.toString());

    assertCleanError(r, f);
    assertThat(r.err()).contains("enum.json:3:").contains("/secrecy").contains("MAYBE").contains("NONE", "UNKNOWN");
  }

  @Test
  void assess_malformedDate_saysHowToWriteADate() throws IOException {
    Path f = file("date.json", "{\n  \"id\": \"t\",\n  \"issued\": \"2026-13-01\"\n}\n");

    Result r = odis("assess", f.toString());

    assertCleanError(r, f);
    assertThat(r.err()).contains("date.json:3:").contains("/issued").contains("2026-13-01").contains("YYYY-MM-DD");
  }

  @Test
  void assess_missingFile_saysNoSuchFile() {
    Path f = dir.resolve("nowhere.json");

    Result r = odis("assess", f.toString());

    assertCleanError(r, f);
    assertThat(r.err()).contains("no such file");
  }

  @Test
  void assess_emptyFile_saysTheInputIsEmpty() throws IOException {
    Path f = file("empty.json", "");

    Result r = odis("assess", f.toString());

    assertCleanError(r, f);
    assertThat(r.err()).contains("empty.json:1").contains("empty");
  }

  @Test
  void assess_unknownTaskInProgress_namesTheTask() throws IOException {
    Path f = file("task.json", "{\"id\": \"t\", \"progress\": {\"A.9.9.9\": {\"status\": \"DONE\"}}}");

    Result r = odis("assess", f.toString());

    assertCleanError(r, f);
    assertThat(r.err()).contains("task.json:1:").contains("A.9.9.9").contains("not a task of the guide");
  }

  @Test
  void assess_badInputInJsonFormat_isStillAnErrorOnStderr() throws IOException {
    Path f = file("enum.json", "{\"id\": \"t\", \"secrecy\": \"MAYBE\"}");

    Result r = odis("assess", "--format", "json", f.toString());

    assertCleanError(r, f);
  }

  @Test
  void assess_badInputWithDebug_alsoPrintsTheStackTrace() throws IOException {
    Path f = file("enum.json", "{\n  \"id\": \"t\",\n  \"secrecy\": \"MAYBE\"\n}\n");

    Result r = odis("assess", "--debug", f.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err())
        .startsWith("odis: error: " + f)
        .contains("InvalidInputException")
        .contains("\tat ");
  }
}
