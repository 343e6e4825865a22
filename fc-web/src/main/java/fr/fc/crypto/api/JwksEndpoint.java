package fr.fc.crypto.api;

import fr.fc.crypto.SigningKeys;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.metrics.annotation.Counted;

/** fc's JWKS: the public keys that verify its ID tokens and userinfo responses. */
@Path("v2/jwks")
@ApplicationScoped
public class JwksEndpoint {

  /** The contract's caching of the JWKS (section 1.1). */
  static final String CACHE_CONTROL = "public, max-age=600";

  @EJB private SigningKeys signingKeys;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Counted(name = "fc.jwks.requests", absolute = true, description = "JWKS documents served")
  public Response jwks() {
    return Response.ok(signingKeys.publicJwks()).header("Cache-Control", CACHE_CONTROL).build();
  }
}
