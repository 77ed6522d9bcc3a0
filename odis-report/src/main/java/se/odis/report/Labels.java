package se.odis.report;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fixed words of a report in one language, from {@code se/odis/report/labels_<lang>.properties}
 * (UTF-8). Texts of findings and guide tasks come from the assessment, not from here.
 */
final class Labels {
  static final String BUNDLE = "se.odis.report.labels";

  private static final Map<Language, Labels> CACHE = new ConcurrentHashMap<>();

  private final Language language;
  private final ResourceBundle bundle;

  private Labels(Language language, ResourceBundle bundle) {
    this.language = language;
    this.bundle = bundle;
  }

  static Labels of(Language language) {
    // Looked up once per language: a service writes a report per request, and the bundles never change.
    return CACHE.computeIfAbsent(language, l -> new Labels(l, ResourceBundle.getBundle(BUNDLE, l.locale(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))));
  }

  Language language() {
    return language;
  }

  /** @return the language tag, for {@code LocalizedText.best(...)} */
  String tag() {
    return language.tag();
  }

  /**
   * @param key a label key
   * @return the label
   * @throws MissingResourceException if the bundle lacks the key (a bug: a test checks all keys)
   */
  String get(String key) {
    return bundle.getString(key);
  }

  /** @return every key, for tests */
  Set<String> keys() {
    return new TreeSet<>(Collections.list(bundle.getKeys()));
  }

  boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** Fills a label pattern ({@link MessageFormat}: {@code {0}}, apostrophes doubled). */
  String format(String key, Object... args) {
    return new MessageFormat(get(key), language.locale()).format(args);
  }

  /** @return the label for an enum constant, keyed {@code prefix.CONSTANT} */
  String of(String prefix, Enum<?> value) {
    return get(prefix + "." + value.name());
  }
}
