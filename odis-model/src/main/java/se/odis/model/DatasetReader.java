package se.odis.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads datasets from JSON, strictly. Any problem — malformed JSON, an unknown field, a wrong
 * type, a bad enum value, a malformed date or URI, an unknown task id, a missing id — is an
 * {@link InvalidInputException} whose {@link InputProblem} names the source, the line and column,
 * the JSON pointer and what was expected. Nothing is guessed or silently dropped.
 *
 * <p>Thread-safe; one instance can serve any number of threads.
 */
public final class DatasetReader {
  private static final DatasetReader STRICT = new DatasetReader();

  private final ObjectReader reader;

  private DatasetReader() {
    this.reader = OdisJson.mapper().readerFor(Dataset.class);
  }

  /**
   * The largest dataset read: 32 MB. A dataset is a few kilobytes; the limit keeps a wrong file
   * (a disk image, {@code /dev/zero}) from exhausting memory before it is found to be wrong.
   */
  public static final int MAX_BYTES = 32 << 20;

  /**
   * Readies the strict reader: Jackson builds its deserializers of the whole dataset model on
   * first use, which costs a good part of a command's start-up. A command line tool can call this
   * on a spare thread at once, while it does other things, so that the first real read is fast.
   * Calling it is never needed for correctness.
   */
  public static void prepare() {
    try {
      STRICT.read(new java.io.ByteArrayInputStream("{\"id\": \"prepare\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)), "prepare");
    } catch (InvalidInputException e) {
      // Only readiness was wanted; a real read reports its own problems.
    }
  }

  /** @return the strict reader */
  public static DatasetReader strict() {
    return STRICT;
  }

  /**
   * Reads one dataset from a JSON file (UTF-8).
   *
   * @param file the file
   * @return the dataset
   * @throws InvalidInputException if the file cannot be read or is not a valid dataset; the
   *     problem's source is the path as given
   */
  public Dataset read(Path file) throws InvalidInputException {
    String source = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, source);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(
          new InputProblem(source, 0, 0, "", "no such file", "a readable JSON file"), e);
    } catch (IOException e) {
      throw new InvalidInputException(
          new InputProblem(source, 0, 0, "", "cannot read the file: " + e.getMessage(), null), e);
    }
  }

  /**
   * Reads one dataset from a JSON byte stream (UTF-8). The stream is not closed.
   *
   * @param in the stream
   * @param source a label for error messages, such as the file name
   * @return the dataset
   * @throws InvalidInputException if the input is not a valid dataset
   */
  public Dataset read(InputStream in, String source) throws InvalidInputException {
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new InvalidInputException(
          new InputProblem(source, 0, 0, "", "cannot read: " + e.getMessage(), null), e);
    }
    return read(bytes, source);
  }

  /**
   * Reads one dataset from JSON bytes (UTF-8), as {@link #read(InputStream, String)} reads them
   * from a stream: for bytes already in memory (a request's body), without copying them again.
   *
   * @param bytes the bytes
   * @param source a label for error messages, such as the file name
   * @return the dataset
   * @throws InvalidInputException if the bytes are not a valid dataset, or more than 32 MB
   */
  public Dataset read(byte[] bytes, String source) throws InvalidInputException {
    if (bytes.length > MAX_BYTES) {
      throw new InvalidInputException(new InputProblem(source, 0, 0, "", "the input is larger than 32 MB",
          "one dataset of at most 32 MB (a dataset is a few kilobytes; a portfolio goes in NDJSON, one dataset per line)"),
          null);
    }
    // Decode here rather than let Jackson parse bytes: Jackson counts columns in bytes, and a
    // line with "å" or "ö" before the mistake would then point past it.
    return read(decodeUtf8(bytes, source, 1, "the input"), source);
  }

  /**
   * Decodes strict UTF-8: a malformed byte is bad input at its line and column (in characters),
   * never a replacement character. Shared by every reader of dataset text, so that they all say
   * the same of a file saved in Latin-1 or Windows-1252.
   *
   * @param bytes the text's bytes
   * @param source a label for error messages, such as the file name
   * @param firstLine the line number of the first byte (1 for a file; N for line N of an NDJSON file)
   * @param subject what the bytes are, for the message ("the input", "the line")
   * @return the text
   * @throws InvalidInputException naming the first malformed byte and its place
   */
  public static String decodeUtf8(byte[] bytes, String source, int firstLine, String subject) throws InvalidInputException {
    return StrictUtf8.decode(bytes, source, firstLine, subject);
  }

  /**
   * Reads one dataset from JSON text.
   *
   * @param json the JSON text
   * @param source a label for error messages
   * @return the dataset
   * @throws InvalidInputException if the text is not a valid dataset
   */
  public Dataset read(String json, String source) throws InvalidInputException {
    // A byte order mark is not content; leaving it in would shift every column of line 1.
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    try {
      return nonNull(reader.readValue(text), text, source);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(describe(e, source), e);
    }
  }

  /**
   * Jackson reads the JSON text {@code null} as no dataset at all rather than failing; it is not a
   * dataset, and must not pass for one.
   */
  private static Dataset nonNull(Dataset d, String text, String source) throws InvalidInputException {
    if (d != null) return d;
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length() && Character.isWhitespace(text.charAt(i)); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    throw new InvalidInputException(new InputProblem(source, line, column, "", "the input is null, not a dataset",
        "a JSON object describing one dataset, e.g. {\"id\": \"…\"}"), null);
  }

  /**
   * Reads one dataset from a character stream. The reader is not closed.
   *
   * @param in the reader
   * @param source a label for error messages
   * @return the dataset
   * @throws InvalidInputException if the input is not a valid dataset
   */
  public Dataset read(Reader in, String source) throws InvalidInputException {
    try {
      return nonNull(reader.readValue(in), "", source);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(describe(e, source), e);
    } catch (IOException e) {
      throw new InvalidInputException(
          new InputProblem(source, 0, 0, "", "cannot read: " + e.getMessage(), null), e);
    }
  }

  /**
   * Turns a Jackson exception into a problem a user can act on. Public so that other readers of
   * ODIS input (profiles, portfolios) report the same way.
   *
   * <p>The problem never shows Java class names or Jackson internals. Its line and column are
   * 1-based whenever Jackson knows the location; its pointer is the offending value (for a syntax
   * error, the object or array being read).
   *
   * @param e the exception
   * @param source the source label
   * @return the problem
   */
  public static InputProblem describe(JsonProcessingException e, String source) {
    return JsonProblems.describe(e, source);
  }
}
