package fr.fc.sandbox.dp;

import fr.fc.sandbox.EncryptionKeyPair;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * GET /dp/jwks: the data provider's public key, the jwks_uri fc registers for it. Cached one minute
 * at most, so that fc sees a new key soon after a restart.
 */
@Path("dp/jwks")
@RequestScoped
public class DpJwksEndpoint {

  @Inject DpKeys keys;

  @GET
  public Response jwks() {
    return Response.ok(keys.publicJwks(), MediaType.APPLICATION_JSON_TYPE)
        .header("Cache-Control", EncryptionKeyPair.CACHE_CONTROL)
        .build();
  }
}
