package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.cli.Fixtures.problem;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A JSON array of datasets read element by element, without the rest of odis assess. */
class ArrayElementsTest {
  private static List<Pending> all(String text) throws Exception {
    return all(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<Pending> all(byte[] bytes) throws Exception {
    List<Pending> out = new ArrayList<>();
    try (ArrayElements elements = new ArrayElements(new BufferedInputStream(new ByteArrayInputStream(bytes)), "a.json")) {
      elements.forEachRemaining(out::add);
    }
    return out;
  }


  @Test
  void eachElement_isADataset_atTheLineItStartsOn() throws Exception {
    List<Pending> read = all("\uFEFF[\n" + Fixtures.line(Cli.READY) + ",\n" + Fixtures.line(Cli.BLOCKED) + "\n]\n");

    assertThat(read).hasSize(2);
    assertThat(read.get(0).load().origin().line()).isEqualTo(2);
    assertThat(read.get(1).load().dataset().getId()).isEqualTo("exempelkommun-bygglov-02");
    assertThat(read.get(1).load().origin().line()).isEqualTo(3);
  }

  @Test
  void anElementThatIsNoDataset_isAProblemAtItsPointer_andTheNextIsRead() throws Exception {
    List<Pending> read = all("[{\"id\": \"a\", \"titel\": {\"sv\": \"x\"}}, null, " + Fixtures.line(Cli.READY) + "]");

    assertThat(read).hasSize(3);
    assertThat(problem(read.get(0)).getPointer()).isEqualTo("/0/titel");
    assertThat(problem(read.get(1)).getPointer()).isEqualTo("/1");
    assertThat(problem(read.get(1)).getProblem()).isEqualTo("null is not a dataset");
    assertThat(read.get(2).load().dataset().getId()).isEqualTo("exempelkommun-parkering-01");
  }

  @Test
  void malformedJson_endsTheFile() throws Exception {
    List<Pending> read = all("[" + Fixtures.line(Cli.READY) + ", {\"id\": ], " + Fixtures.line(Cli.READY) + "]");

    assertThat(read).hasSize(2);
    assertThat(problem(read.get(1)).getProblem()).endsWith("(the rest of the file was not read)");
  }

  @Test
  void whatIsNoArrayOfDatasets_isOneProblem() throws Exception {
    assertThat(problem(single(all("[]"))).getProblem()).isEqualTo("the array is empty");
    assertThat(problem(single(all("{\"id\": \"a\"}"))).getProblem()).isEqualTo("the input is not a JSON array");
    assertThat(problem(single(all("[" + Fixtures.line(Cli.READY)), 1)).getProblem())
        .startsWith("malformed JSON: the input ends before the array that starts at line 1, column 1 is closed");
    assertThat(problem(single(all("[null] 1"), 1)).getProblem()).isEqualTo("there is more content after the array");
    assertThat(problem(single(all("[\"\u00e5\"]".getBytes(StandardCharsets.ISO_8859_1)))).getProblem())
        .isEqualTo("the input is not valid UTF-8; the rest of the file was not read");
  }

  private static Pending single(List<Pending> read) {
    return single(read, 0);
  }

  /** @return the last item, after {@code before} others */
  private static Pending single(List<Pending> read, int before) {
    assertThat(read).hasSize(before + 1);
    return read.get(before);
  }
}
