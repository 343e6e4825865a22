package fr.fc.shared.api;

import java.util.List;
import java.util.Locale;

/** fc speaks French, and English to those who prefer it. */
final class Languages {

  private Languages() {}

  /** The first of the browser's languages fc speaks, French otherwise. */
  static Locale preferred(List<Locale> acceptable) {
    for (Locale locale : acceptable) {
      if ("fr".equals(locale.getLanguage())) {
        return Locale.FRENCH;
      }
      if ("en".equals(locale.getLanguage())) {
        return Locale.ENGLISH;
      }
    }
    return Locale.FRENCH;
  }
}
