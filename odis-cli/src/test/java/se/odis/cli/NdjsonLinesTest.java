package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.odis.cli.Fixtures.all;
import static se.odis.cli.Fixtures.problem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.odis.model.InputProblem;
import se.odis.model.InvalidInputException;

/** NDJSON cut into lines, each read as a dataset at its line, without the rest of odis assess. */
class NdjsonLinesTest {

  private static NdjsonLines of(String text) {
    return new NdjsonLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "p.ndjson");
  }


  @Test
  void blankLinesCrlfAndAByteOrderMark_areSkipped_andLinesKeepTheirNumbers() throws Exception {
    String ready = Fixtures.line(Cli.READY);
    String blocked = Fixtures.line(Cli.BLOCKED);

    List<Pending> read = all(of("\uFEFF \n" + ready + "\r\n\r\n \t\n" + blocked));

    assertThat(read).hasSize(2);
    assertThat(read.get(0).load().origin().line()).isEqualTo(2);
    assertThat(read.get(1).load().origin().line()).isEqualTo(5);
    assertThat(read.get(1).load().dataset().getId()).isEqualTo("exempelkommun-bygglov-02");
  }

  @Test
  void aLineThatIsNoDataset_isAProblemAtItsLine_andTheNextLineIsRead() throws Exception {
    List<Pending> read = all(of("{\"id\": \"a\", \"titel\": \"x\"}\n" + Fixtures.line(Cli.READY) + "\n"));

    assertThat(read).hasSize(2);
    InputProblem p = problem(read.get(0));
    assertThat(p.getSource()).isEqualTo("p.ndjson");
    assertThat(p.getLine()).isEqualTo(1);
    assertThat(p.getPointer()).isEqualTo("/titel");
    assertThat(read.get(1).load().origin().line()).isEqualTo(2);
  }

  @Test
  void aLineLongerThanADatasetCanBe_endsTheFile_andClosesTheStream() {
    Endless in = new Endless();

    List<Pending> read = all(new NdjsonLines(in, "huge.ndjson"));

    assertThat(read).hasSize(1);
    assertThat(problem(read.get(0)).getProblem()).isEqualTo("the line is longer than 32 MB; the rest of the file was not read");
    assertThat(in.closed).isTrue();
  }

  @Test
  void aStreamThatFails_isAProblemAtTheLineItWasReading() throws Exception {
    byte[] first = (Fixtures.line(Cli.READY) + "\n").getBytes(StandardCharsets.UTF_8);
    InputStream failing = new java.io.SequenceInputStream(new ByteArrayInputStream(first), new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("Input/output error");
      }
    });

    List<Pending> read = all(new NdjsonLines(failing, "p.ndjson"));

    assertThat(read).hasSize(2);
    assertThat(read.get(0).load().dataset().getId()).isEqualTo("exempelkommun-parkering-01");
    InputProblem p = problem(read.get(1));
    assertThat(p.getLine()).isEqualTo(2);
    assertThat(p.getProblem()).isEqualTo("cannot read: Input/output error (the rest of the file was not read)");
  }

  @Test
  void parseLine_invalidUtf8_isAProblemAtItsColumn() {
    byte[] line = "{\"id\": \"a\u00e5\"}".getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> NdjsonLines.parseLine(line, 3, "p.ndjson"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.getProblem().getLine()).isEqualTo(3);
          assertThat(e.getProblem().getColumn()).isEqualTo(10);
          assertThat(e.getProblem().getProblem()).isEqualTo("the line is not valid UTF-8 (byte 0xE5)");
        });
  }

  /** Bytes without a line end, for ever. */
  private static final class Endless extends InputStream {
    boolean closed;

    @Override
    public int read() {
      return 'x';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      java.util.Arrays.fill(b, off, off + len, (byte) 'x');
      return len;
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
