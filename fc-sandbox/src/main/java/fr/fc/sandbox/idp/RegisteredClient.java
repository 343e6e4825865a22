package fr.fc.sandbox.idp;

import fr.fc.sandbox.FcPlusIssuer;
import java.util.Optional;
import java.util.Set;

/**
 * The demo IdPs' one client, fc: its credentials and the exact URIs it may be sent back to, under
 * its standard issuer and its FranceConnect+ one (the contract's v2 callbacks, section 2.1).
 */
record RegisteredClient(String id, String secret, Set<String> redirectUris, Set<String> postLogoutRedirectUris) {

  /** fc's registration, from its standard issuer, FranceConnect+'s under /plus beside it. */
  static RegisteredClient fc(String fcIssuer, String id, String secret) {
    return fc(fcIssuer, FcPlusIssuer.of(Optional.empty(), fcIssuer), id, secret);
  }

  /** fc's registration, from its two issuers. */
  static RegisteredClient fc(String fcIssuer, String fcPlusIssuer, String id, String secret) {
    String standard = trimmed(fcIssuer);
    String plus = trimmed(fcPlusIssuer);
    return new RegisteredClient(
        id, secret, Set.of(standard + "/oidc-callback", plus + "/oidc-callback"),
        Set.of(standard + "/client/logout-callback", plus + "/client/logout-callback"));
  }

  /** OIDC Core 3.1.2.1: the redirect_uri must match a registered one exactly. */
  boolean accepts(String clientId, String redirectUri) {
    return id.equals(clientId) && redirectUri != null && redirectUris.contains(redirectUri);
  }

  boolean authenticates(ClientCredentials credentials) {
    return Crypto.sameSecret(id, credentials.id())
        & Crypto.sameSecret(secret, credentials.secret());
  }

  boolean isPostLogoutRedirectUri(String uri) {
    return uri != null && postLogoutRedirectUris.contains(uri);
  }

  private static String trimmed(String issuer) {
    return issuer.replaceAll("/+$", "");
  }

  @Override
  public String toString() {
    return "RegisteredClient[" + id + ", " + redirectUris + "]";
  }
}
