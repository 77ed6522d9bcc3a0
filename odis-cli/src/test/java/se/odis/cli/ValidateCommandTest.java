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
    assertThat(r.out()).isEqualTo("OK       " + BLOCKED + "\n\n1 dataset: 1 giltigt, inget ogiltigt\n");
  }

  @Test
  void validate_directory_readsEveryJsonFileBelowIt_inOrder() {
    Result r = odis("validate", EXAMPLES.toString(), "--lang", "en");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).containsSubsequence(
        "OK       " + EXAMPLES.resolve("blocked-personal-data.json"),
        "OK       " + EXAMPLES.resolve("phase-a-identify.json"),
        "OK       " + EXAMPLES.resolve("ready-to-publish.json"));
    assertThat(r.out()).endsWith("\n3 datasets: 3 valid, 0 invalid\n");
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
        "4 dataset: 1 giltigt, 3 ogiltiga\n");
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
        .doesNotContain("notes.txt").contains("2 datasets: 2 valid, 0 invalid");
  }

  @Test
  void validate_directoryWithoutDatasetFiles_isInvalidAndExitsTwo(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "not json");

    Result r = odis("validate", dir.toString(), "--lang", "en");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.out()).startsWith("INVALID  " + dir + ": no dataset (*.json, *.ndjson, *.jsonl) files in the directory")
        .endsWith("\n1 dataset: 0 valid, 1 invalid\n");
  }

  @Test
  void validate_ndjsonPortfolio_listsTheBadLinesAndOneLineForTheFile(@TempDir Path dir) throws Exception {
    Path portfolio = Files.writeString(dir.resolve("portfolio.ndjson"), String.join("\n",
        "{\"id\": \"a\"}",
        "{\"id\": \"b\", \"secrecy\": \"MAYBE\"}",
        "{\"id\": \"c\"}",
        "not json",
        "{\"id\": \"e\"}") + "\n");

    Result sv = odis("validate", portfolio.toString());
    Result en = odis("validate", portfolio.toString(), "--lang", "en");

    assertThat(sv.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(sv.out()).isEqualTo(
        "INVALID  " + portfolio + ":2:24: /secrecy: \"MAYBE\" is not allowed; expected one of NONE, PARTIAL, FULL, UNKNOWN\n"
            + "INVALID  " + portfolio + ":4:1: malformed JSON: not is not a JSON value; expected a value: a string in"
            + " double quotes, a number, true, false, null, an object or an array\n"
            + "INVALID  " + portfolio + " (2 av 5 dataset ogiltiga)\n"
            + "\n5 dataset: 3 giltiga, 2 ogiltiga\n");
    assertThat(en.out()).contains("INVALID  " + portfolio + " (2 of 5 datasets invalid)\n")
        .endsWith("\n5 datasets: 3 valid, 2 invalid\n");
    assertThat(sv.out() + sv.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void validate_validArrayAndSingleFile_oneLineEach_inTheOrderGiven(@TempDir Path dir) throws Exception {
    Path array = Files.writeString(dir.resolve("datasets.json"), "[{\"id\": \"a\"},\n {\"id\": \"b\"}]");

    Result r = odis("validate", array.toString(), READY, "--lang", "en");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo("OK       " + array + " (2 datasets, all valid)\n"
        + "OK       " + READY + "\n\n3 datasets: 3 valid, 0 invalid\n");
  }

  @Test
  void validate_nullInsteadOfADataset_isInvalid_inAFileALineAndAnArray(@TempDir Path dir) throws Exception {
    Path single = Files.writeString(dir.resolve("null.json"), "null\n");
    Path lines = Files.writeString(dir.resolve("lines.ndjson"), "{\"id\": \"a\"}\nnull\n");
    Path array = Files.writeString(dir.resolve("array.json"), "[{\"id\": \"a\"}, null]");

    Result r = odis("validate", single.toString(), lines.toString(), array.toString(), "--lang", "en");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.out()).containsSubsequence(
        "INVALID  " + single + ":1:1: the input is null, not a dataset",
        "INVALID  " + lines + ":2:1: the input is null, not a dataset",
        "INVALID  " + array + ":1:15: /1: null is not a dataset",
        "5 datasets: 2 valid, 3 invalid");
    assertThat(r.err()).doesNotContain("internal error");
    // assess reads the same way, and the valid datasets are still assessed
    Result a = odis("assess", array.toString(), "--format", "csv");
    assertThat(a.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(a.err()).contains(array + ":1:15: /1: null is not a dataset").doesNotContain("internal error");
    assertThat(a.out()).contains("\na,");
  }

  @Test
  void validate_emptyPortfolio_isNotAllValid(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.ndjson"), "\n\n");

    Result r = odis("validate", empty.toString(), "--lang", "en");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).isEqualTo("odis: error: " + empty + ": no datasets to validate\n");
    assertThat(r.out()).isEqualTo("\nNo datasets: 0 valid, 0 invalid\n");
  }

  @Test
  void validate_inputBeyondTheLimits_isBadInput_inPlainWords(@TempDir Path dir) throws Exception {
    Path deep = Files.writeString(dir.resolve("deep.json"), "[".repeat(5000) + "]".repeat(5000));
    Path longLine = dir.resolve("long.ndjson");
    byte[] line = new byte[se.odis.model.DatasetReader.MAX_BYTES + 10];
    java.util.Arrays.fill(line, (byte) 'a');
    Files.write(longLine, line);

    Result r = odis("validate", deep.toString(), longLine.toString(), "--lang", "en");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.out()).contains("INVALID  " + deep + ": malformed JSON: arrays and objects nested more than 1000 deep",
        "INVALID  " + longLine + ":1:1: the line is longer than 32 MB; the rest of the file was not read")
        .doesNotContain("StreamReadConstraints", "`");
    assertThat(r.err()).doesNotContain("internal error");
  }

  @Test
  void validate_byteOrderMarkAtALinesStart_isReadTheSameFromAFileAndFromStdin(@TempDir Path dir) throws Exception {
    String joined = "{\"id\": \"a\"}\n\uFEFF{\"id\": \"b\"}\n{\"id\": \"c\"}\n";
    Path file = Files.writeString(dir.resolve("joined.ndjson"), joined);

    Result fromFile = odis("validate", file.toString(), "--lang", "en");
    Result fromStdin = Cli.odisWithStdin(joined, "validate", "-", "--lang", "en");

    assertThat(fromFile.exitCode()).isZero();
    assertThat(fromFile.out()).endsWith("\n3 datasets: 3 valid, 0 invalid\n");
    assertThat(fromStdin.exitCode()).isZero();
    assertThat(fromStdin.out()).endsWith("\n3 datasets: 3 valid, 0 invalid\n");
  }

  @Test
  void validate_withoutFile_exitsTwoWithUsage() {
    Result r = odis("validate");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("FILE", "Usage: odis validate");
  }
}
