package fr.fc.shared.api;

import fr.fc.shared.web.FacesView;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/**
 * A page's response: a Faces view (DSFR frame in WEB-INF/templates/page.xhtml) with the headers
 * every page carries: no caching, no framing, no scripts at all, styles and fonts from fc only.
 */
public final class HtmlPage {

  static final String SECURITY_POLICY =
      "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self' data:;"
          + " form-action 'self' http: https:; frame-ancestors 'none'; base-uri 'none'";

  private HtmlPage() {}

  /** French, or English for a browser that prefers it. */
  public static Locale locale(HttpHeaders headers) {
    return Languages.preferred(acceptable(headers));
  }

  /** The language the SP asked for in ui_locales, if fc speaks it, else the browser's. */
  public static Locale locale(String uiLocales, HttpHeaders headers) {
    return Languages.preferred(uiLocales, acceptable(headers));
  }

  private static List<Locale> acceptable(HttpHeaders headers) {
    return Languages.acceptable(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
  }

  /** A 200 page, still open to more headers (a cookie). */
  public static Response.ResponseBuilder ok(FacesView view) {
    return builder(200, view);
  }

  /** A form sent back for the citizen to correct (400), its errors shown on the page. */
  public static Response.ResponseBuilder badRequest(FacesView view) {
    return builder(400, view);
  }

  static Response page(int status, FacesView view) {
    return builder(status, view).build();
  }

  private static Response.ResponseBuilder builder(int status, FacesView view) {
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .language(view.text().locale())
        .header("Cache-Control", "no-store")
        .header("Content-Security-Policy", SECURITY_POLICY)
        .header("X-Frame-Options", "DENY")
        .header("Cross-Origin-Opener-Policy", "same-origin")
        // same-origin, not no-referrer: under no-referrer browsers send "Origin: null" with fc's own forms.
        .header("Referrer-Policy", "same-origin")
        .entity(view);
  }
}
