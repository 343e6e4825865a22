package fr.fc.sandbox;

import java.util.Locale;

/** The words of the front page: French by default, English when the browser prefers it. */
record HomeText(String language, String title, String purpose, String fcLabel) {

  static final HomeText FRENCH =
      new HomeText(
          "fr",
          "Bac à sable fc",
          "Partenaires de démonstration de fc : fournisseurs d'identité, fournisseur de service,"
              + " fournisseur de données et simulateur du RNIPP, pour intégrer vos services sans"
              + " données réelles.",
          "Configuration OpenID Connect de fc :");

  static final HomeText ENGLISH =
      new HomeText(
          "en",
          "fc sandbox",
          "Demo partners of fc: identity providers, a service provider, a data provider and an"
              + " RNIPP simulator, to integrate your services without real data.",
          "fc's OpenID Connect configuration:");

  /** The text for an Accept-Language header: its first language fc speaks, French otherwise. */
  static HomeText forLanguages(String acceptLanguage) {
    if (acceptLanguage == null) {
      return FRENCH;
    }
    for (String range : acceptLanguage.split(",")) {
      String language = range.split(";")[0].trim().toLowerCase(Locale.ROOT);
      if (language.startsWith("fr")) {
        return FRENCH;
      }
      if (language.startsWith("en")) {
        return ENGLISH;
      }
    }
    return FRENCH;
  }
}
