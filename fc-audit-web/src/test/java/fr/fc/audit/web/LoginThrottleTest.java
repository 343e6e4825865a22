package fr.fc.audit.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private Instant now = Instant.parse("2026-12-03T10:00:00Z");
  private final LoginThrottle throttle = new LoginThrottle(new Clock() {
    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  });

  @Test
  void aNameIsHeldBackAfterFiveFailuresAndOnlyThatName() {
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      assertTrue(throttle.allows("auditeur"), "try " + (i + 1));
      throttle.failed("auditeur");
    }

    assertFalse(throttle.allows("auditeur"));
    assertFalse(throttle.allows("AUDITEUR"), "the same name in capitals");
    assertTrue(throttle.allows("another"));
  }

  @Test
  void theNameIsFreeAgainOnceTheWindowHasPassedSinceItsLastFailure() {
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      throttle.failed("auditeur");
    }
    now = now.plus(LoginThrottle.WINDOW).minusSeconds(1);
    assertFalse(throttle.allows("auditeur"));

    now = now.plusSeconds(2);

    assertTrue(throttle.allows("auditeur"));
  }

  @Test
  void aSuccessForgetsTheFailures() {
    for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
      throttle.failed("auditeur");
    }
    throttle.succeeded("auditeur");
    throttle.failed("auditeur");

    assertTrue(throttle.allows("auditeur"));
  }
}
