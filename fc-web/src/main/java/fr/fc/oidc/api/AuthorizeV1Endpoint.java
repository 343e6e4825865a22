package fr.fc.oidc.api;

import fr.fc.shared.config.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.ws.rs.Path;

/**
 * The v1 authorization endpoint (contract sections 1.1 and 1.2, v1 column), for SPs written for
 * FranceConnect v1: the same login, answered without iss.
 */
@Path("v1/authorize")
@ApplicationScoped
// Its own bean type only: else CDI would give it where the v2 endpoint is asked for.
@Typed(AuthorizeV1Endpoint.class)
public class AuthorizeV1Endpoint extends AuthorizeEndpoint {

  @Override
  protected Platform platform() {
    return Platform.V1;
  }
}
