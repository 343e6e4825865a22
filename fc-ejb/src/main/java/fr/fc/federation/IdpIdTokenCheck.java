package fr.fc.federation;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

/**
 * The checks of an IdP's ID token (OIDC Core 3.1.3.7): its signature with the IdP's registered
 * algorithm, then its issuer, audience, expiry, issue time, subject and nonce.
 */
final class IdpIdTokenCheck {

  static final int CLOCK_SKEW_SECONDS = 30;

  private IdpIdTokenCheck() {}

  /**
   * @param issuer the IdP's issuer
   * @param clientId fc's client_id at the IdP: the audience
   * @param nonce the nonce fc sent with this login
   * @throws IllegalArgumentException saying why the token is refused
   */
  static JwtClaims check(String idToken, IdpSignature signature, String issuer, String clientId, String nonce) {
    JwtConsumerBuilder builder =
        new JwtConsumerBuilder()
            .setRequireExpirationTime()
            .setRequireIssuedAt()
            .setRequireSubject()
            .setAllowedClockSkewInSeconds(CLOCK_SKEW_SECONDS)
            .setExpectedIssuer(issuer)
            .setExpectedAudience(clientId);
    JwtClaims claims = signature.verify(idToken, builder);
    try {
      if (!nonce.equals(claims.getStringClaimValue("nonce"))) {
        throw new IllegalArgumentException("nonce does not match");
      }
      return claims;
    } catch (MalformedClaimException e) {
      throw new IllegalArgumentException("nonce is not a string");
    }
  }
}
