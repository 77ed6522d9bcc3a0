package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.cli.Cli.odis;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.odis.cli.Cli.Result;

/** {@code odis completion}, and that every command is listed, documented and versioned. */
class CompletionCommandTest {
  static final List<String> COMMANDS =
      List.of("assess", "validate", "steps", "rules", "explain", "init", "schema", "export", "completion");

  @Test
  void completion_printsABashScriptForEveryCommandAndOption() {
    Result r = odis("completion");

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_odis");
    for (String c : COMMANDS) assertThat(r.out()).as(c).contains("_picocli_odis_" + c + "()");
    assertThat(r.out()).contains("--phase", "--severity", "--profile", "--base-uri", "--force");
    assertThat(r.out()).contains("(\"dcat-ap-se\") # --to values",
        "(\"turtle\" \"rdfxml\" \"jsonld\" \"ntriples\" \"rdfjson\") # --syntax values",
        "(\"BLOCKER\" \"WARNING\" \"RECOMMENDATION\" \"INFO\") # --severity values",
        "(\"text\" \"json\" \"markdown\") # --format values");
  }

  @Test
  void completion_isValidBash(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(new File("/bin/bash").canExecute(), "bash is not installed");
    Path script = Files.writeString(dir.resolve("odis.bash"), odis("completion").out());

    Process p = new ProcessBuilder("/bin/bash", "-n", script.toString()).redirectErrorStream(true).start();

    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes())).isZero();
  }

  @Test
  void help_listsEveryCommand() {
    Result r = odis("--help");

    for (String c : COMMANDS) assertThat(r.out()).as(c).containsPattern("(?m)^  " + c + " ");
  }

  @Test
  void help_ofEveryCommand_showsUsageAndExitCodes() {
    for (String c : COMMANDS) {
      Result r = odis(c, "--help");

      assertThat(r.exitCode()).as(c).isZero();
      assertThat(r.out()).as(c).startsWith("Usage: odis " + c).contains("Exit codes:");
    }
  }

  @Test
  void version_ofEveryCommand_printsTheVersion() {
    String version = odis("--version").out();
    assertThat(version).matches("odis \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n");
    for (String c : COMMANDS) {
      Result r = odis(c, "--version");

      assertThat(r.exitCode()).as(c).isZero();
      assertThat(r.out()).as(c).isEqualTo(version);
    }
  }
}
