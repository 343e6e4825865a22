package fr.fc.oidc.api;

import fr.fc.audit.AuditEvent;
import fr.fc.login.EndSessionService;
import fr.fc.shared.api.HtmlPage;
import fr.fc.shared.api.LoginCookies;
import fr.fc.shared.api.RefusedAs;
import fr.fc.shared.api.ServedPlatform;
import fr.fc.shared.api.SessionCookie;
import fr.fc.shared.error.FcError;
import fr.fc.shared.request.RequestParameters;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The end-session endpoint (contract section 1.12): fc's session ends, then on to the IdP's logout,
 * back to the SP, or fc's "logged out" page.
 */
@Path("v2/session/end")
@RefusedAs(AuditEvent.LOGOUT_REFUSED)
@RequestScoped
public class EndSessionEndpoint {

  @EJB private EndSessionService service;
  @Inject private LoginCookies cookies;
  @Context private HttpHeaders headers;
  @Inject private ServedPlatform served;

  @GET
  public Response endSession(@Context UriInfo uri, @CookieParam(SessionCookie.NAME) String sessionId) {
    RequestParameters parameters = RequestParameters.of(uri.getQueryParameters(), FcError.LOGOUT_REQUEST_INVALID);
    EndSessionService.Logout logout = service.endSession(parameters, sessionId, served.platform());
    Response.ResponseBuilder response =
        logout
            .next()
            .map(next -> Response.seeOther(next).header("Cache-Control", "no-store"))
            .orElseGet(() -> LoggedOutPage.response(HtmlPage.locale(headers)));
    if (logout.sessionEnded()) {
      response.cookie(cookies.expiredSession());
    }
    return response.build();
  }
}
