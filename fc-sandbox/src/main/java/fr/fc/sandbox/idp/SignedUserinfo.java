package fr.fc.sandbox.idp;

import org.jose4j.jwt.JwtClaims;

/**
 * The userinfo answer as a JWT (OIDC Core 5.3.2): the IdP as issuer, the client as audience, then
 * sub and the account's claims.
 */
final class SignedUserinfo {

  static final String MEDIA_TYPE = "application/jwt";

  private SignedUserinfo() {}

  static JwtClaims claims(DemoIdp idp, Authentication authentication) {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(idp.issuer());
    claims.setAudience(authentication.request().clientId());
    authentication.account().userinfo(idp.id()).forEach(claims::setClaim);
    return claims;
  }
}
