package fr.fc.rnipp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A circuit breaker on the register: after technical failures (timeouts, 5xx, unreadable answers)
 * for {@link #FAILURES_TO_OPEN} different queries in a row, logins fail at once instead of each
 * citizen waiting out the timeout. One query failing again and again, whatever the reason, is one
 * citizen's problem, not the register's: it never opens the circuit for everyone else. While open,
 * one call per probe interval goes through, and the first that succeeds closes the circuit.
 *
 * <p>MicroProfile Fault Tolerance's {@code @CircuitBreaker} did not engage on this EAR's EJB-module
 * beans (Payara 6.2025.10: five failures in a row, never an open circuit), and counts failures, not
 * the queries that failed, hence this small rule.
 */
final class RegisterCircuit {

  static final int FAILURES_TO_OPEN = 4;

  private final Clock clock;
  private final Duration probeEvery;
  /** The queries that failed since the last success: hashes, no personal data. */
  private final Set<Integer> failedQueries = new HashSet<>();
  private boolean open;
  private Instant nextProbe = Instant.MIN;

  RegisterCircuit(Clock clock, Duration probeEvery) {
    this.clock = clock;
    this.probeEvery = probeEvery;
  }

  /** Whether a call may go to the register now: always while closed, one probe an interval while open. */
  synchronized boolean allowsCall() {
    if (!open) {
      return true;
    }
    Instant now = clock.instant();
    if (now.isBefore(nextProbe)) {
      return false;
    }
    nextProbe = now.plus(probeEvery);
    return true;
  }

  synchronized void succeeded() {
    failedQueries.clear();
    open = false;
  }

  /** @param query what was asked, told apart from other queries by its hash */
  synchronized void failed(Object query) {
    failedQueries.add(query.hashCode());
    if (failedQueries.size() >= FAILURES_TO_OPEN) {
      open = true;
      nextProbe = clock.instant().plus(probeEvery);
      failedQueries.clear();
    }
  }

  synchronized boolean isOpen() {
    return open;
  }
}
