package fr.fc.rnipp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.testing.SettableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RegisterCircuitTest {

  private static final Duration PROBE_EVERY = Duration.ofSeconds(1);

  private final SettableClock clock = new SettableClock(Instant.parse("2026-11-25T10:00:00Z"));
  private final RegisterCircuit circuit = new RegisterCircuit(clock, PROBE_EVERY, new MemoryCircuitBoard());

  @Test
  void opensAfterConsecutiveFailuresOfDifferentQueriesOnly() {
    for (int i = 1; i < RegisterCircuit.FAILURES_TO_OPEN; i++) {
      circuit.failed("query " + i);
    }
    circuit.succeeded();
    circuit.failed("query 0");
    assertTrue(circuit.allowsCall(), "a success in between resets the count");

    for (int i = 1; i < RegisterCircuit.FAILURES_TO_OPEN; i++) {
      circuit.failed("query " + i);
    }
    assertFalse(circuit.allowsCall());
  }

  @Test
  void oneQueryFailingAgainAndAgainNeverOpensIt() {
    for (int i = 0; i < 10 * RegisterCircuit.FAILURES_TO_OPEN; i++) {
      circuit.failed("the same citizen");
    }
    assertFalse(circuit.isOpen());
    assertTrue(circuit.allowsCall());
  }

  @Test
  void probesOnceASecondWhileOpenAndClosesOnTheFirstSuccess() {
    open();
    assertFalse(circuit.allowsCall());
    clock.advance(PROBE_EVERY.minusMillis(1));
    assertFalse(circuit.allowsCall());

    clock.advance(Duration.ofMillis(1));
    assertTrue(circuit.allowsCall(), "half-open: one probe goes through");
    assertFalse(circuit.allowsCall(), "only one probe a second");
    circuit.failed("probe");
    assertTrue(circuit.isOpen(), "a failed probe keeps it open");

    clock.advance(PROBE_EVERY);
    assertTrue(circuit.allowsCall());
    circuit.succeeded();
    assertFalse(circuit.isOpen());
    assertTrue(circuit.allowsCall());
    assertTrue(circuit.allowsCall(), "closed: every call goes through");
  }

  private void open() {
    for (int i = 0; i < RegisterCircuit.FAILURES_TO_OPEN; i++) {
      circuit.failed("query " + i);
    }
    assertTrue(circuit.isOpen());
  }
}
