package fr.fc.oidc;

import fr.fc.crypto.ClaimsSigner;
import fr.fc.registry.RegisteredClient;
import fr.fc.session.AuthorizationCode;
import fr.fc.shared.config.Issuer;
import java.time.Duration;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;

/**
 * The ID token of the v2 contract (section 1.4): iss, sub, aud, exp, iat, nonce, acr, auth_time,
 * and amr only when the SP asked for it, signed with the SP's algorithm.
 */
public final class IdTokenFactory {

  private final Issuer issuer;
  private final ClaimsSigner signer;
  private final Duration lifetime;

  public IdTokenFactory(Issuer issuer, ClaimsSigner signer, Duration lifetime) {
    this.issuer = issuer;
    this.signer = signer;
    this.lifetime = lifetime;
  }

  /**
   * @param issuedAt seconds since the epoch
   */
  public String idToken(AuthorizationCode grant, RegisteredClient client, long issuedAt) {
    return signer.sign(claims(grant, issuedAt), client.idTokenSigningAlg(), client.signingSecret());
  }

  JwtClaims claims(AuthorizationCode grant, long issuedAt) {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(issuer.url());
    claims.setSubject(grant.sub());
    claims.setAudience(grant.clientId());
    claims.setExpirationTime(NumericDate.fromSeconds(issuedAt + lifetime.toSeconds()));
    claims.setIssuedAt(NumericDate.fromSeconds(issuedAt));
    if (grant.nonce() != null) {
      claims.setClaim("nonce", grant.nonce());
    }
    claims.setClaim("acr", grant.acr());
    claims.setClaim("auth_time", grant.authTime());
    if (grant.amrRequested()) {
      claims.setStringListClaim("amr", grant.amr());
    }
    return claims;
  }
}
