package se.odis.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The words people read for ODIS's codes: the Swedish and English label of every enum value a
 * report shows (frequencies, MQA ratings, statuses, verdicts, gates, access rights, fees…) and of
 * the dataset's fields, so that a Swedish report need show no English code.
 *
 * <p>Where DCAT-AP-SE 3.0.1 has a label, it is DCAT-AP-SE's own (e.g. {@code contactPoint} is
 * "Kontaktuppgift", {@code issued} "Utgivningsdatum", frequency {@code MONTHLY} "månatligen");
 * docs/sources.md says where each comes from. The labels live in
 * {@code se/odis/model/labels_sv.properties} and {@code labels_en.properties}, keyed by the enum's
 * name within this package and the constant ({@code Frequency.MONTHLY},
 * {@code MetadataScore.Rating.GOOD}) or by {@code field.} and the field's path
 * ({@code field.contactPoint}, {@code field.contactPoint.email}).
 *
 * <p>Immutable and thread-safe; every look-up is a map read.
 */
public final class Labels {
  private static final Map<String, LocalizedText> LABELS = load();
  private static final String PACKAGE = Labels.class.getPackageName() + ".";

  private Labels() {}

  /**
   * Returns the label of an enum value in Swedish and English.
   *
   * @param value an enum value, e.g. {@code Frequency.MONTHLY}
   * @return its label; for a value without one (an enum not shown in reports), its name in both
   *     languages
   */
  public static LocalizedText of(Enum<?> value) {
    LocalizedText l = LABELS.get(key(value));
    return l != null ? l : LocalizedText.of(value.name(), value.name());
  }

  /**
   * Returns the label of an enum value in one language.
   *
   * @param value an enum value
   * @param language {@code sv} or {@code en}; any other gives Swedish
   * @return the label (the value's name if it has none)
   */
  public static String of(Enum<?> value, String language) {
    return of(value).best(language);
  }

  /**
   * Tells whether an enum value has a label of its own.
   *
   * @param value an enum value
   * @return true if the bundles label it in both languages
   */
  public static boolean has(Enum<?> value) {
    return LABELS.containsKey(key(value));
  }

  /**
   * Returns the label of a dataset field, as DCAT-AP-SE names the property where it has one.
   *
   * @param field a field name ({@code contactPoint}), a dotted path ({@code contactPoint.email}) or
   *     a JSON pointer into a dataset ({@code /distributions/0/accessUrl}); array indexes are
   *     ignored
   * @return the label of the most specific path that has one, or null if none has
   */
  public static @Nullable LocalizedText field(String field) {
    String path = path(field);
    while (!path.isEmpty()) {
      LocalizedText l = LABELS.get("field." + path);
      if (l != null) return l;
      int dot = path.indexOf('.');
      path = dot < 0 ? "" : path.substring(dot + 1);
    }
    return null;
  }

  /**
   * Returns the label of an MQA dimension or indicator of the metadata score.
   *
   * @param id a dimension ({@code findability}) or indicator ({@code keyword}) id
   * @return its label, or null if it has none
   */
  public static @Nullable LocalizedText mqa(String id) {
    return LABELS.get("mqa." + id);
  }

  /** @return every label key, for tests */
  static java.util.Set<String> keys() {
    return LABELS.keySet();
  }

  private static String key(Enum<?> value) {
    String name = value.getDeclaringClass().getName();
    if (name.startsWith(PACKAGE)) name = name.substring(PACKAGE.length());
    return name.replace('$', '.') + "." + value.name();
  }

  /** {@code /distributions/0/accessUrl} → {@code distributions.accessUrl}. */
  private static String path(String field) {
    StringBuilder sb = new StringBuilder();
    for (String part : field.split("[/.]")) {
      if (part.isEmpty() || part.chars().allMatch(Character::isDigit)) continue;
      if (sb.length() > 0) sb.append('.');
      sb.append(part);
    }
    return sb.toString();
  }

  private static Map<String, LocalizedText> load() {
    Properties sv = read("labels_sv.properties");
    Properties en = read("labels_en.properties");
    Map<String, LocalizedText> out = new HashMap<>();
    for (String k : sv.stringPropertyNames()) {
      String e = en.getProperty(k);
      if (e == null) throw new IllegalStateException("labels_en.properties in odis-model lacks " + k);
      out.put(k, LocalizedText.of(sv.getProperty(k), e));
    }
    for (String k : en.stringPropertyNames()) {
      if (!sv.containsKey(k)) throw new IllegalStateException("labels_sv.properties in odis-model lacks " + k);
    }
    return Collections.unmodifiableMap(out);
  }

  private static Properties read(String name) {
    Properties p = new Properties();
    try (InputStream in = Labels.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException(name + " is missing from odis-model");
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(name + " in odis-model cannot be read", e);
    }
    return p;
  }
}
