package fr.fc.sandbox.idp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PendingAuthorizationsTest {

  private final TestClock clock = new TestClock();
  private final PendingAuthorizations pending = new PendingAuthorizations(clock);
  private final AuthorizationRequest request =
      new AuthorizationRequest(
          "impots", "fc", "https://fc/cb", "openid", "s", "n", "eidas1", null, Language.FRENCH);

  @Test
  void keepsARequestWhileTheUserTriesThenAnswersItOnce() {
    String id = pending.add(request);

    assertTrue(pending.find(id).isPresent());
    assertTrue(pending.find(id).isPresent(), "a wrong password does not end the request");
    assertTrue(pending.take(id).isPresent());
    assertTrue(pending.take(id).isEmpty());
  }

  @Test
  void forgetsARequestAfter30Minutes() {
    String id = pending.add(request);
    clock.advance(Duration.ofMinutes(30));

    assertTrue(pending.find(id).isEmpty());
  }

  @Test
  void purgesExpiredRequestsWhenAddingNewOnes() {
    String old = pending.add(request);
    clock.advance(Duration.ofMinutes(31));
    pending.add(request);
    clock.advance(Duration.ofMinutes(-31));

    assertTrue(pending.find(old).isEmpty(), "purged, not merely expired");
  }
}
