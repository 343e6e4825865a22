package fr.fc.crypto;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKey.OutputControlLevel;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jwk.Use;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.lang.HashUtil;
import org.jose4j.lang.JoseException;

/**
 * The asymmetric keys fc signs its ID tokens and userinfo responses with: one per algorithm of
 * the contract (ES256, the default, and RS256). Each key is identified by its RFC 7638 thumbprint.
 */
public final class SigningKeySet {

  /** The asymmetric signature algorithms of the contract, each with exactly one key. */
  public static final List<String> ALGORITHMS =
      List.of(
          AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256,
          AlgorithmIdentifiers.RSA_USING_SHA256);

  private static final int RSA_KEY_BITS = 2048;

  private final List<PublicJsonWebKey> keys;

  private SigningKeySet(List<PublicJsonWebKey> keys) {
    this.keys = List.copyOf(keys);
  }

  /** A new ES256 (P-256) key and a new RS256 (2048-bit) key. */
  public static SigningKeySet generate() {
    try {
      PublicJsonWebKey ec = EcJwkGenerator.generateJwk(EllipticCurves.P256);
      PublicJsonWebKey rsa = RsaJwkGenerator.generateJwk(RSA_KEY_BITS);
      return new SigningKeySet(List.of(describe(ec, ALGORITHMS.get(0)), describe(rsa, ALGORITHMS.get(1))));
    } catch (JoseException e) {
      throw new IllegalStateException("Cannot generate signing keys", e);
    }
  }

  /**
   * Reads a private JWK set as written by {@link #toPrivateJson()}.
   *
   * @throws IllegalArgumentException when the set lacks a private key for one of the algorithms
   */
  public static SigningKeySet parse(String json) {
    try {
      List<PublicJsonWebKey> keys = new ArrayList<>();
      for (JsonWebKey key : new JsonWebKeySet(json).getJsonWebKeys()) {
        keys.add(requirePrivate(key));
      }
      SigningKeySet set = new SigningKeySet(keys);
      for (String algorithm : ALGORITHMS) {
        set.forAlgorithm(algorithm)
            .orElseThrow(() -> new IllegalArgumentException("no " + algorithm + " signing key"));
      }
      return set;
    } catch (JoseException e) {
      throw new IllegalArgumentException("not a JSON Web Key set: " + e.getMessage(), e);
    }
  }

  /** The key that signs with this algorithm. */
  public Optional<PublicJsonWebKey> forAlgorithm(String algorithm) {
    return keys.stream().filter(key -> algorithm.equals(key.getAlgorithm())).findFirst();
  }

  /** The public halves, as published at the JWKS endpoint. */
  public String toPublicJwks() {
    return new JsonWebKeySet(keys).toJson(OutputControlLevel.PUBLIC_ONLY);
  }

  /** Everything, private parts included: only for the key file. */
  public String toPrivateJson() {
    return new JsonWebKeySet(keys).toJson(OutputControlLevel.INCLUDE_PRIVATE);
  }

  private static PublicJsonWebKey describe(PublicJsonWebKey key, String algorithm)
      throws JoseException {
    key.setAlgorithm(algorithm);
    key.setUse(Use.SIGNATURE);
    key.setKeyId(key.calculateBase64urlEncodedThumbprint(HashUtil.SHA_256));
    return key;
  }

  private static PublicJsonWebKey requirePrivate(JsonWebKey key) {
    if (!(key instanceof PublicJsonWebKey pair) || pair.getPrivateKey() == null) {
      throw new IllegalArgumentException("key " + key.getKeyId() + " has no private part");
    }
    if (!ALGORITHMS.contains(pair.getAlgorithm()) || pair.getKeyId() == null) {
      throw new IllegalArgumentException("key " + key.getKeyId() + " has no usable alg or kid");
    }
    return pair;
  }
}
