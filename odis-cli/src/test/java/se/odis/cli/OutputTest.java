package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.cli.Cli.BLOCKED;
import static se.odis.cli.Cli.PHASE_A;
import static se.odis.cli.Cli.READY;
import static se.odis.cli.Cli.odis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.odis.report.Format;

/** -o, write failures, a reader that goes away, and --fail-level. */
class OutputTest {
  @TempDir Path dir;

  /** What a run with standard output as bytes gave. */
  record Run(int exitCode, String out, String err) {}

  static Run run(OutputStream stdout, String... args) {
    StringWriter err = new StringWriter();
    int code = Main.run(stdout, new PrintWriter(new StringWriter()), new PrintWriter(err), args);
    return new Run(code, stdout instanceof ByteArrayOutputStream b ? b.toString(StandardCharsets.UTF_8) : "", err.toString());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void fullOutput_everyFormat_isExit2NamingTheOutput(Format format) {
    for (String[] inputs : new String[][] {{BLOCKED}, {READY, BLOCKED, PHASE_A}}) {
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      assertThat(run(all, args(format, inputs)).exitCode()).isLessThan(2);
      int whole = all.size();
      for (int n : new int[] {0, whole / 2, whole - 1}) {
        Run r = run(full(n), args(format, inputs));
        assertThat(r.exitCode()).as("%s, %d inputs, full after %d of %d bytes", format, inputs.length, n, whole).isEqualTo(2);
        assertThat(r.err()).contains("odis: error: cannot write the output to standard output: No space left on device");
      }
    }
  }

  private static String[] args(Format format, String... inputs) {
    return Stream.concat(Stream.of("assess", "-q", "--as-of", "2026-11-26", "--format", format.id()), Stream.of(inputs))
        .toArray(String[]::new);
  }

  @Test
  void readerGoneAway_isQuiet_withTheAssessmentsExitCode() {
    Run r = run(closed(100), "assess", "-q", "--format", "ndjson", READY, BLOCKED, PHASE_A);

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
  }

  @Test
  void listings_fullOutput_isExit2() {
    for (String[] args : new String[][] {{"schema"}, {"steps"}, {"rules"}, {"export", "--to", "dcat-ap-se", READY}}) {
      Run r = run(full(10), args);
      assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err()).contains("cannot write the output to standard output");
    }
  }

  @Test
  void dashO_writesTheFileWhole_andLeavesNoTemporaryFile() throws Exception {
    Path target = Files.writeString(dir.resolve("report.json"), "old");

    var r = odis("assess", "-q", "--format", "json", "-o", target.toString(), READY, BLOCKED);

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(target)).startsWith("{\n  \"format\": \"odis-portfolio/1\"");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void dashO_onEveryListingCommand_writesTheFile() throws Exception {
    for (String[] args : new String[][] {{"schema"}, {"steps"}, {"rules"}, {"export", "--to", "dcat-ap-se", READY}}) {
      Path target = dir.resolve(args[0] + ".out");
      String[] withO = Stream.concat(Stream.of(args), Stream.of("-o", target.toString())).toArray(String[]::new);
      var r = odis(withO);
      assertThat(r.exitCode()).as(args[0]).isZero();
      assertThat(r.out()).isEmpty();
      if (args[0].equals("export")) {
        assertThat(Files.readString(target)).startsWith("PREFIX "); // blank-node labels vary from run to run
      } else {
        assertThat(Files.readString(target)).isEqualTo(odis(args).out());
      }
    }
  }

  @Test
  void dashO_thatCannotBeWritten_isExit2_andTheTargetIsUntouched() throws Exception {
    Path target = Files.writeString(dir.resolve("report.txt"), "old");
    Path missing = dir.resolve("no").resolve("such").resolve("dir.txt");

    var r1 = odis("assess", "-o", missing.toString(), READY);
    var r2 = odis("assess", "-o", dir.toString(), READY);

    assertThat(r1.exitCode()).isEqualTo(2);
    assertThat(r1.err()).contains("odis: error: cannot write " + missing + ": no such directory");
    assertThat(r2.exitCode()).isEqualTo(2);
    assertThat(r2.err()).contains(dir + ": is a directory");
    assertThat(Files.readString(target)).isEqualTo("old");
  }

  @Test
  void failLevel_decidesWhatIsExit1() {
    // The ready example has warnings or recommendations but no blocker.
    assertThat(odis("assess", "-q", "--as-of", "2026-11-26", READY).exitCode()).isZero();
    assertThat(odis("assess", "-q", "--as-of", "2026-11-26", "--fail-level", "recommendation", READY).exitCode()).isEqualTo(1);
    assertThat(odis("assess", "-q", "--as-of", "2026-11-26", "--fail-level", "recommendation", READY, READY).exitCode()).isEqualTo(1);
    assertThat(odis("assess", "-q", "--as-of", "2026-11-26", "--fail-level", "blocker", BLOCKED).exitCode()).isEqualTo(1);
    var bad = odis("assess", "--fail-level", "info", READY);
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("'info' is not a fail level; expected one of blocker, warning, recommendation");
  }

  /** A disk that fills after {@code limit} bytes. */
  static OutputStream full(long limit) {
    return new FailingAfter(limit, "No space left on device");
  }

  /** A pipe whose reader stops after {@code limit} bytes ({@code | head}). */
  static OutputStream closed(long limit) {
    return new FailingAfter(limit, "Broken pipe");
  }

  /** A stream that fails, with the system's message, once {@code limit} bytes are written. */
  private static final class FailingAfter extends OutputStream {
    private final long limit;
    private final String message;
    private long written;

    FailingAfter(long limit, String message) {
      this.limit = limit;
      this.message = message;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (written + len > limit) throw new IOException(message);
      written += len;
    }
  }
}
