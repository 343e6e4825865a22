package fr.fc.federation;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

/**
 * The checks of an IdP's ID token (OIDC Core 3.1.3.7): its signature with the IdP's registered
 * algorithm, its type when it names one (JWT: never an access or logout token of the same IdP,
 * ASVS 9.2.2), then its issuer, audience and authorized party, expiry, issue time (neither ahead
 * of this clock nor older than {@link #OLDEST_ISSUE_SECONDS}), subject and nonce.
 */
final class IdpIdTokenCheck {

  static final int CLOCK_SKEW_SECONDS = 30;
  /** The token comes with the code the citizen just brought back: one issued long ago is replayed. */
  static final int OLDEST_ISSUE_SECONDS = 300;

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
            .setIssuedAtRestrictions(CLOCK_SKEW_SECONDS, OLDEST_ISSUE_SECONDS + CLOCK_SKEW_SECONDS)
            .setRequireSubject()
            .setAllowedClockSkewInSeconds(CLOCK_SKEW_SECONDS)
            .setExpectedType(false, "JWT")
            .setExpectedIssuer(issuer)
            .setExpectedAudience(clientId);
    JwtClaims claims = signature.verify(idToken, builder);
    try {
      if (!nonce.equals(claims.getStringClaimValue("nonce"))) {
        throw new IllegalArgumentException("nonce does not match");
      }
      requireAuthorizedParty(claims, clientId);
      return claims;
    } catch (MalformedClaimException e) {
      throw new IllegalArgumentException("nonce, aud or azp is malformed");
    }
  }

  // OIDC Core 3.1.3.7 (4) and (5): a token for several audiences must name fc as its authorized party.
  private static void requireAuthorizedParty(JwtClaims claims, String clientId) throws MalformedClaimException {
    String azp = claims.getStringClaimValue("azp");
    if (azp != null ? !azp.equals(clientId) : claims.getAudience().size() > 1) {
      throw new IllegalArgumentException("azp does not name fc");
    }
  }
}
