package se.odis.report;

import java.io.BufferedWriter;
import java.io.File;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's streaming workbook whose sheets are kept, until written, in temporary files without a name:
 * each is removed from its directory as soon as it is opened (as {@link Spool} does), so that a
 * killed process leaves nothing behind; POI's own files in {@code poifiles} would stay. Compressed,
 * read back once when the workbook is written. Closing the workbook closes them all.
 */
final class NamelessWorkbook extends SXSSFWorkbook {
  private final List<FileChannel> files = new ArrayList<>();

  NamelessWorkbook(int window) {
    super(window);
  }

  @Override
  protected SheetDataWriter createSheetDataWriter() throws IOException {
    Path file = Files.createTempFile("odis-report-", ".xlsx.tmp");
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
        StandardOpenOption.DELETE_ON_CLOSE);
    files.add(channel);
    try {
      Files.delete(file);
    } catch (IOException e) {
      // Not allowed while open on this system: DELETE_ON_CLOSE removes it.
    }
    // POI closes the sheet's writer before reading it back: the channel must stay open until then.
    OutputStream keepOpen = new FilterOutputStream(Channels.newOutputStream(channel)) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
    // Called by SheetDataWriter's constructor; javac stores the captured locals before it runs.
    return new SheetDataWriter() {
      @Override
      public File createTempFile() {
        return file.toFile(); // the name, for POI's dispose() to find gone
      }

      @Override
      public Writer createWriter(File fd) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(keepOpen, 1 << 16), StandardCharsets.UTF_8),
            1 << 16);
      }

      @Override
      public InputStream getWorksheetXMLInputStream() throws IOException {
        channel.position(0);
        return new GZIPInputStream(Channels.newInputStream(channel), 1 << 16); // closing it removes the file
      }
    };
  }

  @Override
  public void close() throws IOException {
    try {
      super.close();
    } finally {
      for (FileChannel c : files) {
        try {
          c.close();
        } catch (IOException e) {
          // the file has no name left, or is deleted on exit
        }
      }
    }
  }
}
