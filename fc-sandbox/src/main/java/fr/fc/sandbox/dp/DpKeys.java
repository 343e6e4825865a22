package fr.fc.sandbox.dp;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
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
 * The data provider's encryption key: P-256 for ECDH-ES, generated at startup, its kid the RFC 7638
 * thumbprint. fc encrypts its checktoken answers to the public half, which it reads at /dp/jwks. A
 * restart changes it; the JWKS's short cache lifetime lets fc notice within a minute.
 */
@ApplicationScoped
public class DpKeys {

  private EllipticCurveJsonWebKey key;

  @PostConstruct
  void generate() {
    try {
      key = EcJwkGenerator.generateJwk(EllipticCurves.P256);
      key.setKeyId(key.calculateBase64urlEncodedThumbprint("SHA-256"));
      key.setAlgorithm(KeyManagementAlgorithmIdentifiers.ECDH_ES);
      key.setUse("enc");
    } catch (JoseException e) {
      throw new IllegalStateException("cannot generate a P-256 key", e);
    }
  }

  /** A new key pair, outside CDI. */
  static DpKeys generated() {
    DpKeys keys = new DpKeys();
    keys.generate();
    return keys;
  }

  String kid() {
    return key.getKeyId();
  }

  /** The public key as a JWK Set (RFC 7517 section 5), with its use, algorithm and kid. */
  String publicJwks() {
    return new JsonWebKeySet(key).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
  }

  /** The private key, for JWEs addressed to this key (by kid, or without one). */
  DecryptionKeyResolver decryptionKeys() {
    return new JwksDecryptionKeyResolver(List.of(key));
  }
}
