package fr.fc.sandbox.sp;

import fr.fc.sandbox.EncryptionKeyPair;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.util.List;
import java.util.stream.Collectors;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jwe.ContentEncryptionAlgorithmIdentifiers;
import org.jose4j.jwe.JsonWebEncryption;
import org.jose4j.jwe.KeyManagementAlgorithmIdentifiers;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.HmacKey;
import org.jose4j.keys.resolvers.VerificationKeyResolver;
import org.jose4j.lang.JoseException;

/**
 * Checks the JWTs fc signs for this SP, the ID token (OpenID Connect Core 1.0, section 3.1.3.7) and
 * the userinfo answer (contract section 1.5): signature, issuer, audience, expiry, and for the ID
 * token the nonce of the login attempt. On v2 fc signs with a key of its JWKS, ES256 or RS256 only;
 * on v1 with the SP's client secret, HS256 only, and its ID token names the IdP in an idp claim;
 * on FranceConnect+ the JWS comes encrypted to the SP's key, ECDH-ES and A256GCM, and is decrypted
 * first (contract sections 1.4 and 1.9).
 */
final class FcJwtCheck {

  /** The claim of a v1 ID token that names the identity provider ("FC"). */
  static final String IDP_CLAIM = "idp";

  private static final int CLOCK_SKEW_SECONDS = 30;
  private static final AlgorithmConstraints FC_KEY_ALGORITHMS =
      new AlgorithmConstraints(
          ConstraintType.PERMIT,
          AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256,
          AlgorithmIdentifiers.RSA_USING_SHA256);
  private static final AlgorithmConstraints CLIENT_SECRET_ALGORITHMS =
      new AlgorithmConstraints(ConstraintType.PERMIT, AlgorithmIdentifiers.HMAC_SHA256);

  private static final AlgorithmConstraints SP_KEY_ALGORITHMS =
      new AlgorithmConstraints(ConstraintType.PERMIT, KeyManagementAlgorithmIdentifiers.ECDH_ES);
  private static final AlgorithmConstraints CONTENT_ENCRYPTIONS =
      new AlgorithmConstraints(ConstraintType.PERMIT, ContentEncryptionAlgorithmIdentifiers.AES_256_GCM);

  private final JwtConsumer idTokens;
  private final JwtConsumer userinfos;
  private final List<String> requiredIdTokenClaims;
  private final EncryptionKeyPair decryption;

  /** The check of fc's v2 JWTs, signed by a key of fc's JWKS. */
  FcJwtCheck(VerificationKeyResolver fcKeys, String issuer, String clientId) {
    this(FC_KEY_ALGORITHMS, fcKeys, issuer, clientId, List.of(), null);
  }

  private FcJwtCheck(
      AlgorithmConstraints algorithms,
      VerificationKeyResolver keys,
      String issuer,
      String clientId,
      List<String> requiredIdTokenClaims,
      EncryptionKeyPair decryption) {
    idTokens = consumer(algorithms, keys, issuer, clientId).setRequireExpirationTime().build();
    userinfos = consumer(algorithms, keys, issuer, clientId).build();
    this.requiredIdTokenClaims = requiredIdTokenClaims;
    this.decryption = decryption;
  }

  /** The check of FranceConnect+'s JWTs: fc's ES256 JWS inside a JWE to the SP's key. */
  static FcJwtCheck plus(VerificationKeyResolver fcKeys, String issuer, String clientId, EncryptionKeyPair spKey) {
    return new FcJwtCheck(
        new AlgorithmConstraints(ConstraintType.PERMIT, AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256),
        fcKeys, issuer, clientId, List.of(), spKey);
  }

  /**
   * The JWS fc signed: the JWT itself, or on FranceConnect+ what its JWE holds (which the SP also
   * keeps as its logout's id_token_hint).
   */
  String signed(String jwt, SpFailure failure) {
    if (decryption == null) {
      return jwt;
    }
    try {
      JsonWebEncryption jwe = new JsonWebEncryption();
      jwe.setAlgorithmConstraints(SP_KEY_ALGORITHMS);
      jwe.setContentEncryptionAlgorithmConstraints(CONTENT_ENCRYPTIONS);
      jwe.setCompactSerialization(jwt);
      jwe.setKey(decryption.privateKey());
      if (!"JWT".equals(jwe.getContentTypeHeaderValue())) {
        throw new SpException(failure, "the JWE does not hold a JWT (cty)");
      }
      return jwe.getPayload();
    } catch (JoseException e) {
      throw new SpException(failure, "the JWT is not encrypted to this SP's key: " + e.getMessage(), e);
    }
  }

  /**
   * The check of fc's v1 JWTs: HS256 keyed with the UTF-8 bytes of the SP's client secret, the ID
   * token with an idp claim.
   */
  static FcJwtCheck keyedWithClientSecret(String clientSecret, String issuer, String clientId) {
    Key secret = new HmacKey(clientSecret.getBytes(StandardCharsets.UTF_8));
    return new FcJwtCheck(
        CLIENT_SECRET_ALGORITHMS,
        (jws, nesting) -> secret,
        issuer,
        clientId,
        List.of(IDP_CLAIM),
        null);
  }

  /** The claims of a valid ID token of this login attempt; fails with ID_TOKEN otherwise. */
  JwtClaims idToken(String jwt, String expectedNonce) {
    JwtClaims claims = process(idTokens, signed(jwt, SpFailure.ID_TOKEN), SpFailure.ID_TOKEN);
    if (!RandomValue.same(expectedNonce, textOf(claims, "nonce"))) {
      throw new SpException(SpFailure.ID_TOKEN, "the nonce is not the one of this login");
    }
    for (String claim : requiredIdTokenClaims) {
      String value = textOf(claims, claim);
      if (value == null || value.isBlank()) {
        throw new SpException(SpFailure.ID_TOKEN, "the ID token has no " + claim + " claim");
      }
    }
    return claims;
  }

  /** The claims of a valid signed userinfo answer; fails with USERINFO otherwise. */
  JwtClaims userinfo(String jwt) {
    return process(userinfos, signed(jwt, SpFailure.USERINFO), SpFailure.USERINFO);
  }

  private static JwtConsumerBuilder consumer(
      AlgorithmConstraints algorithms,
      VerificationKeyResolver keys,
      String issuer,
      String clientId) {
    return new JwtConsumerBuilder()
        .setJwsAlgorithmConstraints(algorithms)
        .setVerificationKeyResolver(keys)
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

  /** A string claim, or null when it is absent or not a string. */
  private static String textOf(JwtClaims claims, String name) {
    try {
      return claims.getStringClaimValue(name);
    } catch (MalformedClaimException e) {
      return null;
    }
  }
}
