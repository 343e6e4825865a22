package fr.fc.login;

import fr.fc.oidc.AuthorizationRequest;
import fr.fc.shared.config.Issuer;
import fr.fc.shared.config.Platform;
import fr.fc.shared.error.FcError;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;

/**
 * The authorization response at the SP's redirect URI, with state and iss (RFC 9207); without iss
 * on v1, whose SPs refuse a parameter they do not know.
 */
final class ServiceProviderRedirect {

  private ServiceProviderRedirect() {}

  static URI withCode(AuthorizationRequest request, String code, Issuer issuer) {
    UriBuilder redirect =
        UriBuilder.fromUri(request.redirectUri()).queryParam("code", code).queryParam("state", request.state());
    return request.platform() == Platform.V1 ? redirect.build() : redirect.queryParam("iss", issuer.url()).build();
  }

  static URI withError(AuthorizationRequest request, FcError error, Issuer issuer) {
    UriBuilder redirect =
        UriBuilder.fromUri(request.redirectUri())
            .queryParam("error", error.oidcError())
            .queryParam("error_description", error.description());
    if (request.state() != null) {
      redirect.queryParam("state", request.state());
    }
    return request.platform() == Platform.V1 ? redirect.build() : redirect.queryParam("iss", issuer.url()).build();
  }
}
