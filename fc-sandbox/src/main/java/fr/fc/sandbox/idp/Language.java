package fr.fc.sandbox.idp;

import fr.fc.sandbox.PageLanguage;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/** The language of the IdP pages: French by default, English when the user asks for it. */
enum Language {
  FRENCH("fr"),
  ENGLISH("en");

  private final String code;
  private final ResourceBundle words;

  Language(String code) {
    this.code = code;
    this.words =
        ResourceBundle.getBundle(
            "fr.fc.sandbox.idp.messages",
            Locale.forLanguageTag(code),
            Language.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  String code() {
    return code;
  }

  /** The same language as the sandbox's other pages name it. */
  PageLanguage page() {
    return this == ENGLISH ? PageLanguage.ENGLISH : PageLanguage.FRENCH;
  }

  /** The text under a key of messages_{code}.properties, its %s filled with the values. */
  String text(String key, Object... values) {
    return words.getString(key).formatted(values);
  }

  /**
   * OIDC Core 3.1.2.1: the first spoken language of ui_locales (space-separated, by preference),
   * else the preferred spoken language of Accept-Language, else French.
   */
  static Language choose(String uiLocales, String acceptLanguage) {
    List<String> asked = uiLocales == null ? List.of() : List.of(uiLocales.trim().split("\\s+"));
    return firstSpoken(asked).or(() -> firstSpoken(byPreference(acceptLanguage))).orElse(FRENCH);
  }

  private static Optional<Language> firstSpoken(List<String> tags) {
    return tags.stream().flatMap(tag -> spoken(tag).stream()).findFirst();
  }

  private static Optional<Language> spoken(String tag) {
    String primary = tag.split("-")[0].trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(language -> language.code.equals(primary)).findFirst();
  }

  /** RFC 9110 12.5.4: the language ranges by decreasing weight, equal weights in their order. */
  private static List<String> byPreference(String acceptLanguage) {
    if (acceptLanguage == null) {
      return List.of();
    }
    return Arrays.stream(acceptLanguage.split(","))
        .filter(range -> weight(range) > 0)
        .sorted(Comparator.comparingDouble(Language::weight).reversed())
        .map(range -> range.split(";")[0])
        .toList();
  }

  private static double weight(String range) {
    for (String parameter : range.split(";")) {
      String trimmed = parameter.trim();
      if (trimmed.startsWith("q=")) {
        try {
          return Double.parseDouble(trimmed.substring(2));
        } catch (NumberFormatException malformed) {
          return 0;
        }
      }
    }
    return 1;
  }
}
