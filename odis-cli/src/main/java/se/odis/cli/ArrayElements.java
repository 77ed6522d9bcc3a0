package se.odis.cli;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import se.odis.model.Dataset;
import se.odis.model.DatasetReader;
import se.odis.model.InputProblem;
import se.odis.model.OdisJson;
import se.odis.report.Origin;

/**
 * The elements of a JSON array of datasets, each read as it is reached, so that the array is never
 * held in memory. An element that is not a valid dataset is a problem at its JSON pointer
 * ({@code /3/title}) and is skipped; malformed JSON or bytes that are not UTF-8 end the file, since
 * nothing after them can be trusted. An empty array, or content after it, is a problem too. The
 * parser is closed at the end.
 */
final class ArrayElements extends Lookahead<Pending> implements Closeable {
  private final String label;
  private final JsonParser parser;
  // One element at a time: what follows the element is the rest of the array, not trailing content.
  private final ObjectReader reader = OdisJson.mapper().readerFor(Dataset.class)
      .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private JsonStreamContext arrayContext;
  private int index = -1;
  private boolean done;

  /**
   * @param in the stream, at its start (a UTF-8 byte order mark is skipped)
   * @param label the input's name in reports and problems
   * @throws IOException if the stream cannot be read
   */
  ArrayElements(BufferedInputStream in, String label) throws IOException {
    this.label = label;
    skipBom(in);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.parser = OdisJson.mapper().getFactory().createParser(new InputStreamReader(in, decoder));
  }

  @Override
  Pending advance() {
    Pending next = done ? null : element();
    if (next == null) close();
    return next;
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      // read to the end, or given up on
    }
  }

  /** @return the next element or problem, or null at the array's end */
  private Pending element() {
    try {
      if (arrayContext == null) {
        JsonToken t = parser.nextToken();
        if (t != JsonToken.START_ARRAY) {
          done = true;
          return Pending.failing(new InputProblem(label, 1, 1, "", "the input is not a JSON array", "a JSON array of datasets"));
        }
        arrayContext = parser.getParsingContext();
      }
      JsonToken t = parser.nextToken();
      if (t == JsonToken.END_ARRAY) {
        done = true;
        return end();
      }
      if (t == null) {
        done = true;
        return Pending.failing(new InputProblem(label, parser.currentLocation().getLineNr(),
            parser.currentLocation().getColumnNr(), "", "malformed JSON: the array is not closed", "']' at the end of the array"));
      }
      index++;
      int line = parser.currentTokenLocation().getLineNr();
      int element = index;
      if (t == JsonToken.VALUE_NULL) {
        return Pending.failing(new InputProblem(label, line, parser.currentTokenLocation().getColumnNr(), "/" + element,
            "null is not a dataset", "a JSON object describing one dataset (leave the element out instead)"));
      }
      try {
        Dataset d = reader.readValue(parser);
        DatasetInput loaded = new DatasetInput(d, new Origin(label, line, null), List.of());
        return () -> loaded;
      } catch (JsonProcessingException e) {
        if (isSyntax(e)) {
          done = true;
          return Pending.failing(restOfFileSkipped(DatasetReader.describe(e, label)));
        }
        InputProblem p = DatasetReader.describe(e, label);
        skipElement();
        return Pending.failing(new InputProblem(label, p.getLine(), p.getColumn(), "/" + element + p.getPointer(),
            p.getProblem(), p.getExpected()));
      }
    } catch (JsonProcessingException e) {
      done = true;
      return Pending.failing(restOfFileSkipped(DatasetReader.describe(e, label)));
    } catch (CharacterCodingException e) {
      done = true;
      return Pending.failing(new InputProblem(label, parser.currentLocation().getLineNr(), parser.currentLocation().getColumnNr(), "",
          "the input is not valid UTF-8; the rest of the file was not read",
          "UTF-8 encoded JSON (the file may be saved as Latin-1 or Windows-1252; save it as UTF-8)"));
    } catch (IOException e) {
      done = true;
      return Pending.failing(new InputProblem(label, 0, 0, "", "cannot read: " + e.getMessage(), null));
    }
  }

  /** After the array's end: a problem if anything follows it or it was empty, else null. */
  private Pending end() throws IOException {
    if (parser.nextToken() != null) {
      return Pending.failing(new InputProblem(label, parser.currentTokenLocation().getLineNr(),
          parser.currentTokenLocation().getColumnNr(), "", "there is more content after the array", "one JSON array"));
    }
    if (index < 0) {
      return Pending.failing(new InputProblem(label, parser.currentTokenLocation().getLineNr(), 1, "",
          "the array is empty", "a JSON array of datasets"));
    }
    return null;
  }

  /** After a mapping error inside an element: moves to the element's end. */
  private void skipElement() throws IOException {
    while (parser.getParsingContext() != arrayContext) {
      if (parser.nextToken() == null) return;
    }
  }

  private static boolean isSyntax(JsonProcessingException e) {
    if (e instanceof JsonParseException) return true;
    if (!(e instanceof JsonMappingException)) return true;
    for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof JsonParseException || t instanceof CharacterCodingException) return true;
    }
    return false;
  }

  private static InputProblem restOfFileSkipped(InputProblem p) {
    return new InputProblem(p.getSource(), p.getLine(), p.getColumn(), p.getPointer(),
        p.getProblem() + " (the rest of the file was not read)", p.getExpected());
  }

  private static void skipBom(BufferedInputStream in) throws IOException {
    in.mark(3);
    if (in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF) return;
    in.reset();
  }
}
