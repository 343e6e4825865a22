package fr.fc.rnipp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.testing.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.cache.CacheException;
import org.junit.jupiter.api.Test;

/** Two nodes' circuits sharing one board, on one clock: what one decides, the other follows. */
class RegisterCircuitAcrossNodesTest {

  // Longer than a read interval, so that following the board and probing are told apart.
  private static final Duration PROBE_EVERY = Duration.ofSeconds(5);
  private static final Duration A_MOMENT = Duration.ofMillis(100);

  private final SettableClock clock = new SettableClock(Instant.parse("2026-11-25T10:00:00Z"));
  private final MemoryCircuitBoard board = new MemoryCircuitBoard();
  private final RegisterCircuit nodeA = new RegisterCircuit(clock, PROBE_EVERY, board);
  private final RegisterCircuit nodeB = new RegisterCircuit(clock, PROBE_EVERY, board);

  @Test
  void aCircuitOpenedOnOneNodeIsOpenOnTheOtherAtItsNextRead() {
    assertTrue(nodeB.allowsCall(), "nothing on the board yet");
    clock.advance(A_MOMENT);
    open(nodeA);
    assertTrue(nodeB.allowsCall(), "B reads the board once a second, not on every call");

    clock.advance(RegisterCircuit.READ_EVERY.minus(A_MOMENT));
    assertFalse(nodeB.allowsCall(), "B refuses without a failure of its own");
    assertTrue(nodeB.isOpen());

    clock.advance(PROBE_EVERY.minus(RegisterCircuit.READ_EVERY).plus(A_MOMENT).minusMillis(1));
    assertFalse(nodeB.allowsCall(), "no probe before A's next probe");
    clock.advance(Duration.ofMillis(1));
    assertTrue(nodeB.allowsCall(), "B probes when A's notice says");
    assertFalse(nodeB.allowsCall(), "one probe an interval");
  }

  @Test
  void aProbeThatSucceedsOnOneNodeClosesTheOtherAtItsNextRead() {
    open(nodeA);
    assertFalse(nodeB.allowsCall(), "B follows A");
    clock.advance(PROBE_EVERY);
    assertTrue(nodeA.allowsCall(), "A's probe");
    nodeA.failed("A's probe");
    assertTrue(nodeB.allowsCall(), "B's probe");

    nodeB.succeeded();
    assertFalse(nodeA.allowsCall(), "A has not read the board again yet");
    clock.advance(RegisterCircuit.READ_EVERY);

    assertTrue(nodeA.allowsCall(), "A follows B's closing");
    assertTrue(nodeA.allowsCall(), "closed: every call goes through");
    assertFalse(nodeA.isOpen());
  }

  @Test
  void anOlderNoticeOnTheBoardDoesNotUndoALaterDecision() {
    open(nodeA);
    CircuitNotice aOpened = board.read().orElseThrow();
    clock.advance(PROBE_EVERY);
    assertTrue(nodeB.allowsCall(), "B follows A, up to its probe");
    assertTrue(nodeB.isOpen());
    nodeB.succeeded();

    board.overwrite(aOpened);
    clock.advance(RegisterCircuit.READ_EVERY);

    assertTrue(nodeB.allowsCall());
    assertTrue(nodeB.allowsCall(), "B's closing came after A's opening");
    assertFalse(nodeB.isOpen());
  }

  @Test
  void loginsOnAClosedCircuitTouchTheBoardOnceASecond() {
    for (int login = 0; login < 100; login++) {
      assertTrue(nodeA.allowsCall());
      nodeA.succeeded();
      clock.advance(Duration.ofMillis(5));
    }

    assertEquals(1, board.reads(), "one read in the first half second");
    assertEquals(0, board.posts(), "a success while closed is no news");
    clock.advance(RegisterCircuit.READ_EVERY);
    nodeA.allowsCall();
    assertEquals(2, board.reads());
  }

  @Test
  void aBoardThatCannotBeReachedLeavesTheNodeItsOwnCircuit() {
    RegisterCircuit alone = new RegisterCircuit(clock, PROBE_EVERY, new UnreachableBoard());

    assertTrue(alone.allowsCall());
    open(alone);
    assertFalse(alone.allowsCall());
    clock.advance(PROBE_EVERY);
    assertTrue(alone.allowsCall(), "its probe");
    alone.succeeded();

    assertFalse(alone.isOpen());
    assertTrue(alone.allowsCall());
  }

  private static void open(RegisterCircuit circuit) {
    for (int i = 0; i < RegisterCircuit.FAILURES_TO_OPEN; i++) {
      circuit.failed("query " + i);
    }
    assertTrue(circuit.isOpen());
  }

  private static final class UnreachableBoard implements CircuitBoard {

    @Override
    public Optional<CircuitNotice> read() {
      throw new CacheException("the grid is unreachable");
    }

    @Override
    public void post(CircuitNotice notice) {
      throw new CacheException("the grid is unreachable");
    }
  }
}
