package fr.fc.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.HashUtil;
import org.junit.jupiter.api.Test;

class SigningKeySetTest {

  private final SigningKeySet keys = SigningKeySet.generate();

  @Test
  void publishesOnePublicSigningKeyPerAlgorithmIdentifiedByItsThumbprint() throws Exception {
    List<JsonWebKey> published = new JsonWebKeySet(keys.toPublicJwks()).getJsonWebKeys();

    assertEquals(
        Set.of("ES256", "RS256"),
        published.stream().map(JsonWebKey::getAlgorithm).collect(Collectors.toSet()));
    for (JsonWebKey key : published) {
      assertEquals("sig", key.getUse());
      assertEquals(key.calculateBase64urlEncodedThumbprint(HashUtil.SHA_256), key.getKeyId());
      assertNull(((PublicJsonWebKey) key).getPrivateKey());
    }
    assertFalse(keys.toPublicJwks().contains("\"d\""));
    assertNotEquals(published.get(0).getKeyId(), published.get(1).getKeyId());
  }

  @Test
  void aParsedSetSignsWhatThePublishedKeysVerify() throws Exception {
    SigningKeySet reloaded = SigningKeySet.parse(keys.toPrivateJson());
    for (String algorithm : SigningKeySet.ALGORITHMS) {
      PublicJsonWebKey key = reloaded.signingKey(algorithm, Instant.now()).orElseThrow();
      JsonWebSignature jws = new JsonWebSignature();
      jws.setPayload("payload");
      jws.setAlgorithmHeaderValue(algorithm);
      jws.setKey(key.getPrivateKey());

      JsonWebSignature check = new JsonWebSignature();
      check.setCompactSerialization(jws.getCompactSerialization());
      check.setKey(keys.signingKey(algorithm, Instant.now()).orElseThrow().getPublicKey());
      assertEquals("payload", check.getPayload());
    }
  }
}
