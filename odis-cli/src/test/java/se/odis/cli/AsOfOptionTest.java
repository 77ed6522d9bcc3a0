package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.cli.Cli.READY;
import static se.odis.cli.Cli.odis;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.odis.cli.Cli.Result;

/** {@code --as-of}: one option for every command that assesses, described and checked once. */
class AsOfOptionTest {
  @TempDir static Path dir;

  /** The commands that take --as-of, each with the arguments it needs besides. */
  private static final List<List<String>> COMMANDS = List.of(
      List.of("assess", READY),
      List.of("progress", READY),
      List.of("checklist", READY, "-o", "checklist.xlsx"));

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "26/11/2026 | '26/11/2026' is not a date; expected a date written YYYY-MM-DD, e.g. 2026-01-31",
    "2026-02-30 | '2026-02-30' is not a date: February 2026 has 28 days, not 30; expected a date written YYYY-MM-DD",
    "2028-02-30 | '2028-02-30' is not a date: February 2028 has 29 days, not 30;",
    "2026-13-01 | '2026-13-01' is not a date: there is no month 13; expected",
    "today      | 'today' is not a date; expected",
  })
  void badDate_isAUsageError_sayingWhatIsWrong_inEveryCommand(String value, String message) {
    for (List<String> command : COMMANDS) {
      String[] args = new String[command.size() + 2];
      for (int i = 0; i < command.size(); i++) args[i] = command.get(i).replace("checklist.xlsx", dir.resolve("c.xlsx").toString());
      args[command.size()] = "--as-of";
      args[command.size() + 1] = value;

      Result r = odis(args);

      assertThat(r.exitCode()).as(command.get(0)).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(r.out()).as(command.get(0)).isEmpty();
      assertThat(r.err()).as(command.get(0))
          .startsWith("odis: error: Invalid value for option '--as-of': " + message)
          .contains("Usage: odis " + command.get(0))
          .doesNotContain("Exception");
    }
    assertThat(dir.resolve("c.xlsx")).doesNotExist();
  }

  @Test
  void help_describesTheOptionAlikeInEveryCommand() {
    for (List<String> command : COMMANDS) {
      Result r = odis(command.get(0), "--help");

      assertThat(r.out().replaceAll("\\s+", " ")).as(command.get(0)).contains(
          "--as-of=YYYY-MM-DD The day to assess for (default: today). Dates in the dataset are judged against it, "
              + "so a fixed day gives a reproducible result.");
    }
  }

  @Test
  void theDayGiven_isTheDayAssessed() {
    Result r = odis("progress", READY, "--as-of", "2026-03-04");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("2026-03-04");
  }
}
