package fr.fc.sandbox.idp;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;

/** A demo IdP's token endpoint (OIDC Core 3.1.3): the authorization code grant for fc. */
@Path("/idp/{idp}/token")
@RequestScoped
public class TokenEndpoint {

  @Inject IdpCatalogue catalogue;
  @Inject AuthorizationCodeGrant grant;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  public Response token(
      @PathParam("idp") String idpId,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      MultivaluedMap<String, String> form) {
    return JsonAnswers.forIdp(
        catalogue.find(idpId),
        idp -> {
          Parameters params = new Parameters(form);
          ClientCredentials credentials = ClientCredentials.of(authorization, params);
          return JsonAnswers.ok(grant.exchange(idp, credentials, params, Instant.now()));
        });
  }
}
