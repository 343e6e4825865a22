package fr.fc.shared.api;

import fr.fc.shared.web.FacesView;
import fr.fc.shared.web.PageText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * "Qu'est-ce que FranceConnect ?": how a login goes, what happens to the citizen's data, their
 * space and help; linked from every page's footer and from the choice of account.
 */
@Path("franceconnect")
@RequestScoped
public class AboutPage {

  private static final String BUNDLE = "fr.fc.shared.api.AboutMessages";

  @Context private HttpHeaders headers;

  @GET
  public Response show() {
    PageText text = PageText.of(BUNDLE, HtmlPage.locale(headers));
    return HtmlPage.ok(new FacesView("about", text)).build();
  }
}
