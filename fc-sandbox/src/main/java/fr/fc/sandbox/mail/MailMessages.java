package fr.fc.sandbox.mail;

import fr.fc.sandbox.PageLanguage;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the mail catcher's page (messages*.properties): French by default, English when the
 * browser prefers it.
 */
final class MailMessages {

  static final MailMessages FRENCH = new MailMessages(PageLanguage.FRENCH);
  static final MailMessages ENGLISH = new MailMessages(PageLanguage.ENGLISH);

  private final PageLanguage language;
  private final ResourceBundle bundle;

  private MailMessages(PageLanguage language) {
    this.language = language;
    this.bundle =
        ResourceBundle.getBundle(
            MailMessages.class.getPackageName() + ".messages",
            language.locale(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The messages of the first language the sandbox speaks among the browser's, best first. */
  static MailMessages forLanguages(List<Locale> acceptable) {
    return PageLanguage.among(acceptable) == PageLanguage.ENGLISH ? ENGLISH : FRENCH;
  }

  /** The language code for the page's lang attribute. */
  String language() {
    return language.locale().getLanguage();
  }

  /** The message under the key, its %s filled with the values. */
  String get(String key, Object... values) {
    return bundle.getString(key).formatted(values);
  }
}
