package fr.fc.federation;

import fr.fc.crypto.EncryptionKeySet;
import fr.fc.registry.JweAlgorithms;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jwe.JsonWebEncryption;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;

/**
 * Opens what an IdP registered as encrypting sends fc (contract section 2.1: FranceConnect+ IdPs
 * encrypt to fc's keys): the JWE of the algorithms it registered, to one of fc's keys, around a JWT.
 * An IdP registered so that sends its answer in clear is refused: the encryption is not optional.
 */
final class IdpDecryption {

  private static final int JWE_PARTS = 5;

  private IdpDecryption() {}

  /**
   * @param expected the registered algorithms, or null when the IdP does not encrypt
   * @return the JWS inside, or the token as it came when the IdP does not encrypt
   * @throws IllegalArgumentException saying why the answer is refused
   */
  static String open(String token, JweAlgorithms expected, EncryptionKeySet keys) {
    if (expected == null) {
      return token;
    }
    if (token.split("\\.", -1).length != JWE_PARTS) {
      throw new IllegalArgumentException("not encrypted, though registered as " + expected.alg());
    }
    try {
      JsonWebEncryption jwe = new JsonWebEncryption();
      jwe.setAlgorithmConstraints(new AlgorithmConstraints(ConstraintType.PERMIT, expected.alg()));
      jwe.setContentEncryptionAlgorithmConstraints(new AlgorithmConstraints(ConstraintType.PERMIT, expected.enc()));
      jwe.setCompactSerialization(token);
      PublicJsonWebKey key =
          keys.decryptionKey(jwe.getKeyIdHeaderValue(), expected.alg())
              .orElseThrow(() -> new IllegalArgumentException("encrypted to a key fc does not have"));
      jwe.setKey(key.getPrivateKey());
      String payload = jwe.getPayload();
      if (!"JWT".equalsIgnoreCase(jwe.getContentTypeHeaderValue())) {
        throw new IllegalArgumentException("the JWE does not hold a JWT (cty)");
      }
      return payload;
    } catch (JoseException e) {
      throw new IllegalArgumentException("cannot be decrypted: " + e.getMessage(), e);
    }
  }
}
