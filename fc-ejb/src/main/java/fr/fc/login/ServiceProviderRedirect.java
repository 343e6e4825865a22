package fr.fc.login;

import fr.fc.oidc.AuthorizationRequest;
import fr.fc.shared.config.Issuer;
import fr.fc.shared.config.Platform;
import fr.fc.shared.error.FcError;
import fr.fc.shared.request.QueryUri;
import java.net.URI;

/**
 * The authorization response at the SP's redirect URI, with state and iss (RFC 9207); without iss
 * on v1, whose SPs refuse a parameter they do not know.
 */
final class ServiceProviderRedirect {

  private ServiceProviderRedirect() {}

  static URI withCode(AuthorizationRequest request, String code, Issuer issuer) {
    QueryUri redirect = QueryUri.of(request.redirectUri()).with("code", code).with("state", request.state());
    return request.platform() == Platform.V1 ? redirect.build() : redirect.with("iss", issuer.url()).build();
  }

  static URI withError(AuthorizationRequest request, FcError error, Issuer issuer) {
    QueryUri redirect =
        QueryUri.of(request.redirectUri())
            .with("error", error.oidcError())
            .with("error_description", error.description())
            .with("state", request.state());
    return request.platform() == Platform.V1 ? redirect.build() : redirect.with("iss", issuer.url()).build();
  }
}
