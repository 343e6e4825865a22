package fr.fc.shared.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The frame of fc's pages: language, title, main landmark, and the headers every page carries
 * (no caching, no framing, no scripts from elsewhere).
 */
public final class HtmlPage {

  static final String SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http: https:; frame-ancestors 'none'";

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
    String html =
        """
        <!DOCTYPE html>
        <html lang="%s">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s - fc</title></head>
        <body>
        <main id="main-content">
        %s
        </main>
        </body>
        </html>
        """
            .formatted(locale.getLanguage(), escape(title), body);
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header("Cache-Control", "no-store")
        .header("Content-Security-Policy", SECURITY_POLICY)
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer")
        .entity(html);
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
