package fr.fc.crypto;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.keys.HmacKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Signs ID tokens and userinfo responses with fc's key for the SP's algorithm: a compact JWS whose
 * header has exactly alg and kid (contract section 1.4), one private-key operation each.
 */
public final class ClaimsSigner {

  /** The algorithm of an SP that chose none. */
  static final String DEFAULT_ALGORITHM = AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256;

  private final SigningKeySet keys;
  private final Instant now;

  /** @param now the instant of the signatures, which chooses the keys that sign (their schedule) */
  public ClaimsSigner(SigningKeySet keys, Instant now) {
    this.keys = keys;
    this.now = now;
  }

  /**
   * @param algorithm the SP's registered algorithm, ES256 when null
   * @param clientSecret the SP's client secret, the key of HS256 (legacy SPs); null otherwise
   * @throws IllegalStateException for an algorithm fc holds no key for
   */
  public String sign(JwtClaims claims, String algorithm, String clientSecret) {
    String alg = algorithm == null ? DEFAULT_ALGORITHM : algorithm;
    if (AlgorithmIdentifiers.HMAC_SHA256.equals(alg)) {
      return hmac(claims, clientSecret);
    }
    PublicJsonWebKey key =
        keys.signingKey(alg, now).orElseThrow(() -> new IllegalStateException("No signing key for " + alg));
    JsonWebSignature jws = new JsonWebSignature();
    jws.setAlgorithmHeaderValue(alg);
    jws.setProviderContext(EcdsaProvider.forAlgorithm(alg));
    jws.setKeyIdHeaderValue(key.getKeyId());
    jws.setKey(key.getPrivateKey());
    jws.setPayload(claims.toJson());
    return serialize(jws);
  }

  // The legacy contract keys HS256 with the client secret; its header has alg only.
  private static String hmac(JwtClaims claims, String clientSecret) {
    if (clientSecret == null) {
      throw new IllegalStateException("No client secret to sign HS256 with");
    }
    JsonWebSignature jws = new JsonWebSignature();
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
    jws.setKey(new HmacKey(clientSecret.getBytes(StandardCharsets.UTF_8)));
    jws.setDoKeyValidation(false);
    jws.setPayload(claims.toJson());
    return serialize(jws);
  }

  private static String serialize(JsonWebSignature jws) {
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException("Cannot sign with " + jws.getAlgorithmHeaderValue(), e);
    }
  }
}
