package se.odis.record;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import se.odis.model.Labels;

/**
 * The words of the checklist workbook in one language, from {@code se/odis/record/workbook_<lang>}
 * (UTF-8), and the labels of the model's codes ({@link Labels}), which a person reads and picks
 * from the drop-down lists instead of the codes.
 */
final class WorkbookTexts {
  private final String language;
  private final ResourceBundle bundle;

  private WorkbookTexts(String language) {
    this.language = language;
    this.bundle = ResourceBundle.getBundle("se.odis.record.workbook", Locale.forLanguageTag(language),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** @return the texts in English for {@code en}, else in Swedish */
  static WorkbookTexts of(String language) {
    return new WorkbookTexts("en".equals(language) ? "en" : "sv");
  }

  String language() {
    return language;
  }

  String get(String key) {
    return bundle.getString(key);
  }

  String format(String key, Object... args) {
    return new MessageFormat(get(key), Locale.forLanguageTag(language)).format(args);
  }

  /** @return the label of a code, e.g. {@code klar} for {@code TaskStatus.DONE} */
  String label(Enum<?> value) {
    return Labels.of(value, language);
  }

  /** @return the labels of every value of an enum, in its order */
  List<String> labels(Class<? extends Enum<?>> type) {
    List<String> out = new ArrayList<>();
    for (Enum<?> e : type.getEnumConstants()) out.add(label(e));
    return out;
  }

  /**
   * The value a person wrote: the label of a value in this language or its code, in any case and
   * with spaces around it.
   *
   * @return the value, or null if the text is neither
   */
  Enum<?> parse(Class<? extends Enum<?>> type, String text) {
    String t = text.strip();
    for (Enum<?> e : type.getEnumConstants()) {
      if (label(e).equalsIgnoreCase(t) || e.name().equalsIgnoreCase(t)) return e;
    }
    return null;
  }
}
