package fr.fc.sandbox.idp;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** What a demo IdP publishes: its OpenID configuration and its public keys. */
@Path("/idp/{idp}")
@RequestScoped
public class DiscoveryEndpoint {

  @Inject IdpCatalogue catalogue;

  @GET
  @Path(".well-known/openid-configuration")
  @Produces(MediaType.APPLICATION_JSON)
  public Response configuration(@PathParam("idp") String idpId) {
    return JsonAnswers.forIdp(catalogue.find(idpId), idp -> JsonAnswers.ok(idp.metadata()));
  }

  @GET
  @Path("jwks")
  @Produces(MediaType.APPLICATION_JSON)
  public Response jwks(@PathParam("idp") String idpId) {
    return JsonAnswers.forIdp(
        catalogue.find(idpId), idp -> JsonAnswers.ok(idp.signer().publicJwks()));
  }
}
