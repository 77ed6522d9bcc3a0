package se.odis.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How far the reading of a run's inputs has come, in bytes, for the progress bar: the bytes read
 * from streams so far and the sizes of files read whole, against the total size of the files
 * named, when that is known.
 */
final class BytesRead {
  private final long total;
  private long done;

  private BytesRead(long total) {
    this.total = total;
  }

  /**
   * @param args the FILE arguments
   * @return a count whose total is the size of the files named, or unknown (-1) if any argument is
   *     not a regular file (a directory, standard input, a URL)
   */
  static BytesRead of(List<String> args) {
    long total = 0;
    for (String a : args) {
      Path p = Path.of(a);
      try {
        if (a.equals(Inputs.STDIN) || !Files.isRegularFile(p)) return new BytesRead(-1);
        total += Files.size(p);
      } catch (IOException e) {
        return new BytesRead(-1);
      }
    }
    return new BytesRead(total);
  }

  /** @return the bytes read so far */
  long done() {
    return done;
  }

  /** @return the total size of the named files, or -1 if not known */
  long total() {
    return total;
  }

  /** Counts a file read whole, by its size (nothing if that cannot be told). */
  void addFile(Path file) {
    try {
      done += Files.size(file);
    } catch (IOException e) {
      // not counted: the bar is a guide, and the file's problem is reported where it is read
    }
  }

  /** @return the stream, counting the bytes read from it */
  InputStream counting(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) done++;
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) done += n;
        return n;
      }
    };
  }
}
