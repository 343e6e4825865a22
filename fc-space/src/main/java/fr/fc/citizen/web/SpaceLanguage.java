package fr.fc.citizen.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;

/** The space's language for a browser: the first of French and English it accepts, French by default. */
final class SpaceLanguage {

  private SpaceLanguage() {}

  static Locale of(Enumeration<Locale> accepted) {
    for (Locale locale : Collections.list(accepted)) {
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
