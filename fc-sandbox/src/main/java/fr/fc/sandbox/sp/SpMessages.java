package fr.fc.sandbox.sp;

import fr.fc.sandbox.PageLanguage;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The SP's words (messages*.properties): French by default, English when the browser prefers it.
 */
final class SpMessages {

  static final SpMessages FRENCH = new SpMessages(Locale.FRENCH);
  static final SpMessages ENGLISH = new SpMessages(Locale.ENGLISH);

  private final Locale locale;
  private final ResourceBundle bundle;

  private SpMessages(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            SpMessages.class.getPackageName() + ".messages",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The messages of the first language the SP speaks among the browser's, best first. */
  static SpMessages forLanguages(List<Locale> acceptable) {
    return PageLanguage.among(acceptable) == PageLanguage.ENGLISH ? ENGLISH : FRENCH;
  }

  /** The language code for the page's lang attribute. */
  String language() {
    return locale.getLanguage();
  }

  String get(String key) {
    return bundle.getString(key);
  }
}
