package fr.fc.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.testing.SettableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two nodes reading one key file: a rotation written by one reaches the other; a bad file changes nothing. */
class LiveSigningKeysTest {

  private static final Duration PUBLICATION = Duration.ofDays(1);
  private static final Duration RETIREMENT = Duration.ofSeconds(60);

  @TempDir Path directory;

  private final SettableClock clock = new SettableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private Path file;
  private LiveSigningKeys nodeA;
  private LiveSigningKeys nodeB;

  @BeforeEach
  void twoNodesOnOneFile() {
    file = directory.resolve("fc-signing-keys.json");
    nodeA = LiveSigningKeys.load(file, clock);
    nodeB = LiveSigningKeys.load(file, clock);
  }

  @Test
  void aRotationOnOneNodeReachesTheOtherAtItsNextLook() throws Exception {
    String before = nodeB.publishedJwks();

    KeyRotation rotation = nodeA.rotate(PUBLICATION, RETIREMENT, "operator");

    assertEquals(4, keyCount(nodeA.publishedJwks()), "published at once on the node that rotated");
    assertEquals(before, nodeB.publishedJwks(), "the other has not looked yet");
    assertTrue(nodeB.reloadIfChanged());
    assertEquals(nodeA.publishedJwks(), nodeB.publishedJwks());
    assertFalse(nodeB.reloadIfChanged(), "nothing new at the next look");
    assertEquals(List.of("ES256", "RS256"), rotation.added().stream().map(SigningKeyStatus::algorithm).toList());
    assertEquals(clock.instant().plus(PUBLICATION), rotation.added().get(0).schedule().signFrom());
    assertEquals(clock.instant().plus(PUBLICATION).plus(RETIREMENT), rotation.retiring().get(0).schedule().retireAt());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    try (Stream<Path> files = Files.list(directory)) {
      assertEquals(1, files.count(), "no draft file is left behind");
    }
  }

  @Test
  void bothNodesSwitchAtTheInstantOfTheFileAndStopPublishingTheOldKeysWhenTheyRetire() throws Exception {
    String newKid = nodeA.rotate(PUBLICATION, RETIREMENT, "operator").added().get(0).kid();
    nodeB.reloadIfChanged();
    String oldKid = kidOf(nodeB.signer().sign(claims(), null, null));

    clock.advance(PUBLICATION.minusSeconds(1));
    assertEquals(oldKid, kidOf(nodeA.signer().sign(claims(), null, null)));
    clock.advance(Duration.ofSeconds(1));
    assertEquals(newKid, kidOf(nodeA.signer().sign(claims(), null, null)));
    assertEquals(newKid, kidOf(nodeB.signer().sign(claims(), null, null)));
    assertEquals(4, keyCount(nodeB.publishedJwks()));

    clock.advance(RETIREMENT);
    assertEquals(2, keyCount(nodeA.publishedJwks()), "the JWKS changes at the retirement without a new file");
    assertFalse(nodeA.publishedJwks().contains(oldKid));
  }

  @Test
  void aFileWithoutScheduleIsUsedAsBefore() throws Exception {
    SigningKeySet old = SigningKeySet.generate();
    Files.writeString(file, old.toPrivateJson());

    LiveSigningKeys node = LiveSigningKeys.load(file, clock);

    assertEquals(old.toPublicJwks(), node.publishedJwks());
    assertEquals(old.signingKey("ES256", Instant.EPOCH).orElseThrow().getKeyId(), kidOf(node.signer().sign(claims(), null, null)));
    assertTrue(node.statuses().stream().allMatch(key -> key.state() == KeyState.SIGNING));
  }

  @Test
  void aCorruptFileKeepsTheCurrentKeysWithOneWarningAndNoStackTrace() throws Exception {
    String jwks = nodeA.publishedJwks();
    String kid = kidOf(nodeA.signer().sign(claims(), null, null));
    Files.writeString(file, "{\"keys\": [");
    List<LogRecord> warnings = new ArrayList<>();

    whileLogged(warnings, () -> {
      for (int look = 0; look < 3; look++) {
        assertFalse(nodeA.reloadIfChanged());
      }
    });

    assertEquals(jwks, nodeA.publishedJwks());
    assertEquals(1, warnings.size(), "one warning, not one per look");
    assertNull(warnings.get(0).getThrown());
    assertTrue(warnings.get(0).getMessage().contains("unusable"), warnings.get(0).getMessage());
    assertEquals(kid, kidOf(nodeA.signer().sign(claims(), null, null)));
  }

  @Test
  void aNodeThatCannotFollowItsFileSaysSoUntilTheFileIsUsableAgain() throws Exception {
    String good = Files.readString(file);
    assertTrue(nodeA.problem().isEmpty());

    Files.writeString(file, "{\"keys\": {}}");
    whileLogged(new ArrayList<>(), nodeA::reloadIfChanged);
    assertTrue(nodeA.problem().isPresent(), "a shape jose4j refuses with another exception is a problem too");

    Files.writeString(file, good);
    nodeA.reloadIfChanged();
    assertTrue(nodeA.problem().isEmpty());
  }

  @Test
  void aMissingFileKeepsTheCurrentKeys() throws Exception {
    String jwks = nodeA.publishedJwks();
    Files.delete(file);

    assertFalse(nodeA.reloadIfChanged());

    assertEquals(jwks, nodeA.publishedJwks());
  }

  @Test
  void aFileWhoseKeysAllBeginLaterIsRefused() throws Exception {
    String jwks = nodeA.publishedJwks();
    nodeB.rotate(PUBLICATION, RETIREMENT, "operator");
    Files.writeString(file, withoutTheKeysBefore(Files.readString(file)));

    assertFalse(nodeA.reloadIfChanged());

    assertEquals(jwks, nodeA.publishedJwks());
  }

  @Test
  void aRotationOfAnUnusableFileWritesNothing() throws Exception {
    Files.writeString(file, "not json");

    assertThrows(IllegalStateException.class, () -> nodeA.rotate(PUBLICATION, RETIREMENT, "operator"));

    assertEquals("not json", Files.readString(file));
  }

  /** The rotated file with only the new keys, which sign from tomorrow. */
  @SuppressWarnings("unchecked")
  private static String withoutTheKeysBefore(String rotated) throws Exception {
    Map<String, Object> json = JsonUtil.parseJson(rotated);
    Map<String, Map<String, Object>> schedule = (Map<String, Map<String, Object>>) json.get("schedule");
    schedule.values().removeIf(entry -> !entry.containsKey("signFrom"));
    List<Map<String, Object>> keys = (List<Map<String, Object>>) json.get("keys");
    keys.removeIf(key -> !schedule.containsKey(key.get("kid")));
    return JsonUtil.toJson(json);
  }

  private static void whileLogged(List<LogRecord> warnings, Runnable action) {
    Logger logger = Logger.getLogger(LiveSigningKeys.class.getName());
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
              warnings.add(record);
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    logger.addHandler(capture);
    try {
      action.run();
    } finally {
      logger.removeHandler(capture);
    }
  }

  private static int keyCount(String jwks) throws Exception {
    return new JsonWebKeySet(jwks).getJsonWebKeys().size();
  }

  private static JwtClaims claims() {
    JwtClaims claims = new JwtClaims();
    claims.setSubject("sub");
    return claims;
  }

  private static String kidOf(String jws) throws Exception {
    JsonWebSignature signature = new JsonWebSignature();
    signature.setCompactSerialization(jws);
    return signature.getKeyIdHeaderValue();
  }
}
