package fr.fc.rnipp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A circuit breaker on the register: after {@link #FAILURES_TO_OPEN} technical failures in a row,
 * logins fail at once for {@link #OPEN_FOR}, instead of each citizen waiting out the timeout;
 * then one login tries the register again, and its success closes the circuit.
 *
 * <p>MicroProfile Fault Tolerance's {@code @CircuitBreaker} did not engage on this EAR's EJB-module
 * beans (Payara 6.2025.10: five failures in a row, never an open circuit), hence this small rule.
 */
final class RegisterCircuit {

  static final int FAILURES_TO_OPEN = 4;
  static final Duration OPEN_FOR = Duration.ofSeconds(10);

  private final Clock clock;
  private int consecutiveFailures;
  private Instant openUntil = Instant.MIN;

  RegisterCircuit(Clock clock) {
    this.clock = clock;
  }

  /** Whether a call may go to the register now. */
  synchronized boolean allowsCall() {
    return !clock.instant().isBefore(openUntil);
  }

  synchronized void succeeded() {
    consecutiveFailures = 0;
    openUntil = Instant.MIN;
  }

  synchronized void failed() {
    consecutiveFailures++;
    if (consecutiveFailures >= FAILURES_TO_OPEN) {
      openUntil = clock.instant().plus(OPEN_FOR);
    }
  }
}
