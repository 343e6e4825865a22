package fr.fc.oidc.api;

import fr.fc.oidc.AuthorizationService;
import fr.fc.oidc.AuthorizationService.AuthorizationOutcome;
import fr.fc.oidc.OpenIdProvider;
import fr.fc.shared.api.InteractionCookie;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;

/**
 * The authorization endpoint (contract section 1.2), by GET or form POST. A valid request starts
 * an interaction and sends the browser to it; errors are mapped by FcExceptionMapper.
 */
@Path("v2/authorize")
@RequestScoped
public class AuthorizeEndpoint {

  @EJB private AuthorizationService authorization;
  @EJB private OpenIdProvider provider;

  @GET
  public Response get(@Context UriInfo uri) {
    return authorize(uri.getQueryParameters());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response post(MultivaluedMap<String, String> form) {
    return authorize(form);
  }

  private Response authorize(MultivaluedMap<String, String> parameters) {
    AuthorizationOutcome outcome = authorization.authorize(firstValues(parameters));
    return Response.seeOther(outcome.next())
        .cookie(InteractionCookie.of(outcome.interactionUid(), provider.issuer().isHttps()))
        .header("Cache-Control", "no-store")
        .build();
  }

  private static Map<String, String> firstValues(MultivaluedMap<String, String> parameters) {
    Map<String, String> first = new HashMap<>();
    parameters.forEach((name, values) -> first.put(name, values.isEmpty() ? "" : values.get(0)));
    return first;
  }
}
