package se.odis.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;

/**
 * The Jackson configuration ODIS reads and writes its JSON with.
 *
 * <p>Reading is strict, so that a mistake in the input is an error and never a silently different
 * dataset: unknown fields, duplicate keys, trailing content, numbers for enums, strings for
 * booleans or numbers, and nulls for non-nullable values all fail.
 *
 * <p>On nulls: an attribute marked {@link Nullable} may be given as {@code null}, which means the
 * same as leaving it out. Any other attribute — a fact with an {@code UNKNOWN} default such as
 * {@code secrecy}, a list, the progress map, a required field — rejects {@code null}, and so does
 * every element of a list or map: leave the field out instead. Progress keys are task ids in either
 * style; two keys naming the same task ({@code "A3.3.1"} and {@code "A.3.3.1"}) are an error rather
 * than one silently replacing the other. A date is a string {@code YYYY-MM-DD} and nothing else: no
 * time part (which would be dropped), no surrounding spaces, no array form.
 */
public final class OdisJson {
  private static final JsonMapper MAPPER = build();

  private OdisJson() {}

  /**
   * Returns the shared strict mapper. It is thread-safe; do not reconfigure it — use
   * {@link #newMapper()} for a copy to change.
   *
   * @return the shared mapper
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * The layout in which ODIS writes JSON for people and for version control: two-space indents,
   * {@code "key": value}, one array element per line, empty arrays and objects as {@code []} and
   * {@code {}}, {@code \n} line ends.
   *
   * @return a new pretty printer of that layout
   */
  public static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withArrayEmptySeparator("")
            .withObjectEmptySeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }

  /** @return a new mapper with the same configuration, free to change */
  public static JsonMapper newMapper() {
    return build();
  }

  private static JsonMapper build() {
    return build(true);
  }

  /**
   * @param fastProgress whether progress entries are read by {@link TaskProgressDeserializer}; the
   *     mapper without it is the reference its tests compare with
   */
  static JsonMapper build(boolean fastProgress) {
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(MapperFeature.AUTO_DETECT_GETTERS)
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(MapperFeature.AUTO_DETECT_FIELDS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            // No element of a list, set or map may be null: "keywords": [null] is a mistake.
            .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
            .addModule(new SimpleModule("odis-strict")
                .setDeserializerModifier(new Strictness(fastProgress))
                .addDeserializer(LocalDate.class, new StrictLocalDateDeserializer())
                .addDeserializer(String.class, new CleanStringDeserializer()))
            .build();
    // Scalars must have their own JSON type: "api": "true" or "status": 1 is a mistake, not a value.
    mapper.coercionConfigDefaults()
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
    mapper.coercionConfigFor(LogicalType.Float)
        .setCoercion(CoercionInputShape.Float, CoercionAction.TryConvert)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
    mapper.coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.TryConvert);
    mapper.getFactory().disable(JsonParser.Feature.ALLOW_SINGLE_QUOTES);
    return mapper;
  }
}
