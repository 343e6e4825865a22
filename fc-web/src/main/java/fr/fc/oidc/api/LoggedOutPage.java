package fr.fc.oidc.api;

import fr.fc.shared.api.HtmlPage;
import fr.fc.shared.web.FacesView;
import fr.fc.shared.web.PageText;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/** fc's "logged out" page, after a logout that has no way back to an SP. */
final class LoggedOutPage {

  private static final String BUNDLE = "fr.fc.oidc.api.LogoutMessages";

  private LoggedOutPage() {}

  static Response.ResponseBuilder response(Locale locale) {
    return HtmlPage.ok(new FacesView("logged-out", PageText.of(BUNDLE, locale)));
  }
}
