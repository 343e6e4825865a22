package fr.fc.federation.api;

import fr.fc.audit.AuditEvent;
import fr.fc.federation.IdpCallbackBulkhead;
import fr.fc.login.CallbackOutcome;
import fr.fc.login.IdpLoginService;
import fr.fc.shared.api.InteractionCookie;
import fr.fc.shared.api.Limited;
import fr.fc.shared.api.LoginAddresses;
import fr.fc.shared.api.LoginCookies;
import fr.fc.shared.api.RefusedAs;
import fr.fc.shared.api.RequestLimit;
import fr.fc.shared.api.SameOriginForm;
import fr.fc.shared.api.SessionCookie;
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

/** The citizen's way to the chosen IdP and back (contract: redirect-to-idp, oidc-callback). */
@Path("v2")
@ApplicationScoped
public class IdpLoginEndpoints {

  @EJB private IdpLoginService service;
  @Inject private IdpCallbackBulkhead bulkhead;
  @Inject private LoginAddresses addresses;
  @Inject private LoginCookies cookies;

  @POST
  @Path("redirect-to-idp")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @SameOriginForm
  @RefusedAs(AuditEvent.IDP_CHOICE_REFUSED)
  @Limited(RequestLimit.LOGINS_PER_ADDRESS)
  public Response redirectToIdp(
      MultivaluedMap<String, String> form, @CookieParam(InteractionCookie.NAME) String browserSecret) {
    RequestParameters parameters = RequestParameters.of(form, FcError.FORM_PARAMETER_DUPLICATED);
    return Response.seeOther(
            service.redirect(parameters.get("uid"), browserSecret, parameters.get("csrf"), parameters.get("idp")))
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @Path("oidc-callback")
  @RefusedAs(AuditEvent.IDP_CALLBACK_REFUSED)
  public Response callback(
      @CookieParam(InteractionCookie.NAME) String browserSecret,
      @CookieParam(SessionCookie.NAME) String sessionId,
      @Context UriInfo uri) {
    RequestParameters parameters =
        RequestParameters.of(uri.getQueryParameters(), FcError.IDP_CALLBACK_PARAMETER_DUPLICATED);
    CallbackOutcome outcome = bulkhead.run(() -> service.callback(browserSecret, parameters, sessionId));
    Response.ResponseBuilder response = Response.seeOther(addresses.of(outcome.next())).header("Cache-Control", "no-store");
    if (outcome.sessionId() != null) {
      response.cookie(cookies.session(outcome.sessionId()));
    }
    return response.build();
  }
}
