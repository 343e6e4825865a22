package fr.fc.sandbox.portal;

import fr.fc.sandbox.PageLanguage;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The portal's words (messages*.properties): French by default, English when the browser prefers
 * it.
 */
final class HomeText {

  static final HomeText FRENCH = new HomeText(PageLanguage.FRENCH);
  static final HomeText ENGLISH = new HomeText(PageLanguage.ENGLISH);

  private final PageLanguage language;
  private final ResourceBundle bundle;

  private HomeText(PageLanguage language) {
    this.language = language;
    this.bundle =
        ResourceBundle.getBundle(
            HomeText.class.getPackageName() + ".messages",
            language.locale(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The words of the first language the sandbox speaks among the browser's, best first. */
  static HomeText forLanguages(List<Locale> acceptable) {
    return PageLanguage.among(acceptable) == PageLanguage.ENGLISH ? ENGLISH : FRENCH;
  }

  PageLanguage language() {
    return language;
  }

  /** The language code for the page's lang attribute. */
  String code() {
    return language.locale().getLanguage();
  }

  /** The text under the key, its %s filled with the values. */
  String get(String key, Object... values) {
    return bundle.getString(key).formatted(values);
  }
}
