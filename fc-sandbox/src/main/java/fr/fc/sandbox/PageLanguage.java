package fr.fc.sandbox;

import java.util.List;
import java.util.Locale;

/** The language of the sandbox's pages: French by default, English when the browser prefers it. */
public enum PageLanguage {
  FRENCH(Locale.FRENCH),
  ENGLISH(Locale.ENGLISH);

  private final Locale locale;

  PageLanguage(Locale locale) {
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }

  /**
   * The first language the sandbox speaks among the browser's, best first (JAX-RS's acceptable
   * languages of the request); French when it speaks none of them.
   */
  public static PageLanguage among(List<Locale> acceptable) {
    for (Locale wanted : acceptable) {
      if (wanted.getLanguage().equals("fr")) {
        return FRENCH;
      }
      if (wanted.getLanguage().equals("en")) {
        return ENGLISH;
      }
    }
    return FRENCH;
  }
}
