package fr.fc.sandbox.dp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.jose4j.json.JsonUtil;
import org.junit.jupiter.api.Test;

class DpKeysTest {

  @Test
  void publishesOnePublicP256KeyForEcdhEs() throws Exception {
    DpKeys keys = DpKeys.generated();

    Map<String, Object> jwks = JsonUtil.parseJson(keys.publicJwks());
    List<?> all = (List<?>) jwks.get("keys");
    Map<?, ?> key = (Map<?, ?>) all.get(0);

    assertEquals(1, all.size());
    assertEquals("EC", key.get("kty"));
    assertEquals("P-256", key.get("crv"));
    assertEquals("enc", key.get("use"));
    assertEquals("ECDH-ES", key.get("alg"));
    assertEquals(keys.kid(), key.get("kid"));
    assertFalse(key.containsKey("d"), "no private part");
  }

  @Test
  void everyStartHasANewKey() {
    assertNotEquals(DpKeys.generated().kid(), DpKeys.generated().kid());
  }
}
