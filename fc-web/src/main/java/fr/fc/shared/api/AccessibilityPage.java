package fr.fc.shared.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.ResourceBundle;

/** The accessibility statement the law requires (article 47 of law 2005-102), linked from every page. */
@Path("accessibilite")
@RequestScoped
public class AccessibilityPage {

  private static final String BUNDLE = "fr.fc.shared.api.AccessibilityMessages";

  @Context private HttpHeaders headers;

  @GET
  public Response show() {
    Locale locale = HtmlPage.locale(headers);
    ResourceBundle text = HtmlPage.messages(BUNDLE, locale);
    String body =
        """
        <h1>%s</h1>
        <p>%s</p>
        <h2>%s</h2>
        <p>%s</p>
        <h2>%s</h2>
        <p>%s</p>
        """
            .formatted(
                HtmlPage.escape(text.getString("accessibility.title")),
                HtmlPage.escape(text.getString("accessibility.commitment")),
                HtmlPage.escape(text.getString("accessibility.status.title")),
                HtmlPage.escape(text.getString("accessibility.status")),
                HtmlPage.escape(text.getString("accessibility.contact.title")),
                HtmlPage.escape(text.getString("accessibility.contact")));
    return HtmlPage.ok(locale, text.getString("accessibility.title"), body).build();
  }
}
