package fr.fc.sandbox.dp;

import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jwe.ContentEncryptionAlgorithmIdentifiers;
import org.jose4j.jwe.KeyManagementAlgorithmIdentifiers;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.DecryptionKeyResolver;
import org.jose4j.keys.resolvers.VerificationKeyResolver;
import org.jose4j.lang.UnresolvableKeyException;

/**
 * Reads fc's checktoken answer (contract section 3.2): a JWE (ECDH-ES, A256GCM) to the data
 * provider's key, holding a JWS that fc signed (ES256 or RS256, a key of fc's JWKS) whose payload
 * is {iss: fc's issuer, aud: this data provider, iat, token_introspection}. Anything else fails
 * with FC_UNAVAILABLE: the data provider cannot trust it.
 */
final class IntrospectionReader {

  private static final int CLOCK_SKEW_SECONDS = 30;

  /** A compact JWS or JWE: base64url segments joined by dots. */
  private static final Pattern COMPACT_JOSE =
      Pattern.compile("[A-Za-z0-9_-]{8,}(\\.[A-Za-z0-9_-]*){2,4}");

  private final JwtConsumer consumer;

  IntrospectionReader(
      DecryptionKeyResolver dpKeys,
      VerificationKeyResolver fcKeys,
      String issuer,
      String clientId) {
    consumer =
        new JwtConsumerBuilder()
            .setDecryptionKeyResolver(dpKeys)
            .setJweAlgorithmConstraints(
                new AlgorithmConstraints(
                    ConstraintType.PERMIT, KeyManagementAlgorithmIdentifiers.ECDH_ES))
            .setJweContentEncryptionAlgorithmConstraints(
                new AlgorithmConstraints(
                    ConstraintType.PERMIT, ContentEncryptionAlgorithmIdentifiers.AES_256_GCM))
            .setEnableRequireEncryption()
            .setEnableRequireIntegrity()
            .setEnableLiberalContentTypeHandling()
            .setVerificationKeyResolver(fcKeys)
            .setJwsAlgorithmConstraints(
                new AlgorithmConstraints(
                    ConstraintType.PERMIT,
                    AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256,
                    AlgorithmIdentifiers.RSA_USING_SHA256))
            .setExpectedIssuer(issuer)
            .setExpectedAudience(clientId)
            .setRequireIssuedAt()
            .setAllowedClockSkewInSeconds(CLOCK_SKEW_SECONDS)
            .build();
  }

  TokenIntrospection read(String jwe) {
    JwtClaims claims;
    try {
      claims = consumer.processToClaims(jwe);
    } catch (InvalidJwtException e) {
      throw new DpException(
          DpError.FC_UNAVAILABLE,
          "fc's checktoken answer is not acceptable: " + reasons(e) + hint(e),
          e);
    }
    if (!(claims.getClaimValue("token_introspection") instanceof Map<?, ?> introspection)) {
      throw new DpException(
          DpError.FC_UNAVAILABLE, "fc's checktoken answer has no token_introspection object");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> fields = (Map<String, Object>) introspection;
    return TokenIntrospection.fromJson(fields);
  }

  /** What the data provider's developer can do when fc encrypted to a key it no longer has. */
  private static String hint(InvalidJwtException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof UnresolvableKeyException
          && String.valueOf(cause.getMessage()).contains("for JWE")) {
        return " (encrypted to a key this data provider does not have: its key, at /dp/jwks,"
            + " changes at every start, and fc may still hold the previous one)";
      }
    }
    return "";
  }

  /** jose4j's reasons, without the JWS or claims it quotes: they would show personal data. */
  private static String reasons(InvalidJwtException e) {
    String reasons;
    if (e.getErrorDetails().isEmpty()) {
      reasons = e.getCause() == null ? "unreadable" : String.valueOf(e.getCause().getMessage());
    } else {
      reasons =
          e.getErrorDetails().stream()
              .map(error -> error.getErrorMessage())
              .collect(Collectors.joining("; "));
    }
    return COMPACT_JOSE.matcher(reasons).replaceAll("[JOSE object]");
  }
}
