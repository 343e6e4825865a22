package fr.fc.registry;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A rotated secret keeps working for its grace period, so that the partner deploys the new one
 * without an outage; then only the new one does.
 */
class PreviousSecretTest {

  private static final String OLD = "the-secret-before-the-rotation";
  private static final String NEW = "the-secret-after-the-rotation";
  private static final Instant VALID_UNTIL = Instant.parse("2025-06-02T10:00:00Z");

  private final PreviousSecret previous = new PreviousSecret(ClientSecrets.hash(OLD), VALID_UNTIL);

  @Test
  void acceptsThePreviousSecretBeforeItsGracePeriodEnds() {
    assertTrue(previous.accepts(OLD, VALID_UNTIL.minus(Duration.ofHours(23))));
    assertTrue(previous.accepts(OLD, VALID_UNTIL.minusMillis(1)));
  }

  @Test
  void refusesThePreviousSecretOnceItsGracePeriodEnded() {
    assertFalse(previous.accepts(OLD, VALID_UNTIL));
    assertFalse(previous.accepts(OLD, VALID_UNTIL.plusSeconds(1)));
    assertFalse(previous.accepts(OLD, VALID_UNTIL.plus(Duration.ofDays(30))));
  }

  @Test
  void refusesAnotherSecretEvenWithinTheGracePeriod() {
    Instant during = VALID_UNTIL.minusSeconds(60);

    assertFalse(previous.accepts(NEW, during));
    assertFalse(previous.accepts("", during));
    assertFalse(previous.accepts(null, during));
    assertFalse(previous.accepts(ClientSecrets.hash(OLD), during), "the hash is not the secret");
  }

  @Test
  void aClientAcceptsItsCurrentSecretWithinAndAfterTheGracePeriod() {
    RegisteredClient client = rotatedClient();

    assertTrue(client.acceptsSecret(NEW, VALID_UNTIL.minusSeconds(60)));
    assertTrue(client.acceptsSecret(NEW, VALID_UNTIL));
    assertTrue(client.acceptsSecret(NEW, VALID_UNTIL.plus(Duration.ofDays(365))));
  }

  @Test
  void aClientAcceptsItsPreviousSecretOnlyWithinTheGracePeriod() {
    RegisteredClient client = rotatedClient();

    assertTrue(client.acceptsSecret(OLD, VALID_UNTIL.minusSeconds(60)));
    assertFalse(client.acceptsSecret(OLD, VALID_UNTIL));
    assertFalse(client.acceptsSecret(OLD, VALID_UNTIL.plusSeconds(60)));
  }

  @Test
  void aClientRefusesAnyOtherSecret() {
    RegisteredClient client = rotatedClient();

    assertFalse(client.acceptsSecret("a-guess", VALID_UNTIL.minusSeconds(60)));
    assertFalse(client.acceptsSecret(null, VALID_UNTIL.minusSeconds(60)));
  }

  @Test
  void aClientNeverRotatedAcceptsOnlyItsSecret() {
    RegisteredClient client = RegisteredClient.builder("sp").secretHash(ClientSecrets.hash(NEW)).build();

    assertTrue(client.acceptsSecret(NEW, VALID_UNTIL));
    assertFalse(client.acceptsSecret(OLD, VALID_UNTIL.minusSeconds(60)));
  }

  private static RegisteredClient rotatedClient() {
    return RegisteredClient.builder("sp")
        .secretHash(ClientSecrets.hash(NEW))
        .previousSecret(new PreviousSecret(ClientSecrets.hash(OLD), VALID_UNTIL))
        .build();
  }
}
