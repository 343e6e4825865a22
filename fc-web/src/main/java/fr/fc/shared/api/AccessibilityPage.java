package fr.fc.shared.api;

import fr.fc.shared.web.FacesView;
import fr.fc.shared.web.PageText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** The accessibility statement the law requires (article 47 of law 2005-102), linked from every page. */
@Path("accessibilite")
@RequestScoped
public class AccessibilityPage {

  private static final String BUNDLE = "fr.fc.shared.api.AccessibilityMessages";

  @Context private HttpHeaders headers;

  @GET
  public Response show() {
    PageText text = PageText.of(BUNDLE, HtmlPage.locale(headers));
    return HtmlPage.ok(new FacesView("accessibility", text)).build();
  }
}
