package fr.fc.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.junit.jupiter.api.Test;

/**
 * The key file's schedule: a rotated key is published before it signs, signs from its instant on
 * every node alike, and the key before it stays published until what it signed has expired.
 */
class SigningKeyScheduleTest {

  private static final Instant ROTATED_AT = Instant.parse("2026-03-01T10:00:00Z");
  private static final Duration PUBLICATION = Duration.ofDays(1);
  private static final Duration RETIREMENT = Duration.ofSeconds(60);
  private static final Instant SIGN_FROM = ROTATED_AT.plus(PUBLICATION);
  private static final Instant RETIRE_AT = SIGN_FROM.plus(RETIREMENT);

  private final SigningKeySet before = SigningKeySet.generate();
  /** Rotated, written and read back, as the other nodes read it. */
  private final SigningKeySet rotated =
      SigningKeySet.parse(before.rotated(ROTATED_AT, PUBLICATION, RETIREMENT).toPrivateJson());

  @Test
  void beforeItsInstantTheOldKeySignsAndBothArePublished() throws Exception {
    Instant now = SIGN_FROM.minusSeconds(1);

    for (String algorithm : SigningKeySet.ALGORITHMS) {
      assertEquals(kid(before, algorithm, ROTATED_AT), kid(rotated, algorithm, now));
    }
    assertEquals(kids(rotated, ROTATED_AT), published(rotated, now));
    assertEquals(4, published(rotated, now).size());
  }

  @Test
  void fromItsInstantTheNewKeySigns() throws Exception {
    for (String algorithm : SigningKeySet.ALGORITHMS) {
      String signing = kid(rotated, algorithm, SIGN_FROM);

      assertNotEquals(kid(before, algorithm, ROTATED_AT), signing);
      assertTrue(kids(rotated, ROTATED_AT).contains(signing));
    }
    assertEquals(4, published(rotated, SIGN_FROM).size(), "the old keys verify what they signed just before");
  }

  @Test
  void onceRetiredTheOldKeyIsNoLongerPublishedButStillVerifiesWhatItSigned() throws Exception {
    Set<String> old = kids(before, ROTATED_AT);

    Set<String> published = published(rotated, RETIRE_AT);

    assertEquals(2, published.size());
    assertTrue(published.stream().noneMatch(old::contains), published.toString());
    for (String algorithm : SigningKeySet.ALGORITHMS) {
      assertTrue(rotated.verificationKey(algorithm, kid(before, algorithm, ROTATED_AT)).isPresent());
    }
  }

  @Test
  void eachKeySaysWhereItStands() {
    assertEquals(Map.of(KeyState.SIGNING, 2L, KeyState.NEXT, 2L), states(rotated, ROTATED_AT));
    assertEquals(Map.of(KeyState.RETIRING, 2L, KeyState.SIGNING, 2L), states(rotated, SIGN_FROM));
    assertEquals(Map.of(KeyState.RETIRED, 2L, KeyState.SIGNING, 2L), states(rotated, RETIRE_AT));
  }

  @Test
  void thePublishedKeysChangeNextWhenAKeyBeginsThenWhenOneRetires() {
    assertEquals(Optional.of(SIGN_FROM), rotated.nextChange(ROTATED_AT));
    assertEquals(Optional.of(RETIRE_AT), rotated.nextChange(SIGN_FROM));
    assertEquals(Optional.empty(), rotated.nextChange(RETIRE_AT));
  }

  @Test
  void aFileWithoutScheduleLoadsAsBefore() throws Exception {
    String file = before.toPrivateJson();

    SigningKeySet loaded = SigningKeySet.parse(file);

    assertFalse(file.contains("schedule"), file);
    assertEquals(file, loaded.toPrivateJson(), "written back unchanged");
    for (Instant now : List.of(Instant.EPOCH, ROTATED_AT, Instant.parse("2100-01-01T00:00:00Z"))) {
      assertEquals(loaded.toPublicJwks(), loaded.publishedJwks(now));
      for (String algorithm : SigningKeySet.ALGORITHMS) {
        assertEquals(kid(before, algorithm, ROTATED_AT), kid(loaded, algorithm, now));
      }
    }
    assertEquals(Optional.empty(), loaded.nextChange(Instant.EPOCH));
  }

  @Test
  void rotatingAgainDropsTheRetiredKeysAndRetiresTheSigningOnes() throws Exception {
    Instant later = RETIRE_AT.plus(Duration.ofDays(30));

    SigningKeySet twice = rotated.rotated(later, PUBLICATION, RETIREMENT);

    Set<String> kept = kids(twice, later);
    assertEquals(4, kept.size());
    assertTrue(kept.containsAll(published(rotated, later)), "the keys of the first rotation stay");
    assertTrue(kept.stream().noneMatch(kids(before, later)::contains), "the retired keys are gone");
    Instant secondSignFrom = later.plus(PUBLICATION);
    assertEquals(2, published(twice, secondSignFrom.plus(RETIREMENT)).size());
    for (String algorithm : SigningKeySet.ALGORITHMS) {
      assertEquals(kid(rotated, algorithm, later), kid(twice, algorithm, secondSignFrom.minusSeconds(1)));
      assertNotEquals(kid(rotated, algorithm, later), kid(twice, algorithm, secondSignFrom));
    }
  }

  @Test
  void aRotationBeforeTheLastOneTookEffectKeepsAKeySigningAtEveryInstant() throws Exception {
    Instant again = ROTATED_AT.plus(Duration.ofHours(1));
    Instant thirdSignFrom = again.plus(PUBLICATION);

    SigningKeySet twice = SigningKeySet.parse(rotated.rotated(again, PUBLICATION, RETIREMENT).toPrivateJson());

    for (String algorithm : SigningKeySet.ALGORITHMS) {
      String first = kid(before, algorithm, ROTATED_AT);
      String second = kid(rotated, algorithm, SIGN_FROM);
      String third = kid(twice, algorithm, thirdSignFrom);
      assertEquals(first, kid(twice, algorithm, SIGN_FROM.minusSeconds(1)));
      assertEquals(second, kid(twice, algorithm, SIGN_FROM));
      assertEquals(second, kid(twice, algorithm, thirdSignFrom.minusSeconds(1)));
      assertEquals(3, Set.copyOf(List.of(first, second, third)).size());
    }
    assertEquals(4, published(twice, RETIRE_AT).size(), "the first keys retired, the second ones sign until the third");
    assertEquals(2, published(twice, thirdSignFrom.plus(RETIREMENT)).size());
  }

  @Test
  void aScheduleNamingAKeyTheFileDoesNotHoldIsRefused() throws Exception {
    Map<String, Object> file = JsonUtil.parseJson(rotated.toPrivateJson());
    file.remove("schedule");
    file.put("schedule", Map.of("no-such-kid", Map.of("signFrom", SIGN_FROM.toString())));

    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> SigningKeySet.parse(JsonUtil.toJson(file)));

    assertTrue(refused.getMessage().contains("no-such-kid"), refused.getMessage());
  }

  @Test
  void aKeyThatRetiresBeforeItSignsIsRefused() throws Exception {
    Map<String, Object> file = JsonUtil.parseJson(rotated.toPrivateJson());
    String kid = kid(rotated, "ES256", SIGN_FROM);
    file.remove("schedule");
    file.put("schedule", Map.of(kid, Map.of("signFrom", SIGN_FROM.toString(), "retireAt", ROTATED_AT.toString())));

    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> SigningKeySet.parse(JsonUtil.toJson(file)));

    assertTrue(refused.getMessage().contains(kid), refused.getMessage());
  }

  private static String kid(SigningKeySet keys, String algorithm, Instant now) {
    return keys.signingKey(algorithm, now).orElseThrow(() -> new AssertionError("no " + algorithm + " key at " + now)).getKeyId();
  }

  private static Set<String> kids(SigningKeySet keys, Instant now) {
    return keys.statuses(now).stream().map(SigningKeyStatus::kid).collect(Collectors.toSet());
  }

  private static Set<String> published(SigningKeySet keys, Instant now) throws Exception {
    return new JsonWebKeySet(keys.publishedJwks(now)).getJsonWebKeys().stream().map(JsonWebKey::getKeyId).collect(Collectors.toSet());
  }

  private static Map<KeyState, Long> states(SigningKeySet keys, Instant now) {
    return keys.statuses(now).stream().collect(Collectors.groupingBy(SigningKeyStatus::state, Collectors.counting()));
  }
}
