package se.odis.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;

/**
 * JSON as the {@code odis} commands write it: two-space indents, {@code "key": value}, empty arrays
 * and objects as {@code []} and {@code {}}, {@code \n} line ends, and a trailing newline — the same
 * layout as {@code odis assess --format json} and the example datasets.
 */
final class PrettyJson {
  private static final ObjectWriter SORTED = writer(true);
  private static final ObjectWriter AS_BUILT = writer(false);

  private PrettyJson() {}

  private static ObjectWriter writer(boolean sorted) {
    JsonMapper.Builder b = JsonMapper.builder();
    if (sorted) {
      b.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }
    return b.build().writer(se.odis.model.OdisJson.prettyPrinter());
  }

  /**
   * Writes a value with its keys sorted alphabetically (records, maps), as the JSON contracts of
   * {@code odis} are written.
   *
   * @param value the value
   * @return the JSON text, ending in a newline
   */
  static String sorted(Object value) {
    return write(SORTED, value);
  }

  /**
   * Writes a JSON tree with its keys in the order they were put in, for files people read and
   * fill in ({@code odis init}).
   *
   * @param value the value, usually an {@code ObjectNode}
   * @return the JSON text, ending in a newline
   */
  static String asBuilt(Object value) {
    return write(AS_BUILT, value);
  }

  private static String write(ObjectWriter w, Object value) {
    try {
      return w.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("JSON cannot be written", e);
    }
  }
}
