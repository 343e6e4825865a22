package fr.fc.sandbox.idp;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The browser endpoints' answers: pages never cached nor framed, and the error pages for what
 * cannot go back to the client (an unknown IdP, an untrusted client, an expired request, a bug).
 */
final class HtmlAnswers {

  private static final Logger LOG = Logger.getLogger(HtmlAnswers.class.getName());
  private static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";
  private static final String SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

  private HtmlAnswers() {}

  /**
   * Runs the action for a known IdP; an unknown one or an unexpected failure gets an error page.
   */
  static Response forIdp(
      Optional<DemoIdp> idp, Language language, Function<DemoIdp, Response> action) {
    try {
      return idp.map(action)
          .orElseGet(() -> error(Status.NOT_FOUND, language, "error.unknown-idp"));
    } catch (RuntimeException unexpected) {
      LOG.log(Level.SEVERE, "demo IdP failure", unexpected);
      return error(Status.INTERNAL_SERVER_ERROR, language, "error.unexpected");
    }
  }

  static Response page(Status status, String html) {
    return Response.status(status)
        .type(HTML)
        .header("Cache-Control", "no-store")
        .header("Content-Security-Policy", SECURITY_POLICY)
        .header("X-Frame-Options", "DENY")
        .entity(html)
        .build();
  }

  static Response error(Status status, Language language, String messageKey) {
    return notice(status, language, language.text("error.title"), "error.heading", messageKey);
  }

  static Response loggedOut(DemoIdp idp, Language language) {
    String title = language.text("logout.title", idp.title(language));
    return notice(Status.OK, language, title, "logout.heading", "logout.text");
  }

  private static Response notice(
      Status status, Language language, String title, String headingKey, String textKey) {
    String main =
        "<h1>%s</h1>\n<p>%s</p>"
            .formatted(Html.escape(language.text(headingKey)), Html.escape(language.text(textKey)));
    return page(status, Html.page(language, title, main));
  }
}
