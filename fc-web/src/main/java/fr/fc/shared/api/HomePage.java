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
 * The service's home page, at "/" ({@link HomePath}): what it is, and the way to its presentation,
 * the citizen's space, help and the accessibility statement. Nobody logs in from here: a login
 * starts at an online service.
 */
@Path(HomePage.PATH)
@RequestScoped
public class HomePage {

  static final String PATH = "accueil";
  private static final String BUNDLE = "fr.fc.shared.api.HomeMessages";

  @Context private HttpHeaders headers;

  @GET
  public Response show() {
    PageText text = PageText.of(BUNDLE, HtmlPage.locale(headers));
    return HtmlPage.ok(new FacesView("home", text)).build();
  }
}
