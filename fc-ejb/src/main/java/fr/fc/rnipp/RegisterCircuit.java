package fr.fc.rnipp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A circuit breaker on the register: after technical failures (timeouts, 5xx, unreadable answers)
 * for {@link #FAILURES_TO_OPEN} different queries in a row, logins fail at once instead of each
 * citizen waiting out the timeout. One query failing again and again, whatever the reason, is one
 * citizen's problem, not the register's: it never opens the circuit for everyone else. While open,
 * one call per probe interval goes through, and the first that succeeds closes the circuit.
 *
 * <p>The nodes of a cluster share the circuit through a {@link CircuitBoard}: a node that opens
 * its circuit, or closes it after a probe, posts it at once; every node reads the board at most
 * once per {@link #READ_EVERY}, in {@link #allowsCall()}, and follows a decision later than its
 * own (last writer wins, by the deciding node's clock: a circuit breaker tolerates approximate).
 * So an outage one node has seen fails fast on all within about a second, and its end too, with no
 * grid round trip per login. A board that cannot be reached leaves each node its own circuit.
 *
 * <p>MicroProfile Fault Tolerance's {@code @CircuitBreaker} did not engage on this EAR's EJB-module
 * beans (Payara 6.2025.10: five failures in a row, never an open circuit), and counts failures, not
 * the queries that failed, hence this small rule.
 */
final class RegisterCircuit {

  static final int FAILURES_TO_OPEN = 4;
  /** The longest a node goes without reading the board while it serves logins. */
  static final Duration READ_EVERY = Duration.ofSeconds(1);

  private static final Logger LOG = Logger.getLogger(RegisterCircuit.class.getName());

  private final Clock clock;
  private final Duration probeEvery;
  private final CircuitBoard board;
  /** The queries that failed since the last success: hashes, no personal data. */
  private final Set<Integer> failedQueries = new HashSet<>();
  private boolean open;
  private Instant nextProbe = Instant.MIN;
  /** When the state this node follows was decided, here or on another node. */
  private Instant changedAt = Instant.MIN;
  private Instant nextRead = Instant.MIN;

  RegisterCircuit(Clock clock, Duration probeEvery, CircuitBoard board) {
    this.clock = clock;
    this.probeEvery = probeEvery;
    this.board = board;
  }

  /** Whether a call may go to the register now: always while closed, one probe an interval while open. */
  boolean allowsCall() {
    if (readDue()) {
      read().ifPresent(this::follow);
    }
    return letsThrough();
  }

  void succeeded() {
    close().ifPresent(this::post);
  }

  /** @param query what was asked, told apart from other queries by its hash */
  void failed(Object query) {
    countFailure(query).ifPresent(this::post);
  }

  synchronized boolean isOpen() {
    return open;
  }

  private synchronized boolean letsThrough() {
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

  /** The notice of the closing, when a probe closed the circuit; a success while closed changes nothing. */
  private synchronized Optional<CircuitNotice> close() {
    failedQueries.clear();
    if (!open) {
      return Optional.empty();
    }
    open = false;
    changedAt = clock.instant();
    return Optional.of(CircuitNotice.closed(changedAt));
  }

  /** The notice of the opening, when this failure opened the circuit. */
  private synchronized Optional<CircuitNotice> countFailure(Object query) {
    failedQueries.add(query.hashCode());
    if (failedQueries.size() < FAILURES_TO_OPEN) {
      return Optional.empty();
    }
    failedQueries.clear();
    open = true;
    changedAt = clock.instant();
    nextProbe = changedAt.plus(probeEvery);
    return Optional.of(CircuitNotice.opened(changedAt, nextProbe));
  }

  // One thread a second reads; the others go on with the circuit as this node knows it.
  private synchronized boolean readDue() {
    Instant now = clock.instant();
    if (now.isBefore(nextRead)) {
      return false;
    }
    nextRead = now.plus(READ_EVERY);
    return true;
  }

  /** Takes another node's decision when it is later than this node's own, its next probe included. */
  private synchronized void follow(CircuitNotice notice) {
    if (!notice.isNewerThan(changedAt)) {
      return;
    }
    changedAt = notice.changedAt();
    open = notice.open();
    nextProbe = notice.nextProbe();
    failedQueries.clear();
  }

  // The board is read and written outside the lock: a slow grid delays one login, not all of them.
  private Optional<CircuitNotice> read() {
    try {
      return board.read();
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Register circuit board not read; this node keeps its own circuit", e);
      return Optional.empty();
    }
  }

  private void post(CircuitNotice notice) {
    try {
      board.post(notice);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Register circuit board not written; the other nodes keep their own circuit", e);
    }
  }
}
