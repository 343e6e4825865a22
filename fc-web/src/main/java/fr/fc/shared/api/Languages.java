package fr.fc.shared.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** fc speaks French, and English to those who prefer it. */
final class Languages {

  private Languages() {}

  /**
   * The languages of an Accept-Language header (RFC 9110 section 12.5.4), most wanted first; none
   * when it is absent or malformed, so that French applies. JAX-RS's own parser
   * (HttpHeaders.getAcceptableLanguages) throws on a malformed header, which failed the page.
   */
  static List<Locale> acceptable(String header) {
    if (header == null || header.isBlank()) {
      return List.of();
    }
    try {
      return Locale.LanguageRange.parse(header).stream()
          .filter(range -> range.getWeight() > 0)
          .map(range -> Locale.forLanguageTag(range.getRange()))
          .toList();
    } catch (IllegalArgumentException malformed) {
      return List.of();
    }
  }

  /** The first of the browser's languages fc speaks, French otherwise. */
  static Locale preferred(List<Locale> acceptable) {
    return acceptable.stream().map(Languages::spoken).flatMap(Optional::stream).findFirst().orElse(Locale.FRENCH);
  }

  /**
   * The first language of the SP's ui_locales (OIDC Core 3.1.2.1, space-separated BCP 47 tags) fc
   * speaks, else the browser's choice.
   */
  static Locale preferred(String uiLocales, List<Locale> acceptable) {
    if (uiLocales != null) {
      Optional<Locale> asked =
          Arrays.stream(uiLocales.trim().split(" +"))
              .map(Locale::forLanguageTag)
              .map(Languages::spoken)
              .flatMap(Optional::stream)
              .findFirst();
      if (asked.isPresent()) {
        return asked.get();
      }
    }
    return preferred(acceptable);
  }

  private static Optional<Locale> spoken(Locale locale) {
    return switch (locale.getLanguage()) {
      case "fr" -> Optional.of(Locale.FRENCH);
      case "en" -> Optional.of(Locale.ENGLISH);
      default -> Optional.empty();
    };
  }
}
