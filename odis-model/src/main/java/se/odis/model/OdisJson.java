package se.odis.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.impl.NullsFailProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.type.MapType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

  /**
   * Makes the Immutables-generated JSON delegates fail on {@code null} for every attribute that is
   * not {@link Nullable}, and reads maps keyed by {@link TaskId} so that two keys for one task fail.
   */
  private static final class Strictness extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;
    private final boolean fastProgress;

    Strictness(boolean fastProgress) {
      this.fastProgress = fastProgress;
    }

    @Override
    public JsonDeserializer<?> modifyDeserializer(
        DeserializationConfig config, BeanDescription desc, JsonDeserializer<?> deserializer) {
      return fastProgress && desc.getBeanClass() == ImmutableTaskProgress.class
          ? new TaskProgressDeserializer(deserializer)
          : deserializer;
    }

    @Override
    public BeanDeserializerBuilder updateBuilder(
        DeserializationConfig config, BeanDescription desc, BeanDeserializerBuilder builder) {
      Method factory = immutablesBuilderFactory(desc.getBeanClass());
      if (factory == null) return builder;
      List<SettableBeanProperty> strict = new ArrayList<>();
      builder.getProperties().forEachRemaining(p -> {
        if (rejectsNull(factory, p)) {
          strict.add(p.withNullProvider(NullsFailProvider.constructForProperty(p)));
        }
      });
      strict.forEach(p -> builder.addOrReplaceProperty(p, true));
      return builder;
    }

    @Override
    public JsonDeserializer<?> modifyMapDeserializer(
        DeserializationConfig config, MapType type, BeanDescription desc, JsonDeserializer<?> deserializer) {
      return type.getKeyType().hasRawClass(TaskId.class) ? new TaskIdMapDeserializer(type, null) : deserializer;
    }

    /** The static {@code builder()} of the Immutable class whose JSON delegate ({@code ImmutableX.Json}) this is. */
    private static Method immutablesBuilderFactory(Class<?> c) {
      Class<?> outer = c.getEnclosingClass();
      if (!c.getSimpleName().equals("Json") || outer == null || !outer.getSimpleName().startsWith("Immutable")) {
        return null;
      }
      try {
        return outer.getMethod("builder");
      } catch (NoSuchMethodException e) {
        return null;
      }
    }

    /**
     * Tells whether the attribute a delegate setter fills is non-nullable. {@code @Nullable} is not
     * visible at run time, so ask the generated builder, which is the authority: its setter for a
     * non-nullable attribute throws NullPointerException on null.
     */
    private static boolean rejectsNull(Method factory, SettableBeanProperty p) {
      AnnotatedMember member = p.getMember();
      if (!(member instanceof AnnotatedMethod) || !member.getName().startsWith("set") || member.getName().length() < 4) {
        return false;
      }
      String setter = member.getName();
      String attribute = Character.toLowerCase(setter.charAt(3)) + setter.substring(4);
      for (Method m : factory.getReturnType().getMethods()) {
        if (!m.getName().equals(attribute) || m.getParameterCount() != 1) continue;
        Class<?> param = m.getParameterTypes()[0];
        if (param.isPrimitive()) return true;
        if (!param.isAssignableFrom(p.getType().getRawClass())) continue;
        try {
          m.invoke(factory.invoke(null), (Object) null);
          return false;
        } catch (InvocationTargetException e) {
          return e.getCause() instanceof NullPointerException;
        } catch (ReflectiveOperationException | RuntimeException e) {
          return false;
        }
      }
      return false;
    }
  }

  /**
   * Reads the progress map: keys are task ids in either style, made canonical by {@link TaskId#of};
   * an unknown id, two keys for the same task, and a null value are errors naming the key.
   */
  private static final class TaskIdMapDeserializer extends StdDeserializer<Map<TaskId, Object>>
      implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;
    private final MapType type;
    private final JsonDeserializer<Object> values;

    TaskIdMapDeserializer(MapType type, JsonDeserializer<Object> values) {
      super(type);
      this.type = type;
      this.values = values;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
        throws JsonMappingException {
      return new TaskIdMapDeserializer(type, ctxt.findContextualValueDeserializer(type.getContentType(), property));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<TaskId, Object> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String key;
      if (p.isExpectedStartObjectToken()) {
        key = p.nextFieldName();
      } else if (p.hasToken(JsonToken.FIELD_NAME)) {
        key = p.currentName();
      } else if (p.hasToken(JsonToken.END_OBJECT)) {
        key = null;
      } else {
        return (Map<TaskId, Object>) ctxt.handleUnexpectedToken(type, p);
      }
      Map<TaskId, Object> result = new TreeMap<>();
      Map<TaskId, String> given = new HashMap<>();
      for (; key != null; key = p.nextFieldName()) {
        TaskId id;
        try {
          id = TaskId.of(key);
        } catch (IllegalArgumentException e) {
          throw JsonMappingException.wrapWithPath(
              InvalidFormatException.from(p, e.getMessage(), key, TaskId.class), result, key);
        }
        String earlier = given.putIfAbsent(id, key);
        if (earlier != null) {
          throw JsonMappingException.wrapWithPath(
              InvalidFormatException.from(p,
                  "'" + key + "' is task " + id + " again, already given as '" + earlier + "'"
                      + "; expected each task at most once",
                  key, TaskId.class),
              result, key);
        }
        if (p.nextToken() == JsonToken.VALUE_NULL) {
          throw JsonMappingException.wrapWithPath(
              InvalidNullException.from(ctxt, PropertyName.construct(key), type.getContentType()), result, key);
        }
        try {
          result.put(id, values.deserialize(p, ctxt));
        } catch (JsonMappingException e) {
          throw JsonMappingException.wrapWithPath(e, result, key);
        } catch (RuntimeException e) {
          throw JsonMappingException.wrapWithPath(e, result, key);
        }
      }
      return result;
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.Map;
    }
  }

  /**
   * Reads a progress entry straight into its builder. A dataset has an entry per task begun, and
   * the progress map is about a third of reading a generated dataset; the generic route for each
   * entry (Immutables' JSON delegate, a bean filled by reflection and then copied into the builder)
   * is the part this saves: 5–10 % of reading a dataset, measured under C1 and C2.
   *
   * <p>It is exactly as strict as that route, and describes every mistake the same way: the same
   * exception types with the same paths, the same list of known fields, the same values' own
   * deserializers. Anything but an object (a string, a number, an array) goes to the generic
   * deserializer untouched, so that those errors stay the generic ones. {@code
   * TaskProgressDeserializerTest} compares the two routes case by case.
   */
  private static final class TaskProgressDeserializer extends StdDeserializer<TaskProgress>
      implements ResolvableDeserializer, ContextualDeserializer {
    private static final long serialVersionUID = 1L;
    /** Where a field's errors point: the generic route's bean, whose setters give the declared types. */
    private static final Class<?> BEAN = ImmutableTaskProgress.Json.class;
    private static final List<Object> FIELDS = List.of("by", "date", "note", "status", "title");

    private final JsonDeserializer<?> generic;
    private JsonDeserializer<Object> status;
    private JsonDeserializer<Object> date;
    private JsonDeserializer<Object> text;

    TaskProgressDeserializer(JsonDeserializer<?> generic) {
      super(TaskProgress.class);
      this.generic = generic;
    }

    private TaskProgressDeserializer(TaskProgressDeserializer base, JsonDeserializer<?> generic) {
      this(generic);
      this.status = base.status;
      this.date = base.date;
      this.text = base.text;
    }

    @Override
    public void resolve(DeserializationContext ctxt) throws JsonMappingException {
      if (generic instanceof ResolvableDeserializer) ((ResolvableDeserializer) generic).resolve(ctxt);
      status = ctxt.findRootValueDeserializer(ctxt.constructType(TaskStatus.class));
      date = ctxt.findRootValueDeserializer(ctxt.constructType(LocalDate.class));
      text = ctxt.findRootValueDeserializer(ctxt.constructType(String.class));
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
        throws JsonMappingException {
      JsonDeserializer<?> g = generic instanceof ContextualDeserializer
          ? ((ContextualDeserializer) generic).createContextual(ctxt, property)
          : generic;
      return g == generic ? this : new TaskProgressDeserializer(this, g);
    }

    @Override
    public java.util.Collection<Object> getKnownPropertyNames() {
      return FIELDS;
    }

    @Override
    public TaskProgress deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String name;
      if (p.isExpectedStartObjectToken()) {
        name = p.nextFieldName();
      } else if (p.hasToken(JsonToken.FIELD_NAME) || p.hasToken(JsonToken.END_OBJECT)) {
        name = p.currentName();
      } else {
        return (TaskProgress) generic.deserialize(p, ctxt);
      }
      ImmutableTaskProgress.Builder b = ImmutableTaskProgress.builder();
      for (; name != null; name = p.nextFieldName()) {
        JsonDeserializer<Object> value;
        switch (name) {
          case "status":
            value = status;
            break;
          case "date":
            value = date;
            break;
          case "by":
          case "note":
          case "title":
            value = text;
            break;
          default:
            p.nextToken();
            if (!ctxt.handleUnknownProperty(p, this, BEAN, name)) p.skipChildren();
            continue;
        }
        Object v;
        if (p.nextToken() == JsonToken.VALUE_NULL) {
          if (value == status) {
            throw JsonMappingException.wrapWithPath(
                InvalidNullException.from(ctxt, PropertyName.construct(name), ctxt.constructType(TaskStatus.class)),
                BEAN, name);
          }
          continue; // a Nullable field given as null is a field left out
        }
        try {
          v = value.deserialize(p, ctxt);
        } catch (IOException | RuntimeException e) {
          if (e instanceof IOException && !(e instanceof com.fasterxml.jackson.core.JacksonException)) throw e;
          throw JsonMappingException.wrapWithPath(e, BEAN, name);
        }
        switch (name) {
          case "status":
            b.status((TaskStatus) v);
            break;
          case "date":
            b.date((LocalDate) v);
            break;
          case "by":
            b.by((String) v);
            break;
          case "title":
            b.title((String) v);
            break;
          default:
            b.note((String) v);
        }
      }
      try {
        return b.build();
      } catch (IllegalStateException e) {
        return (TaskProgress) ctxt.handleInstantiationProblem(ImmutableTaskProgress.class, null, e);
      }
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.POJO;
    }
  }

  /**
   * Reads text that can be kept as given: JSON may escape any character, but not every character
   * is text ({@link TextCheck}); such a string is refused rather than kept or rewritten.
   */
  private static final class CleanStringDeserializer extends com.fasterxml.jackson.databind.deser.std.StringDeserializer {
    private static final long serialVersionUID = 1L;

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String s = super.deserialize(p, ctxt);
      String flaw = s == null ? null : flaw(s);
      if (flaw != null) throw InvalidFormatException.from(p, TEXT_FLAW + flaw, s, String.class);
      return s;
    }

    /** @return what is wrong with the text, or null if nothing */
    static String flaw(String s) {
      int at = TextCheck.flawAt(s, 0);
      return at < 0 ? null : TextCheck.describe(s.charAt(at));
    }
  }

  /** How {@link CleanStringDeserializer} starts its message, for {@link DatasetReader} to recognise. */
  static final String TEXT_FLAW = "text holds ";

  /**
   * Reads a link people follow ({@link WebLinks}): a URI as Jackson reads one, refused if it is not
   * an absolute http(s) address, at the value's place.
   */
  abstract static class WebLinkDeserializer extends StdDeserializer<java.net.URI> {
    private static final long serialVersionUID = 1L;
    private static final JsonDeserializer<?> URI_READER =
        com.fasterxml.jackson.databind.deser.std.FromStringDeserializer.findDeserializer(java.net.URI.class);
    private final boolean download;

    WebLinkDeserializer(boolean download) {
      super(java.net.URI.class);
      this.download = download;
    }

    @Override
    public java.net.URI deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      java.net.URI link = (java.net.URI) URI_READER.deserialize(p, ctxt);
      String problem = link == null ? null : WebLinks.problem(link, download);
      if (problem != null) {
        throw InvalidFormatException.from(p, NOT_WEB_LINK + problem + "; expected " + WebLinks.expected(download),
            p.getText(), java.net.URI.class);
      }
      return link;
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.OtherScalar;
    }
  }

  /** A landing page, an access URL, a distribution's documentation: http or https. */
  static final class WebPage extends WebLinkDeserializer {
    private static final long serialVersionUID = 1L;

    WebPage() {
      super(false);
    }
  }

  /** A download link: http, https or ftp. */
  static final class Download extends WebLinkDeserializer {
    private static final long serialVersionUID = 1L;

    Download() {
      super(true);
    }
  }

  /** How {@link WebLinkDeserializer} starts its message, for {@link DatasetReader} to recognise. */
  static final String NOT_WEB_LINK = "not a web link: ";

  /** Reads a date only from a string written YYYY-MM-DD that names a day of the calendar. */
  private static final class StrictLocalDateDeserializer extends StdDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    StrictLocalDateDeserializer() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
      }
      String text = p.getText();
      if (!isIsoDateShape(text)) {
        return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not a date written YYYY-MM-DD");
      }
      // The shape is checked, so the fields are plain digits: no need for the general
      // DateTimeFormatter, which costs a good part of reading a dataset with full progress.
      try {
        return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
      } catch (java.time.DateTimeException e) {
        return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not a day of the calendar");
      }
    }

    /** @return true if {@code t} is exactly four digits, '-', two digits, '-', two digits */
    static boolean isIsoDateShape(String t) {
      if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') return false;
      for (int i = 0; i < 10; i++) {
        if (i != 4 && i != 7 && (t.charAt(i) < '0' || t.charAt(i) > '9')) return false;
      }
      return true;
    }

    private static int digits(String t, int from, int to) {
      int n = 0;
      for (int i = from; i < to; i++) n = n * 10 + (t.charAt(i) - '0');
      return n;
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.DateTime;
    }
  }
}
