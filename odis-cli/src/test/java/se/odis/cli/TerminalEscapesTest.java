package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.cli.Cli.READY;
import static se.odis.cli.Cli.odis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.odis.cli.Cli.Result;

/**
 * Nothing from input reaches the terminal raw: file names and values that ODIS echoes — in error
 * lines, notes and the text report — are shown with their control characters escaped, so that a
 * file named {@code e<ESC>]0;PWNED<BEL>.json} cannot retitle the terminal or forge a line.
 */
class TerminalEscapesTest {
  /** An OSC sequence that retitles xterm-like terminals. */
  private static final String RETITLE = "\u001B]0;PWNED\u0007";
  private static final String RETITLE_SHOWN = "\\u001B]0;PWNED\\u0007";

  @TempDir Path dir;

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  /** Fails if the output holds anything a terminal would act on, other than line ends. */
  private static void assertPrintable(String output) {
    assertThat(output.chars().filter(c -> c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F).toArray())
        .as("control characters in %s", output.replace("\u001B", "<ESC>").replace("\u0007", "<BEL>"))
        .isEmpty();
  }

  @Test
  void assess_hostileFileName_isEscapedInTheErrorLine() throws IOException {
    Path f = file("e" + RETITLE + ".json", "{\"id\": \"x\"");

    Result r = odis("assess", f.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertPrintable(r.err());
    assertThat(r.err()).startsWith("odis: error: " + dir + "/e" + RETITLE_SHOWN + ".json:1:11: ");
    assertThat(r.err().lines()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "\"secrecy\": \"a\\u001b]0;PWNED\\u0007b\"",
    "\"issued\": \"a\\u001b]0;PWNED\\u0007b\"",
    "\"progress\": {\"A\\u001b]0;PWNED\\u0007b\": {\"status\": \"DONE\"}}",
    "\"landingPage\": \"https://x.se/\\u001b]0;PWNED\\u0007b\"",
    "\"distributions\": [{\"format\": \"CSV\", \"accessUrl\": \"https://x.se/\\u001b]0;PWNED\\u0007\"}]",
    "\"titel\\u001b]0;PWNED\\u0007\": 1",
    "\"title\": {\"s\\u001b]0;PWNED\\u0007v\": \"t\"}",
    "\"title\": {\"sv\": \"a\\u009b2Jb\"}",
    "\"id\": \"a\\nodis: error: forged\""
  })
  void assess_hostileValue_isEscapedInTheErrorLine(String field) throws IOException {
    Path f = file("d.json", "{\"id\": \"x\", " + field + "}");

    Result r = odis("assess", f.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertPrintable(r.err());
    assertThat(r.err()).startsWith("odis: error: " + f + ":1:");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void assess_hostileNamesInAPortfolio_areEscapedInTheTextReportAndOnStandardError() throws IOException {
    Files.copy(Path.of(READY), dir.resolve("ok" + RETITLE + ".json"));
    file("bad" + RETITLE + ".json", "{\"id\": \"x\", \"secrecy\": \"x\\u001b[2J\"}");
    file("p.ndjson", "{\"id\": \"a\\u001b]0;x\\u0007\"}\n");

    Result r = odis("assess", "--as-of", "2026-01-01", "--color", "never", dir.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertPrintable(r.out());
    assertPrintable(r.err());
    assertThat(r.out()).contains("ok" + RETITLE_SHOWN + ".json", "bad" + RETITLE_SHOWN + ".json", "\"x\\u001B[2J\"");
  }

  @Test
  void assess_titleWithBidirectionalOverride_isEscapedInTheTextReport() throws IOException {
    // Text as the reader takes it, but U+202E shows what follows it reversed: "exe.png" reads "gnp.exe".
    Path f = file("d.json", "{\"id\": \"x\", \"title\": {\"sv\": \"Bilaga \\u202Egnp.exe\"}}");

    Result r = odis("assess", "--as-of", "2026-01-01", "--color", "never", f.toString());

    assertThat(r.out()).startsWith("Bilaga \\u202Egnp.exe (x)\n");
  }

  @Test
  void assess_ckanKeyGivenTwice_isEscapedInTheErrorLine() throws IOException {
    Path f = file("c.json", "{\"name\": \"a\", \"n\\u001b]0;x\\u0007\": 1, \"n\\u001b]0;x\\u0007\": 2}");

    Result r = odis("assess", "-q", "--from", "ckan", f.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertPrintable(r.err());
    assertPrintable(r.out());
    assertThat(r.err()).contains("n\\u001B]0;x\\u0007");
  }

  @Test
  void assess_hostileArguments_areEscapedInUsageAndRuleSetErrors() {
    Result format = odis("assess", "--format", RETITLE, READY);
    Result pack = odis("assess", "--rules", dir.resolve("p" + RETITLE).toString(), READY);

    assertThat(format.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertPrintable(format.err());
    assertThat(format.err()).contains("'" + RETITLE_SHOWN + "'");
    assertThat(pack.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertPrintable(pack.err());
    assertThat(pack.err()).contains("p" + RETITLE_SHOWN);
  }

  @Test
  void validate_hostileFileName_isEscapedOnTheOkLine() throws IOException {
    Path f = Files.copy(Path.of(READY), dir.resolve("ok" + RETITLE + ".json"));

    Result r = odis("validate", f.toString());

    assertThat(r.exitCode()).isZero();
    assertPrintable(r.out());
    assertThat(r.out()).startsWith("OK       " + dir + "/ok" + RETITLE_SHOWN + ".json\n");
  }
}
