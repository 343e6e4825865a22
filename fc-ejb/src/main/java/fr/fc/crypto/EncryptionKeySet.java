package fr.fc.crypto;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jose4j.jwe.KeyManagementAlgorithmIdentifiers;
import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKey.OutputControlLevel;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jwk.Use;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.lang.HashUtil;
import org.jose4j.lang.JoseException;

/**
 * The keys identity providers encrypt their answers to (contract section 2.1: ECDH-ES, RSA-OAEP or
 * RSA-OAEP-256, A256GCM), published at fc's client/.well-known/keys: a P-256 key for ECDH-ES and a
 * 2048-bit RSA key for either RSA-OAEP, each identified by its RFC 7638 thumbprint.
 */
public final class EncryptionKeySet {

  private static final int RSA_KEY_BITS = 2048;
  private static final List<String> FAMILIES =
      List.of(KeyManagementAlgorithmIdentifiers.ECDH_ES, KeyManagementAlgorithmIdentifiers.RSA_OAEP);

  private final List<PublicJsonWebKey> keys;

  private EncryptionKeySet(List<PublicJsonWebKey> keys) {
    this.keys = List.copyOf(keys);
  }

  public static EncryptionKeySet generate() {
    try {
      PublicJsonWebKey ec = describe(EcJwkGenerator.generateJwk(EllipticCurves.P256));
      ec.setAlgorithm(KeyManagementAlgorithmIdentifiers.ECDH_ES);
      return new EncryptionKeySet(List.of(ec, describe(RsaJwkGenerator.generateJwk(RSA_KEY_BITS))));
    } catch (JoseException e) {
      throw new IllegalStateException("Cannot generate encryption keys", e);
    }
  }

  /**
   * Reads a private JWK set as written by {@link #toPrivateJson()}.
   *
   * @throws IllegalArgumentException when the set lacks a private EC or RSA encryption key
   */
  public static EncryptionKeySet parse(String json) {
    try {
      List<PublicJsonWebKey> keys = new ArrayList<>();
      for (JsonWebKey key : new JsonWebKeySet(json).getJsonWebKeys()) {
        if (!(key instanceof PublicJsonWebKey pair) || pair.getPrivateKey() == null || pair.getKeyId() == null) {
          throw new IllegalArgumentException("key " + key.getKeyId() + " has no private part or no kid");
        }
        keys.add(pair);
      }
      EncryptionKeySet set = new EncryptionKeySet(keys);
      for (String algorithm : FAMILIES) {
        set.decryptionKey(null, algorithm).orElseThrow(() -> new IllegalArgumentException("no key for " + algorithm));
      }
      return set;
    } catch (JoseException e) {
      throw new IllegalArgumentException("not a JSON Web Key set: " + e.getMessage(), e);
    }
  }

  /**
   * The key a JWE of this algorithm was encrypted to: the one its kid names, else the first of
   * the algorithm's key type.
   */
  public Optional<PublicJsonWebKey> decryptionKey(String kid, String algorithm) {
    String keyType = algorithm.startsWith("ECDH") ? "EC" : "RSA";
    return keys.stream()
        .filter(key -> keyType.equals(key.getKeyType()))
        .filter(key -> kid == null || kid.equals(key.getKeyId()))
        .findFirst();
  }

  /** The public halves, as published to IdPs. */
  public String toPublicJwks() {
    return new JsonWebKeySet(keys).toJson(OutputControlLevel.PUBLIC_ONLY);
  }

  /** Everything, private parts included: only for the key file. */
  public String toPrivateJson() {
    return new JsonWebKeySet(keys).toJson(OutputControlLevel.INCLUDE_PRIVATE);
  }

  private static PublicJsonWebKey describe(PublicJsonWebKey key) throws JoseException {
    key.setUse(Use.ENCRYPTION);
    key.setKeyId(key.calculateBase64urlEncodedThumbprint(HashUtil.SHA_256));
    return key;
  }
}
