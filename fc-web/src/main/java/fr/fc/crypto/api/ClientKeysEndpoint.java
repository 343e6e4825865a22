package fr.fc.crypto.api;

import fr.fc.crypto.EncryptionKeys;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * fc's keys as a client of identity providers (contract section 1.1, client/.well-known/keys): the
 * public keys FranceConnect+ IdPs encrypt their ID tokens and userinfo to.
 */
@Path("v2/client/.well-known/keys")
@RequestScoped
public class ClientKeysEndpoint {

  @EJB private EncryptionKeys encryptionKeys;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response keys() {
    return Response.ok(encryptionKeys.publicJwks()).header("Cache-Control", JwksEndpoint.CACHE_CONTROL).build();
  }
}
