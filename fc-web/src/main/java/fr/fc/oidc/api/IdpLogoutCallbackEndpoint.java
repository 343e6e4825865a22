package fr.fc.oidc.api;

import fr.fc.audit.AuditEvent;
import fr.fc.login.SingleSignOn;
import fr.fc.shared.api.HtmlPage;
import fr.fc.shared.api.RefusedAs;
import fr.fc.shared.error.FcError;
import fr.fc.shared.request.RequestParameters;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Back from the IdP's logout (contract section 1.12, {FC}/api/v2/client/logout-callback): on to the
 * SP that asked for the logout, or fc's "logged out" page. fc's session has already ended, so an
 * unknown or replayed state still ends on the page, never on an error.
 */
@Path("v2/client/logout-callback")
@RefusedAs(AuditEvent.LOGOUT_REFUSED)
@RequestScoped
public class IdpLogoutCallbackEndpoint {

  @EJB private SingleSignOn sso;
  @Context private HttpHeaders headers;

  @GET
  public Response back(@Context UriInfo uri) {
    String state = RequestParameters.of(uri.getQueryParameters(), FcError.FORM_PARAMETER_DUPLICATED).get("state");
    return sso.afterIdpLogout(state)
        .map(next -> Response.seeOther(next).header("Cache-Control", "no-store"))
        .orElseGet(() -> LoggedOutPage.response(HtmlPage.locale(headers)))
        .build();
  }
}
