package se.odis.model;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.impl.NullsFailProvider;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.type.MapType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the Immutables-generated JSON delegates fail on {@code null} for every attribute that is
 * not {@link Nullable}, and reads maps keyed by {@link TaskId} so that two keys for one task fail.
 */
final class Strictness extends BeanDeserializerModifier {
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
