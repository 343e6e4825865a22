package fr.fc.sandbox.idp;

import java.time.Instant;
import java.util.List;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;

/**
 * The ID token of an authentication (OIDC Core 2), valid 60 seconds, signed as the IdP signs; for
 * the account whose tokens fc must refuse, as a forger would sign.
 */
final class IdToken {

  static final long LIFETIME_SECONDS = 60;

  private IdToken() {}

  static String issue(DemoIdp idp, Authentication authentication, Instant now) {
    IdpSigner signer = authentication.account().getsForgedTokens() ? idp.forger() : idp.signer();
    return signer.sign(claims(idp.issuer(), authentication, now));
  }

  static JwtClaims claims(String issuer, Authentication authentication, Instant now) {
    AuthorizationRequest request = authentication.request();
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(issuer);
    claims.setSubject(authentication.subject());
    claims.setAudience(request.clientId());
    claims.setIssuedAt(NumericDate.fromSeconds(now.getEpochSecond()));
    claims.setExpirationTime(NumericDate.fromSeconds(now.getEpochSecond() + LIFETIME_SECONDS));
    claims.setClaim("auth_time", authentication.time().getEpochSecond());
    claims.setClaim("nonce", request.nonce());
    claims.setClaim("acr", request.acr());
    claims.setClaim("amr", authentication.amr());
    claims.setClaim("sid", authentication.sessionId());
    return claims;
  }
}
