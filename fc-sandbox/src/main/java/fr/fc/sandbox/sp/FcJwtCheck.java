package fr.fc.sandbox.sp;

import java.util.stream.Collectors;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.VerificationKeyResolver;

/**
 * Checks the JWTs fc signs for this SP, the ID token (OpenID Connect Core 1.0, section 3.1.3.7) and
 * the userinfo answer (contract section 1.5): signature by a key of fc's JWKS with ES256 or RS256
 * only, issuer, audience, expiry, and for the ID token the nonce of the login attempt.
 */
final class FcJwtCheck {

  private static final int CLOCK_SKEW_SECONDS = 30;
  private static final AlgorithmConstraints ALLOWED_ALGORITHMS =
      new AlgorithmConstraints(
          ConstraintType.PERMIT,
          AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256,
          AlgorithmIdentifiers.RSA_USING_SHA256);

  private final JwtConsumer idTokens;
  private final JwtConsumer userinfos;

  FcJwtCheck(VerificationKeyResolver fcKeys, String issuer, String clientId) {
    idTokens = consumer(fcKeys, issuer, clientId).setRequireExpirationTime().build();
    userinfos = consumer(fcKeys, issuer, clientId).build();
  }

  /** The claims of a valid ID token of this login attempt; fails with ID_TOKEN otherwise. */
  JwtClaims idToken(String jwt, String expectedNonce) {
    JwtClaims claims = process(idTokens, jwt, SpFailure.ID_TOKEN);
    if (!RandomValue.same(expectedNonce, nonceOf(claims))) {
      throw new SpException(SpFailure.ID_TOKEN, "the nonce is not the one of this login");
    }
    return claims;
  }

  /** The claims of a valid signed userinfo answer; fails with USERINFO otherwise. */
  JwtClaims userinfo(String jwt) {
    return process(userinfos, jwt, SpFailure.USERINFO);
  }

  private static JwtConsumerBuilder consumer(
      VerificationKeyResolver fcKeys, String issuer, String clientId) {
    return new JwtConsumerBuilder()
        .setJwsAlgorithmConstraints(ALLOWED_ALGORITHMS)
        .setVerificationKeyResolver(fcKeys)
        .setExpectedIssuer(issuer)
        .setExpectedAudience(clientId)
        .setRequireSubject()
        .setAllowedClockSkewInSeconds(CLOCK_SKEW_SECONDS);
  }

  private static JwtClaims process(JwtConsumer consumer, String jwt, SpFailure failure) {
    try {
      return consumer.processToClaims(jwt);
    } catch (InvalidJwtException e) {
      String reasons = reasons(e).replace(jwt, "[the JWT]");
      throw new SpException(failure, "the JWT is invalid: " + reasons, e);
    }
  }

  /** jose4j's reasons, without its dump of the claims: they would show personal data. */
  private static String reasons(InvalidJwtException e) {
    if (e.getErrorDetails().isEmpty()) {
      return e.getCause() == null ? "unreadable" : e.getCause().getMessage();
    }
    return e.getErrorDetails().stream()
        .map(error -> error.getErrorMessage())
        .collect(Collectors.joining("; "));
  }

  private static String nonceOf(JwtClaims claims) {
    try {
      return claims.getStringClaimValue("nonce");
    } catch (MalformedClaimException e) {
      return null;
    }
  }
}
