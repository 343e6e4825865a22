package fr.fc.rnipp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RegisterCircuitTest {

  private Instant now = Instant.parse("2026-11-25T10:00:00Z");
  private final RegisterCircuit circuit =
      new RegisterCircuit(
          new Clock() {
            @Override
            public ZoneOffset getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
              return this;
            }

            @Override
            public Instant instant() {
              return now;
            }
          });

  @Test
  void opensAfterConsecutiveFailuresOnly() {
    for (int i = 1; i < RegisterCircuit.FAILURES_TO_OPEN; i++) {
      circuit.failed();
    }
    circuit.succeeded();
    circuit.failed();
    assertTrue(circuit.allowsCall(), "a success in between resets the count");

    for (int i = 1; i < RegisterCircuit.FAILURES_TO_OPEN; i++) {
      circuit.failed();
    }
    assertFalse(circuit.allowsCall());
  }

  @Test
  void triesAgainAfterTheDelayAndClosesOnSuccess() {
    for (int i = 0; i < RegisterCircuit.FAILURES_TO_OPEN; i++) {
      circuit.failed();
    }
    now = now.plus(RegisterCircuit.OPEN_FOR).minus(Duration.ofMillis(1));
    assertFalse(circuit.allowsCall());

    now = now.plus(Duration.ofMillis(1));
    assertTrue(circuit.allowsCall(), "half-open: one call goes through");
    circuit.failed();
    assertFalse(circuit.allowsCall(), "a failed trial opens it again");

    now = now.plus(RegisterCircuit.OPEN_FOR);
    circuit.succeeded();
    assertTrue(circuit.allowsCall());
  }
}
