package se.odis.server;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import se.odis.model.Labels;
import se.odis.report.Language;

/** The web page's texts in one language (web_sv.properties, web_en.properties), and the model's labels. */
final class Texts {
  private static final Texts SV = new Texts(Language.SV);
  private static final Texts EN = new Texts(Language.EN);

  final Language lang;
  private final ResourceBundle bundle;

  private Texts(Language lang) {
    this.lang = lang;
    this.bundle = ResourceBundle.getBundle("se.odis.server.web", lang.locale(), Texts.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  static Texts of(Language lang) {
    return lang == Language.EN ? EN : SV;
  }

  /** @return the language tag, sv or en */
  String tag() {
    return lang.tag();
  }

  String get(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  String format(String key, Object... args) {
    return new MessageFormat(get(key), lang.locale()).format(args);
  }

  /** @return an enum value's label in this language (the model's labels), else its name */
  String of(Enum<?> value) {
    return Labels.has(value) ? Labels.of(value, tag()) : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
