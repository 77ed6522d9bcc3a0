package se.odis.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an attribute that may be absent. Immutables recognises any annotation with this simple
 * name; an absent value is {@code null} in Java and omitted (or {@code null}) in JSON.
 *
 * <p>Plain nullable attributes, rather than {@code Optional}, keep rule conditions readable for
 * rule authors: {@code Dataset(licence == null)}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.PARAMETER, ElementType.FIELD, ElementType.TYPE_USE})
public @interface Nullable {}
