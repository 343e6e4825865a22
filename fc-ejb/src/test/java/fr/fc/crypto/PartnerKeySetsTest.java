package fr.fc.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.keys.EllipticCurves;
import org.junit.jupiter.api.Test;

/** The key fc encrypts a provider's answer to: of the algorithm's type, meant for encryption. */
class PartnerKeySetsTest {

  @Test
  void picksAKeyOfTheAlgorithmsTypeMeantForEncryption() throws Exception {
    PublicJsonWebKey signing = EcJwkGenerator.generateJwk(EllipticCurves.P256);
    signing.setUse("sig");
    PublicJsonWebKey encryption = EcJwkGenerator.generateJwk(EllipticCurves.P256);
    encryption.setUse("enc");
    encryption.setKeyId("enc-1");
    PublicJsonWebKey rsa = RsaJwkGenerator.generateJwk(2048);
    List<JsonWebKey> keys = List.of(signing, rsa, encryption);

    assertEquals("enc-1", PartnerKeySets.find(keys, "ECDH-ES").orElseThrow().getKeyId());
    assertEquals(rsa, PartnerKeySets.find(keys, "RSA-OAEP-256").orElseThrow());
  }

  @Test
  void noKeyOfTheRightTypeIsNone() throws Exception {
    PublicJsonWebKey rsa = RsaJwkGenerator.generateJwk(2048);
    rsa.setAlgorithm("RSA-OAEP");

    assertTrue(PartnerKeySets.find(List.of(rsa), "ECDH-ES").isEmpty());
    assertTrue(PartnerKeySets.find(List.of(rsa), "RSA-OAEP-256").isEmpty(), "a key bound to another algorithm");
  }
}
