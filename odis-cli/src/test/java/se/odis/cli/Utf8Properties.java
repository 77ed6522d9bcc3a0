package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import se.odis.model.DatasetReader;

/** The UTF-8 check and the fast path of NDJSON reading agree with the strict, slow ones. */
class Utf8Properties {
  private static boolean strictDecoderAccepts(byte[] b) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  @Property(tries = 3000)
  void isWellFormed_agreesWithTheStrictDecoder_onAnyBytes(@ForAll byte[] bytes) {
    assertThat(Utf8.isWellFormed(bytes)).isEqualTo(strictDecoderAccepts(bytes));
  }

  @Property(tries = 1000)
  void isWellFormed_acceptsEveryEncodedString(@ForAll String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    assertThat(Utf8.isWellFormed(b)).isEqualTo(strictDecoderAccepts(b));
  }

  @Property(tries = 20)
  void parseLine_fromBytes_givesTheDatasetTheStrictReaderGives(@ForAll("exampleIndex") int example) throws Exception {
    String line = Fixtures.exampleLines().get(example);

    assertThat(NdjsonLines.parseLine(line.getBytes(StandardCharsets.UTF_8), 7, "x.ndjson").dataset())
        .isEqualTo(DatasetReader.strict().read(line, "x.ndjson"));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Integer> exampleIndex() {
    return net.jqwik.api.Arbitraries.integers().between(0, 2);
  }
}
