package fr.fc.shared.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.testing.SettableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RequestRateTest {

  private final SettableClock clock = new SettableClock(Instant.parse("2026-12-03T10:00:00Z"));

  @Test
  void aBurstOfTwoSecondsPassesThenTheKeyWaitsForItsRate() {
    RequestRate rate = new RequestRate(10, 100, clock);
    for (int i = 0; i < 20; i++) {
      assertTrue(rate.take("sp"), "request " + i);
    }
    assertFalse(rate.take("sp"));
    assertEquals(Duration.ofMillis(100), rate.wait("sp"));
    clock.advance(Duration.ofMillis(100));
    assertTrue(rate.take("sp"));
    assertFalse(rate.take("sp"));
  }

  @Test
  void eachKeyHasItsOwnBucket() {
    RequestRate rate = new RequestRate(1, 100, clock);
    assertTrue(rate.take("a"));
    assertTrue(rate.take("a"));
    assertFalse(rate.take("a"));
    assertTrue(rate.take("b"));
  }

  @Test
  void aBucketNeverHoldsMoreThanItsBurst() {
    RequestRate rate = new RequestRate(5, 100, clock);
    rate.take("sp");
    clock.advance(Duration.ofHours(1));
    int taken = 0;
    while (rate.take("sp")) {
      taken++;
    }
    assertEquals(10, taken);
  }

  @Test
  void allowsSpendsNothingAndSpendGoesPastTheRate() {
    RequestRate rate = new RequestRate(1, 100, clock);
    assertTrue(rate.allows("sp"));
    assertTrue(rate.allows("sp"));
    rate.spend("sp");
    rate.spend("sp");
    rate.spend("sp");
    assertFalse(rate.allows("sp"));
    assertEquals(Duration.ofSeconds(2), rate.wait("sp"));
  }

  @Test
  void askingAboutAKeyNeverSpentRemembersNothing() {
    RequestRate rate = new RequestRate(1, 2, clock);
    rate.take("a");
    rate.take("a");
    for (int i = 0; i < 1000; i++) {
      assertTrue(rate.allows("made-up-" + i));
    }
    assertFalse(rate.take("a"), "a is still remembered: the made-up keys took no place");
  }

  @Test
  void theLeastRecentlyUsedKeysAreForgottenPastTheBound() {
    RequestRate rate = new RequestRate(1, 2, clock);
    rate.take("a");
    rate.take("a");
    rate.take("b");
    rate.take("c");
    assertTrue(rate.take("a"), "a was forgotten: a new key has its whole burst");
  }
}
