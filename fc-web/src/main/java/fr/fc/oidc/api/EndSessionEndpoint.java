package fr.fc.oidc.api;

import fr.fc.oidc.EndSessionService;
import fr.fc.shared.api.HtmlPage;
import fr.fc.shared.web.FacesView;
import fr.fc.shared.web.PageText;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;

/** The end-session endpoint (contract section 1.12): back to the SP, or fc's "logged out" page. */
@Path("v2/session/end")
@RequestScoped
public class EndSessionEndpoint {

  private static final String BUNDLE = "fr.fc.oidc.api.LogoutMessages";

  @EJB private EndSessionService service;
  @Context private HttpHeaders headers;

  @GET
  public Response endSession(@Context UriInfo uri) {
    Map<String, String> parameters = new HashMap<>();
    uri.getQueryParameters().forEach((name, values) -> parameters.put(name, values.get(0)));
    return service
        .endSession(parameters)
        .map(back -> Response.seeOther(back).header("Cache-Control", "no-store").build())
        .orElseGet(this::loggedOutPage);
  }

  private Response loggedOutPage() {
    PageText text = PageText.of(BUNDLE, HtmlPage.locale(headers));
    return HtmlPage.ok(new FacesView("logged-out", text)).build();
  }
}
