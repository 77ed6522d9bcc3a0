package se.odis.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.type.MapType;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the progress map: keys are task ids in either style, made canonical by {@link TaskId#of};
 * an unknown id, two keys for the same task, and a null value are errors naming the key.
 */
final class TaskIdMapDeserializer extends StdDeserializer<Map<TaskId, Object>>
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
