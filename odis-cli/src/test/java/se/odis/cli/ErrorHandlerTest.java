package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;
import se.odis.rules.RuleSetException;

/** Failures that the example files cannot provoke: broken rules and bugs. */
class ErrorHandlerTest {
  private final StringWriter err = new StringWriter();

  private int handle(Exception ex, String... args) {
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err));
    ParseResult parsed = cl.parseArgs(args);
    return new ErrorHandler().handleExecutionException(ex, cl.getSubcommands().get("assess"), parsed);
  }

  @Test
  void ruleSetError_exitsTwoWithOneLinePerProblem() {
    int code = handle(new RuleSetException(List.of("x.drl:3: no such fact", "y.drl:7: bad severity")), "assess", "d.json");

    assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString().lines()).containsExactly(
        "odis: error: x.drl:3: no such fact",
        "odis: error: y.drl:7: bad severity");
  }

  @Test
  void bug_exitsThreeAndAsksForDebugWithoutStackTrace() {
    int code = handle(new IllegalStateException("boom"), "assess", "d.json");

    assertThat(code).isEqualTo(ExitCodes.INTERNAL);
    assertThat(err.toString()).startsWith("odis: internal error: ").contains("boom", "--debug").doesNotContain("\tat ");
  }

  @Test
  void bugWithDebug_printsTheStackTrace() {
    int code = handle(new IllegalStateException("boom"), "assess", "--debug", "d.json");

    assertThat(code).isEqualTo(ExitCodes.INTERNAL);
    assertThat(err.toString()).contains("boom", "\tat ");
  }
}
