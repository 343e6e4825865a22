package fr.fc.sandbox;

import java.util.List;
import java.util.Locale;

/** The words of the front page: French by default, English when the browser prefers it. */
record HomeText(
    String language,
    String title,
    String purpose,
    String partnersTitle,
    List<Partner> partners,
    String fcLabel) {

  /** A demo partner: what it is, and the path of its entry point under the sandbox's root. */
  record Partner(String description, String path) {}

  static final HomeText FRENCH =
      new HomeText(
          "fr",
          "Bac à sable fc",
          "Partenaires de démonstration de fc : fournisseurs d'identité, fournisseur de service,"
              + " fournisseur de données et simulateur du RNIPP, pour intégrer vos services sans"
              + " données réelles.",
          "Partenaires",
          List.of(
              new Partner("Fournisseur de service de démonstration", "sp/"),
              new Partner(
                  "Fournisseurs d'identité de démonstration (impots, ameli, laposte,"
                      + " historique) : configuration OpenID Connect d'impots",
                  "idp/impots/.well-known/openid-configuration"),
              new Partner(
                  "Fournisseur de données fiscales de démonstration (DGFiP fictive, API"
                      + " /dp/api/dgfip) : ses clés de chiffrement (jwks_uri)",
                  "dp/jwks"),
              new Partner("Simulateur du RNIPP : son comportement", "rnipp/admin/behaviour"),
              new Partner(
                  "Courriels de démonstration : ce que fc envoie au bac à sable en SMTP", "mails/")),
          "Configuration OpenID Connect de fc :");

  static final HomeText ENGLISH =
      new HomeText(
          "en",
          "fc sandbox",
          "Demo partners of fc: identity providers, a service provider, a data provider and an"
              + " RNIPP simulator, to integrate your services without real data.",
          "Partners",
          List.of(
              new Partner("Demo service provider", "sp/"),
              new Partner(
                  "Demo identity providers (impots, ameli, laposte, historique): impots's OpenID"
                      + " Connect configuration",
                  "idp/impots/.well-known/openid-configuration"),
              new Partner(
                  "Demo tax data provider (fictitious DGFiP, API /dp/api/dgfip): its encryption"
                      + " keys (jwks_uri)",
                  "dp/jwks"),
              new Partner("RNIPP simulator: its behaviour", "rnipp/admin/behaviour"),
              new Partner("Demo e-mails: what fc sends to the sandbox over SMTP", "mails/")),
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
