package fr.fc.sandbox.idp;

/** The demo IdPs' one client, fc: its credentials and the exact URIs it may be sent back to. */
record RegisteredClient(
    String id, String secret, String redirectUri, String postLogoutRedirectUri) {

  /** fc's registration, from its issuer (the contract's v2 callbacks, section 2.1). */
  static RegisteredClient fc(String fcIssuer, String id, String secret) {
    String issuer = fcIssuer.replaceAll("/+$", "");
    return new RegisteredClient(
        id, secret, issuer + "/oidc-callback", issuer + "/client/logout-callback");
  }

  /** OIDC Core 3.1.2.1: the redirect_uri must match a registered one exactly. */
  boolean accepts(String clientId, String redirectUri) {
    return id.equals(clientId) && this.redirectUri.equals(redirectUri);
  }

  boolean authenticates(ClientCredentials credentials) {
    return Crypto.sameSecret(id, credentials.id())
        & Crypto.sameSecret(secret, credentials.secret());
  }

  boolean isPostLogoutRedirectUri(String uri) {
    return postLogoutRedirectUri.equals(uri);
  }

  @Override
  public String toString() {
    return "RegisteredClient[" + id + ", " + redirectUri + "]";
  }
}
