package fr.fc.citizen.web;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.keys.resolvers.VerificationKeyResolver;
import org.jose4j.lang.JoseException;

/**
 * Checks what fc signs for the space (OIDC Core 3.1.3.7 for the ID token, 5.3.2 for a signed
 * userinfo): ES256 only, with a key of fc's JWKS; iss is fc's issuer, aud the space's client id,
 * exp and iat right within {@link #CLOCK_SKEW_SECONDS}; the ID token's nonce is the login's.
 * Its refusals name the check that failed, never the token.
 */
final class TokenVerifier {

  static final String ALGORITHM = AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256;
  static final int CLOCK_SKEW_SECONDS = 30;
  /** fc's tokens live 60 s (contract section 1.10): one issued longer ago than this is refused. */
  static final int MAX_AGE_SECONDS = 300;

  private static final Map<Integer, String> ERROR_NAMES = errorNames();

  private final String issuer;
  private final String clientId;
  private final VerificationKeyResolver keys;
  private final Clock clock;

  TokenVerifier(String issuer, String clientId, VerificationKeyResolver keys, Clock clock) {
    this.issuer = issuer;
    this.clientId = clientId;
    this.keys = keys;
    this.clock = clock;
  }

  /** The ID token's claims, once every check passed. */
  JwtClaims idToken(String jwt, String expectedNonce) throws LoginFailedException {
    JwtClaims claims = verify(jwt, "ID token");
    String nonce;
    try {
      nonce = claims.getStringClaimValue("nonce");
    } catch (MalformedClaimException e) {
      throw refused("ID token", "nonce malformed");
    }
    if (nonce == null || !sameValue(nonce, expectedNonce)) {
      throw refused("ID token", "nonce");
    }
    return claims;
  }

  /** A signed userinfo's claims, once every check passed: its sub is the ID token's. */
  JwtClaims userinfo(String jwt, String expectedSub) throws LoginFailedException {
    JwtClaims claims = verify(jwt, "userinfo");
    try {
      if (!expectedSub.equals(claims.getSubject())) {
        throw refused("userinfo", "sub");
      }
    } catch (MalformedClaimException e) {
      throw refused("userinfo", "sub malformed");
    }
    return claims;
  }

  private JwtClaims verify(String jwt, String what) throws LoginFailedException {
    requireAlgorithm(jwt, what);
    JwtConsumer consumer =
        new JwtConsumerBuilder()
            .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, ALGORITHM)
            .setVerificationKeyResolver(keys)
            .setExpectedIssuer(true, issuer)
            .setExpectedAudience(true, clientId)
            .setRequireSubject()
            .setRequireExpirationTime()
            .setRequireIssuedAt()
            .setIssuedAtRestrictions(0, MAX_AGE_SECONDS) // jose4j adds the skew to both
            .setAllowedClockSkewInSeconds(CLOCK_SKEW_SECONDS)
            .setEvaluationTime(NumericDate.fromMilliseconds(clock.millis()))
            .build();
    JwtClaims claims;
    try {
      claims = consumer.processToClaims(jwt);
    } catch (InvalidJwtException e) {
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof FcKeys.Unavailable unavailable) {
          throw unavailable.failure();
        }
      }
      throw refused(what, reasons(e));
    } catch (FcKeys.Unavailable e) {
      throw e.failure();
    }
    requireAuthorizedParty(claims, what);
    return claims;
  }

  /** The header's alg, before anything else: no "none", no HS256 keyed with something public, no JWE. */
  private static void requireAlgorithm(String jwt, String what) throws LoginFailedException {
    try {
      JsonWebStructure structure = JsonWebStructure.fromCompactSerialization(jwt);
      if (!(structure instanceof JsonWebSignature) || !ALGORITHM.equals(structure.getAlgorithmHeaderValue())) {
        throw refused(what, "alg");
      }
    } catch (JoseException e) {
      throw refused(what, "not a JWS");
    }
  }

  /** With several audiences, the space must be the authorized party (OIDC Core 3.1.3.7, items 4 and 5). */
  private void requireAuthorizedParty(JwtClaims claims, String what) throws LoginFailedException {
    try {
      List<String> audience = claims.getAudience();
      if (audience.size() > 1 && !clientId.equals(claims.getStringClaimValue("azp"))) {
        throw refused(what, "azp");
      }
    } catch (MalformedClaimException e) {
      throw refused(what, "aud or azp malformed");
    }
  }

  private static boolean sameValue(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private static LoginFailedException refused(String what, String reason) {
    return new LoginFailedException(LoginFailure.INVALID, what + " refused: " + reason);
  }

  /** jose4j's error codes by name (EXPIRED, AUDIENCE_INVALID...): its messages may quote the token. */
  private static String reasons(InvalidJwtException e) {
    String names =
        e.getErrorDetails().stream()
            .map(error -> ERROR_NAMES.getOrDefault(error.getErrorCode(), String.valueOf(error.getErrorCode())))
            .distinct()
            .collect(Collectors.joining(", "));
    return names.isEmpty() ? "invalid" : names;
  }

  private static Map<Integer, String> errorNames() {
    Map<Integer, String> names = new HashMap<>();
    for (Field field : ErrorCodes.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class) {
        try {
          names.put(field.getInt(null), field.getName());
        } catch (IllegalAccessException e) {
          // a public constant: not thrown
        }
      }
    }
    return Map.copyOf(names);
  }
}
