package fr.fc.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.crypto.EncryptionKeySet;
import fr.fc.crypto.NestedJwt;
import fr.fc.registry.JweAlgorithms;
import org.jose4j.jwk.PublicJsonWebKey;
import org.junit.jupiter.api.Test;

/** What fc accepts of an IdP that encrypts its answers to fc's keys (contract section 2.1). */
class IdpDecryptionTest {

  private static final EncryptionKeySet FC_KEYS = EncryptionKeySet.generate();
  private static final JweAlgorithms ECDH_ES = new JweAlgorithms("ECDH-ES", "A256GCM");
  private static final String JWS = "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";

  private static String encrypted(String algorithm, EncryptionKeySet keys) {
    PublicJsonWebKey key = keys.decryptionKey(null, algorithm).orElseThrow();
    return NestedJwt.encrypt(JWS, key.getPublicKey(), key.getKeyId(), algorithm, "A256GCM");
  }

  @Test
  void opensWhatTheIdpEncryptedToFcsKey() {
    assertEquals(JWS, IdpDecryption.open(encrypted("ECDH-ES", FC_KEYS), ECDH_ES, FC_KEYS));
    assertEquals(
        JWS, IdpDecryption.open(encrypted("RSA-OAEP-256", FC_KEYS), new JweAlgorithms("RSA-OAEP-256", "A256GCM"), FC_KEYS));
  }

  @Test
  void anIdpThatDoesNotEncryptIsReadAsItSends() {
    assertEquals(JWS, IdpDecryption.open(JWS, null, FC_KEYS));
  }

  @Test
  void refusesAnAnswerInClearFromAnIdpRegisteredAsEncrypting() {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> IdpDecryption.open(JWS, ECDH_ES, FC_KEYS));

    assertTrue(refused.getMessage().contains("not encrypted"), refused.getMessage());
  }

  @Test
  void refusesAnotherAlgorithmThanRegisteredAndAnotherKeyThanFcs() {
    assertThrows(IllegalArgumentException.class, () -> IdpDecryption.open(encrypted("RSA-OAEP", FC_KEYS), ECDH_ES, FC_KEYS));
    assertThrows(
        IllegalArgumentException.class,
        () -> IdpDecryption.open(encrypted("ECDH-ES", EncryptionKeySet.generate()), ECDH_ES, FC_KEYS),
        "encrypted to keys that are not fc's");
  }
}
