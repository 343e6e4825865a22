package fr.fc.oidc;

import fr.fc.data.IdentityScope;
import fr.fc.session.AccessToken;
import fr.fc.shared.config.Issuer;
import fr.fc.shared.config.Platform;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;

/**
 * The payload of the userinfo response (contract section 1.5): sub, the identity claims the granted
 * scopes release (those fc holds), then aud, exp (the access token's), iat and iss.
 */
public final class UserinfoClaims {

  /** The claims of the JWT's envelope, which v1's plain JSON answer has not. */
  static final java.util.Set<String> ENVELOPE = java.util.Set.of("aud", "exp", "iat", "iss");

  private UserinfoClaims() {}

  /**
   * @param issuedAt seconds since the epoch
   */
  public static JwtClaims of(AccessToken token, Issuer issuer, long issuedAt) {
    JwtClaims claims = new JwtClaims();
    claims.setSubject(token.sub());
    Set<String> released = released(token.scopes(), token.platform());
    for (Map.Entry<String, Object> claim : token.identity().entrySet()) {
      if (released.contains(claim.getKey()) && claim.getValue() != null) {
        claims.setClaim(claim.getKey(), claim.getValue());
      }
    }
    claims.setAudience(token.clientId());
    claims.setExpirationTime(NumericDate.fromSeconds(token.expiresAt()));
    claims.setIssuedAt(NumericDate.fromSeconds(issuedAt));
    claims.setIssuer(issuer.url());
    return claims;
  }

  /** The identity claims these scopes release; sub is the token's own. */
  static Set<String> released(List<String> scopes, Platform platform) {
    Set<String> claims = IdentityScope.claimsOf(scopes, platform);
    claims.remove("sub");
    return claims;
  }
}
