package fr.fc.oidc.api;

import fr.fc.audit.AuditEvent;
import fr.fc.login.AuthorizationService.AuthorizationOutcome;
import fr.fc.login.AuthorizationService;
import fr.fc.shared.api.Limited;
import fr.fc.shared.api.LoginAddresses;
import fr.fc.shared.api.LoginCookies;
import fr.fc.shared.api.RefusedAs;
import fr.fc.shared.api.RequestClient;
import fr.fc.shared.api.RequestLimit;
import fr.fc.shared.api.ServedPlatform;
import fr.fc.shared.api.SessionCookie;
import fr.fc.shared.config.Platform;
import fr.fc.shared.error.FcError;
import fr.fc.shared.request.RequestParameters;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The authorization endpoint (contract section 1.2), by GET or form POST. A valid request starts
 * an interaction and sends the browser to it; errors are mapped by FcExceptionMapper.
 */
@Path("v2/authorize")
@RefusedAs(AuditEvent.AUTHORIZE_REFUSED)
@Limited(RequestLimit.LOGINS_PER_ADDRESS)
@ApplicationScoped
public class AuthorizeEndpoint {

  @EJB private AuthorizationService authorization;
  @Inject private RequestClient client;
  @Inject private LoginAddresses addresses;
  @Inject private LoginCookies cookies;
  @Inject private ServedPlatform served;

  @GET
  public Response get(@Context UriInfo uri, @CookieParam(SessionCookie.NAME) String sessionId) {
    return authorize(uri.getQueryParameters(), sessionId);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response post(MultivaluedMap<String, String> form, @CookieParam(SessionCookie.NAME) String sessionId) {
    return authorize(form, sessionId);
  }

  /** The API this endpoint serves: the standard platform, or FranceConnect+ under /plus. */
  protected Platform platform() {
    return served.platform();
  }

  private Response authorize(MultivaluedMap<String, String> parameters, String sessionId) {
    client.named(parameters);
    // A repeated parameter, a redirect_uri above all, cannot be trusted: fc's page, never a redirect.
    AuthorizationOutcome outcome =
        authorization.authorize(
            RequestParameters.of(parameters, FcError.AUTHORIZE_PARAMETER_INVALID), sessionId, platform());
    Response.ResponseBuilder response =
        Response.seeOther(addresses.of(outcome.next()))
            .cookie(cookies.interaction(outcome.browserSecret()))
            .header("Cache-Control", "no-store");
    if (outcome.sessionId() != null) {
      response.cookie(cookies.session(outcome.sessionId()));
    }
    return response.build();
  }
}
