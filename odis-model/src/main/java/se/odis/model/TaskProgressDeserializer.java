package se.odis.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

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
final class TaskProgressDeserializer extends StdDeserializer<TaskProgress>
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
