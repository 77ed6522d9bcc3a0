/**
 * The ODIS domain model: a dataset's facts and its progress through the ÖDIS guide
 * ({@link se.odis.model.Dataset}), the guide itself as data ({@link se.odis.model.Guide}), and the
 * result of an assessment ({@link se.odis.model.Assessment}).
 *
 * <p>Every value type is immutable and thread-safe. Instances are created with the generated
 * {@code Immutable*} builders or read from JSON with {@link se.odis.model.DatasetReader}, which is
 * strict: an unknown field, a wrong type, a bad enum value or a malformed date is an error that
 * names the place in the input.
 *
 * <p>Facts that decide publishability are never optional booleans: they are enums with an
 * {@code UNKNOWN} value, and an absent fact is {@code UNKNOWN}. Rules treat {@code UNKNOWN} as
 * "not yet answered", never as "no" (fail closed).
 *
 * <p>The model knows nothing of Drools; the rules live in {@code se.odis.rules}.
 */
@Value.Style(
    get = {"get*", "is*"},
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true))
package se.odis.model;

import org.immutables.value.Value;
