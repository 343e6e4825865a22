package fr.fc.oidc;

import fr.fc.crypto.SigningKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
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

  public ClaimsSigner(SigningKeySet keys) {
    this.keys = keys;
  }

  /**
   * @param algorithm the SP's registered algorithm, ES256 when null
   * @throws IllegalStateException for an algorithm fc holds no key for (HS256 SPs cannot be
   *     registered yet)
   */
  public String sign(JwtClaims claims, String algorithm) {
    String alg = algorithm == null ? DEFAULT_ALGORITHM : algorithm;
    if (AlgorithmIdentifiers.HMAC_SHA256.equals(alg)) {
      throw new IllegalStateException("HS256 SPs are not supported yet");
    }
    PublicJsonWebKey key =
        keys.forAlgorithm(alg).orElseThrow(() -> new IllegalStateException("No signing key for " + alg));
    JsonWebSignature jws = new JsonWebSignature();
    jws.setAlgorithmHeaderValue(alg);
    jws.setKeyIdHeaderValue(key.getKeyId());
    jws.setKey(key.getPrivateKey());
    jws.setPayload(claims.toJson());
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException("Cannot sign with " + alg, e);
    }
  }
}
