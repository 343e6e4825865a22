package fr.fc.federation.api;

import fr.fc.federation.CallbackOutcome;
import fr.fc.federation.IdpCallbackBulkhead;
import fr.fc.federation.IdpLoginService;
import fr.fc.oidc.OpenIdProvider;
import fr.fc.shared.api.Forms;
import fr.fc.shared.api.InteractionCookie;
import fr.fc.shared.api.SameOriginForm;
import fr.fc.shared.api.SessionCookie;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Map;

/** The citizen's way to the chosen IdP and back (contract: redirect-to-idp, oidc-callback). */
@Path("v2")
@RequestScoped
public class IdpLoginEndpoints {

  @EJB private IdpLoginService service;
  @EJB private OpenIdProvider provider;
  @Inject private IdpCallbackBulkhead bulkhead;

  @POST
  @Path("redirect-to-idp")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @SameOriginForm
  public Response redirectToIdp(
      @FormParam("uid") String uid,
      @FormParam("csrf") String csrf,
      @FormParam("idp") String idp,
      @CookieParam(InteractionCookie.NAME) String browserSecret) {
    return Response.seeOther(service.redirect(uid, browserSecret, csrf, idp))
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @Path("oidc-callback")
  public Response callback(
      @CookieParam(InteractionCookie.NAME) String browserSecret,
      @CookieParam(SessionCookie.NAME) String sessionId,
      @Context UriInfo uri) {
    Map<String, String> parameters = Forms.firstValues(uri.getQueryParameters());
    CallbackOutcome outcome = bulkhead.run(() -> service.callback(browserSecret, parameters, sessionId));
    Response.ResponseBuilder response = Response.seeOther(next(outcome)).header("Cache-Control", "no-store");
    if (outcome.sessionId() != null) {
      response.cookie(SessionCookie.of(outcome.sessionId(), provider.issuer().isHttps()));
    }
    return response.build();
  }

  private URI next(CallbackOutcome outcome) {
    if (outcome instanceof CallbackOutcome.StraightToServiceProvider straight) {
      return straight.redirect();
    }
    if (outcome instanceof CallbackOutcome.BackToChoice back) {
      return UriBuilder.fromUri(provider.issuer().endpoint("interaction/" + back.interactionUid()))
          .queryParam("idp_failed", back.idpTitle())
          .build();
    }
    String uid = ((CallbackOutcome.Verified) outcome).interactionUid();
    return URI.create(provider.issuer().endpoint("interaction/" + uid + "/consent"));
  }
}
