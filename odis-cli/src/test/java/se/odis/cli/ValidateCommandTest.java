package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.cli.Cli.BLOCKED;
import static se.odis.cli.Cli.EXAMPLES;
import static se.odis.cli.Cli.READY;
import static se.odis.cli.Cli.odis;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.odis.cli.Cli.Result;

/** {@code odis validate FILE…}: strict reading only, per file, and the exit code says if all passed. */
class ValidateCommandTest {
  @Test
  void validate_validFile_printsOkAndExitsZero_withoutAssessing() {
    Result r = odis("validate", BLOCKED); // blockers do not matter: nothing is assessed

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo("OK       " + BLOCKED + "\n\n1 fil: 1 giltig, ingen ogiltig\n");
  }

  @Test
  void validate_directory_readsEveryJsonFileBelowIt_inOrder() {
    Result r = odis("validate", EXAMPLES.toString(), "--lang", "en");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).containsSubsequence(
        "OK       " + EXAMPLES.resolve("blocked-personal-data.json"),
        "OK       " + EXAMPLES.resolve("phase-a-identify.json"),
        "OK       " + EXAMPLES.resolve("ready-to-publish.json"));
    assertThat(r.out()).endsWith("\n3 files: 3 valid, 0 invalid\n");
  }

  @Test
  void validate_invalidFiles_printTheProblemOneLinerAndExitTwo(@TempDir Path dir) throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\n  \"id\": \"x\",\n  \"secrecy\": \"MAYBE\"\n}\n");
    Path typo = Files.writeString(dir.resolve("typo.json"), "{\"id\": \"x\", \"licens\": \"CC0-1.0\"}");

    Result r = odis("validate", bad.toString(), READY, typo.toString(), "nope.json");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.out()).containsSubsequence(
        "INVALID  " + bad + ":3:14: /secrecy: \"MAYBE\" is not allowed; expected one of NONE, PARTIAL, FULL, UNKNOWN\n",
        "OK       " + READY + "\n",
        "INVALID  " + typo + ":1:",
        "unknown field 'licens' (did you mean 'licence'?)",
        "INVALID  nope.json: no such file",
        "4 filer: 1 giltig, 3 ogiltiga\n");
    assertThat(r.out()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void validate_nestedDirectory_findsJsonFilesOnlyAndRecursively(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("a/b"));
    Files.writeString(dir.resolve("a/b/deep.json"), "{\"id\": \"deep\"}");
    Files.writeString(dir.resolve("top.JSON"), "{\"id\": \"top\"}");
    Files.writeString(dir.resolve("notes.txt"), "not json");

    Result r = odis("validate", dir.toString(), "--lang", "en");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("OK       " + dir.resolve("a/b/deep.json"), "OK       " + dir.resolve("top.JSON"))
        .doesNotContain("notes.txt").contains("2 files: 2 valid, 0 invalid");
  }

  @Test
  void validate_directoryWithoutJsonFiles_exitsTwo(@TempDir Path dir) {
    Result r = odis("validate", dir.toString(), "--lang", "en");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).isEqualTo("odis: error: " + dir + ": no *.json files in this directory or below\n");
    assertThat(r.out()).contains("No files: 0 valid, 0 invalid");
  }

  @Test
  void validate_withoutFile_exitsTwoWithUsage() {
    Result r = odis("validate");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("FILE", "Usage: odis validate");
  }
}
