package fr.fc.sandbox;

import java.security.PrivateKey;
import java.util.List;
import org.jose4j.jwe.KeyManagementAlgorithmIdentifiers;
import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.keys.resolvers.DecryptionKeyResolver;
import org.jose4j.keys.resolvers.JwksDecryptionKeyResolver;
import org.jose4j.lang.JoseException;

/**
 * A demo partner's encryption key: P-256 for ECDH-ES, generated at startup, its kid the RFC 7638
 * thumbprint. fc encrypts to the public half, which it reads at the partner's jwks_uri. A restart
 * changes it; the JWKS's short cache lifetime ({@link #CACHE_CONTROL}) lets fc notice within a minute.
 */
public final class EncryptionKeyPair {

  /** How long fc may keep the public key before it reads it again. */
  public static final String CACHE_CONTROL = "max-age=60";

  private final EllipticCurveJsonWebKey key;

  private EncryptionKeyPair(EllipticCurveJsonWebKey key) {
    this.key = key;
  }

  public static EncryptionKeyPair generate() {
    try {
      EllipticCurveJsonWebKey key = EcJwkGenerator.generateJwk(EllipticCurves.P256);
      key.setKeyId(key.calculateBase64urlEncodedThumbprint("SHA-256"));
      key.setAlgorithm(KeyManagementAlgorithmIdentifiers.ECDH_ES);
      key.setUse("enc");
      return new EncryptionKeyPair(key);
    } catch (JoseException e) {
      throw new IllegalStateException("cannot generate a P-256 key", e);
    }
  }

  public String kid() {
    return key.getKeyId();
  }

  /** The public key as a JWK Set (RFC 7517 section 5), with its use, algorithm and kid. */
  public String publicJwks() {
    return new JsonWebKeySet(key).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
  }

  /** The private key, for JWEs addressed to this key (by kid, or without one). */
  public DecryptionKeyResolver decryptionKeys() {
    return new JwksDecryptionKeyResolver(List.of(key));
  }

  public PrivateKey privateKey() {
    return key.getPrivateKey();
  }
}
