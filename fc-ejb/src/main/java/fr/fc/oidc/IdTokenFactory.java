package fr.fc.oidc;

import fr.fc.crypto.ClaimsSigner;
import fr.fc.registry.RegisteredClient;
import fr.fc.session.AuthorizationCode;
import fr.fc.shared.config.Issuer;
import fr.fc.shared.config.Platform;
import java.time.Duration;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;

/**
 * The ID token of the v2 contract (section 1.4): iss, sub, aud, exp, iat, nonce, acr, auth_time,
 * and amr only when the SP asked for it, signed with the SP's algorithm; on v1, iss, sub, aud, exp,
 * iat, nonce, idp ("FC") and acr, HS256 keyed with the SP's secret.
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
    if (grant.platform() == Platform.V1) {
      return signer.sign(v1Claims(grant, issuedAt), AlgorithmIdentifiers.HMAC_SHA256, client.signingSecret());
    }
    return signer.sign(claims(grant, issuedAt), client.idTokenSigningAlg(), client.signingSecret());
  }

  JwtClaims v1Claims(AuthorizationCode grant, long issuedAt) {
    JwtClaims claims = envelope(grant, issuedAt);
    claims.setClaim("nonce", grant.nonce());
    claims.setClaim("idp", "FC");
    claims.setClaim("acr", grant.acr());
    return claims;
  }

  JwtClaims claims(AuthorizationCode grant, long issuedAt) {
    JwtClaims claims = envelope(grant, issuedAt);
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

  /** iss, sub, aud, exp and iat: what both APIs' ID tokens begin with. */
  private JwtClaims envelope(AuthorizationCode grant, long issuedAt) {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(issuer.url());
    claims.setSubject(grant.sub());
    claims.setAudience(grant.clientId());
    claims.setExpirationTime(NumericDate.fromSeconds(issuedAt + lifetime.toSeconds()));
    claims.setIssuedAt(NumericDate.fromSeconds(issuedAt));
    return claims;
  }
}
