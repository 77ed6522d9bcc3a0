package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress bar's count of bytes read. */
class BytesReadTest {
  @TempDir Path dir;

  @Test
  void total_isTheSizeOfTheFilesNamed_orUnknown() {
    Path a = Fixtures.write(dir.resolve("a.json"), "12345");
    Path b = Fixtures.write(dir.resolve("b.json"), "123");

    assertThat(BytesRead.of(List.of(a.toString(), b.toString())).total()).isEqualTo(8);
    assertThat(BytesRead.of(List.of(a.toString(), dir.toString())).total()).isEqualTo(-1);
    assertThat(BytesRead.of(List.of(a.toString(), "-")).total()).isEqualTo(-1);
    assertThat(BytesRead.of(List.of(dir.resolve("missing.json").toString())).total()).isEqualTo(-1);
  }

  @Test
  void done_countsStreamsAsReadAndFilesWhole() throws Exception {
    Path a = Fixtures.write(dir.resolve("a.json"), "12345");
    BytesRead bytes = BytesRead.of(List.of(a.toString()));

    try (InputStream in = bytes.counting(new ByteArrayInputStream(new byte[10]))) {
      in.read();
      in.read(new byte[4]);
    }
    bytes.addFile(a);
    bytes.addFile(dir.resolve("missing.json"));

    assertThat(bytes.done()).isEqualTo(1 + 4 + 5);
  }
}
