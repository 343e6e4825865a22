package fr.fc.oidc.api;

import fr.fc.shared.config.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.ws.rs.Path;

/** The v1 token endpoint (contract section 1.3): a v1 code only, an ID token HS256 keyed with the SP's secret. */
@Path("v1/token")
@ApplicationScoped
// Its own bean type only: else CDI would give it where the v2 endpoint is asked for.
@Typed(TokenV1Endpoint.class)
public class TokenV1Endpoint extends TokenEndpoint {

  @Override
  protected Platform platform() {
    return Platform.V1;
  }
}
