package fr.fc.oidc.api;

import fr.fc.oidc.EndSessionService;
import fr.fc.oidc.OpenIdProvider;
import fr.fc.shared.api.Forms;
import fr.fc.shared.api.HtmlPage;
import fr.fc.shared.api.SessionCookie;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;

/**
 * The end-session endpoint (contract section 1.12): fc's session ends, then on to the IdP's logout,
 * back to the SP, or fc's "logged out" page.
 */
@Path("v2/session/end")
@RequestScoped
public class EndSessionEndpoint {

  @EJB private EndSessionService service;
  @EJB private OpenIdProvider provider;
  @Context private HttpHeaders headers;

  @GET
  public Response endSession(@Context UriInfo uri, @CookieParam(SessionCookie.NAME) String sessionId) {
    Map<String, String> parameters = Forms.firstValues(uri.getQueryParameters());
    EndSessionService.Logout logout = service.endSession(parameters, sessionId);
    Response.ResponseBuilder response =
        logout
            .next()
            .map(next -> Response.seeOther(next).header("Cache-Control", "no-store"))
            .orElseGet(() -> LoggedOutPage.response(HtmlPage.locale(headers)));
    if (logout.sessionEnded()) {
      response.cookie(SessionCookie.expired(provider.issuer().isHttps()));
    }
    return response.build();
  }
}
