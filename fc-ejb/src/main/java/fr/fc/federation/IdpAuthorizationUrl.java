package fr.fc.federation;

import fr.fc.oidc.Acr;
import fr.fc.oidc.AuthorizationRequest;
import fr.fc.oidc.Pkce;
import fr.fc.registry.IdentityProviderRegistration;
import fr.fc.shared.config.Platform;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** fc's authorization request to an IdP (contract section 2.1, "How FC calls the IdP"). */
final class IdpAuthorizationUrl {

  /** The v2 standard platform's scopes at its IdPs. */
  static final String SCOPE = "openid profile email birth";

  /** The legacy API's scopes at its IdPs, its address and phone among them. */
  static final String V1_SCOPE = "openid profile email address phone birth";

  /** FranceConnect+'s scopes at its IdPs. */
  static final String PLUS_SCOPE = "openid profile email preferred_username birthplace birthcountry";

  private IdpAuthorizationUrl() {}

  /** acr_values: the higher of the SP's level and the IdP's lowest. */
  static URI of(
      IdpMetadata metadata, IdentityProviderRegistration idp, IdpLogin login, String callbackUri,
      AuthorizationRequest request) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("client_id", idp.clientId());
    query.put("redirect_uri", callbackUri);
    query.put("scope", switch (request.platform()) {
      case PLUS -> PLUS_SCOPE;
      case V1 -> V1_SCOPE;
      case V2 -> SCOPE;
    });
    query.put("state", login.state());
    query.put("nonce", login.nonce());
    query.put("acr_values", Acr.toAsk(idp.allowedAcrs(), request.acr()));
    query.put("prompt", "login");
    query.put("code_challenge", Pkce.s256(login.codeVerifier()));
    query.put("code_challenge_method", "S256");
    String separator = metadata.authorizationEndpoint().contains("?") ? "&" : "?";
    return URI.create(
        metadata.authorizationEndpoint()
            + separator
            + FormEncoding.encode(query));
  }
}
