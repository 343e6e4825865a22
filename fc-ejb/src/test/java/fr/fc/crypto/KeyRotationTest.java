package fr.fc.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jose4j.json.JsonUtil;
import org.junit.jupiter.api.Test;

/** What the operator reads of a rotation, and what the audit trail keeps of it: kids and instants, no key. */
class KeyRotationTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  private final SigningKeySet before = SigningKeySet.generate();
  private final SigningKeySet after = before.rotated(NOW, Duration.ofDays(1), Duration.ofSeconds(60));
  private final KeyRotation rotation = KeyRotation.between(before, after, NOW, "operator");

  @Test
  void namesTheNewKeysWithTheirInstantAndTheOldOnesWithTheirRetirement() {
    Map<String, Object> json = rotation.json();

    assertEquals(
        List.of(
            Map.of("kid", kid(after, "ES256", NOW.plus(Duration.ofDays(1))), "alg", "ES256", "signFrom", "2026-03-02T10:00:00Z"),
            Map.of("kid", kid(after, "RS256", NOW.plus(Duration.ofDays(1))), "alg", "RS256", "signFrom", "2026-03-02T10:00:00Z")),
        json.get("added"));
    assertEquals(
        List.of(
            Map.of("kid", kid(before, "ES256", NOW), "alg", "ES256", "retireAt", "2026-03-02T10:01:00Z"),
            Map.of("kid", kid(before, "RS256", NOW), "alg", "RS256", "retireAt", "2026-03-02T10:01:00Z")),
        json.get("retiring"));
  }

  @Test
  void theAuditDetailIsTheSameWithoutKeyMaterial() throws Exception {
    String detail = rotation.auditDetail();

    assertEquals(rotation.json(), JsonUtil.parseJson(detail));
    assertFalse(detail.contains("\"d\""), detail);
    assertEquals("operator", rotation.operator());
  }

  private static String kid(SigningKeySet keys, String algorithm, Instant now) {
    return keys.signingKey(algorithm, now).orElseThrow().getKeyId();
  }
}
