package se.odis.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Writes the {@link JsonReport} contract: pretty-printed, keys sorted alphabetically, every key
 * present ({@code null} where absent), {@code \n} line ends, one trailing newline.
 */
final class JsonRenderer implements Renderer {
  /** Keys sorted: records' properties alphabetically, maps by key. Used by every JSON output of assess. */
  static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
      .build();
  private static final ObjectWriter WRITER = MAPPER.writer(printer());

  /** @return a new pretty printer of the contract's layout: two-space indents, {@code \n} line ends */
  static DefaultPrettyPrinter printer() {
    return se.odis.model.OdisJson.prettyPrinter();
  }


  @Override
  public void render(Report report, Labels labels, PrintWriter out) {
    try {
      out.print(WRITER.writeValueAsString(JsonReport.of(report, labels.tag())));
      out.print('\n');
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("the JSON report cannot be written", e);
    }
  }
}
