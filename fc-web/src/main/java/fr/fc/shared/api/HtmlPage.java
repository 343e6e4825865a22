package fr.fc.shared.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The frame of fc's pages, styled with the French State design system DSFR (served by the WAR under
 * /dsfr/): language, title, skip links, header, main landmark, footer, and the headers every page
 * carries (no caching, no framing, no scripts at all, styles and fonts from fc only).
 */
public final class HtmlPage {

  static final String SECURITY_POLICY =
      "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self' data:;"
          + " form-action 'self' http: https:; frame-ancestors 'none'; base-uri 'none'";

  private static final String BUNDLE = "fr.fc.shared.api.PageMessages";

  /** The State's block ("bloc Marianne"), the same in every language. */
  private static final String STATE_LOGO = "<p class=\"fr-logo\">République<br>Française</p>";

  private HtmlPage() {}

  /** French, or English for a browser that prefers it. */
  public static Locale locale(HttpHeaders headers) {
    return Languages.preferred(headers.getAcceptableLanguages());
  }

  /**
   * A page's words in this language. French is the base bundle: no fallback to the JVM's own
   * locale, which would show English to a French browser on an English server.
   */
  public static ResourceBundle messages(String bundle, Locale locale) {
    return ResourceBundle.getBundle(
        bundle,
        locale,
        HtmlPage.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** A 200 page, still open to more headers (a cookie). */
  public static Response.ResponseBuilder ok(Locale locale, String title, String body) {
    return builder(200, locale, title, body);
  }

  static Response page(int status, Locale locale, String title, String body) {
    return builder(status, locale, title, body).build();
  }

  private static Response.ResponseBuilder builder(int status, Locale locale, String title, String body) {
    ResourceBundle text = messages(BUNDLE, locale);
    String html =
        """
        <!DOCTYPE html>
        <html lang="%s">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <link rel="stylesheet" href="/dsfr/dsfr.min.css">
        <link rel="stylesheet" href="/dsfr/utility/icons/icons-arrows/icons-arrows.min.css">
        <link rel="icon" href="/dsfr/favicon/favicon.svg" type="image/svg+xml">
        <link rel="icon" href="/dsfr/favicon/favicon.ico" sizes="any">
        <title>%s - fc</title></head>
        <body>
        <div class="fr-skiplinks"><nav class="fr-container" aria-label="%s"><ul class="fr-skiplinks__list">
        <li><a class="fr-link" href="#main-content">%s</a></li><li><a class="fr-link" href="#footer">%s</a></li>
        </ul></nav></div>
        <header class="fr-header"><div class="fr-header__body"><div class="fr-container"><div class="fr-header__body-row">
        <div class="fr-header__brand"><div class="fr-header__brand-top"><div class="fr-header__logo">%s</div></div>
        <div class="fr-header__service"><p class="fr-header__service-title">fc</p>
        <p class="fr-header__service-tagline">%s</p></div></div>
        </div></div></div></header>
        <main id="main-content" class="fr-container fr-my-6w"><div class="fr-grid-row fr-grid-row--center">
        <div class="fr-col-12 fr-col-md-10 fr-col-lg-8">
        %s
        </div></div></main>
        <footer class="fr-footer" id="footer"><div class="fr-container">
        <div class="fr-footer__body"><div class="fr-footer__brand">%s</div></div>
        <div class="fr-footer__bottom"><ul class="fr-footer__bottom-list">
        <li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/api/accessibilite">%s</a></li>
        </ul></div>
        </div></footer>
        </body>
        </html>
        """
            .formatted(
                locale.getLanguage(),
                escape(title),
                escape(text.getString("page.skiplinks")),
                escape(text.getString("page.skiplinks.content")),
                escape(text.getString("page.skiplinks.footer")),
                STATE_LOGO,
                escape(text.getString("page.tagline")),
                body,
                STATE_LOGO,
                escape(text.getString("page.accessibility")));
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header("Cache-Control", "no-store")
        .header("Content-Security-Policy", SECURITY_POLICY)
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer")
        .entity(html);
  }

  /**
   * A DSFR error alert telling {@code message} (plain text) by its words, not only by its colour;
   * {@code role="alert"} when it reports what just happened, for screen readers to announce it.
   */
  public static String errorAlert(String message, boolean announced) {
    return "<div class=\"fr-alert fr-alert--error fr-alert--sm fr-mb-4w\"%s><p>%s</p></div>\n"
        .formatted(announced ? " role=\"alert\"" : "", escape(message));
  }

  public static String escape(String value) {
    return value
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
