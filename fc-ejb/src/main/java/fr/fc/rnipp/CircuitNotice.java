package fr.fc.rnipp;

import java.io.Serializable;
import java.time.Instant;

/**
 * The register's circuit as one node decided it and posted it for the others: open until the next
 * probe, or closed. Between two notices, the later decision wins.
 *
 * @param changedAt when the node opened or closed its circuit, by its clock
 * @param nextProbe when an open circuit lets its next probe through; the same as changedAt when closed
 */
record CircuitNotice(Instant changedAt, boolean open, Instant nextProbe) implements Serializable {

  static CircuitNotice opened(Instant at, Instant nextProbe) {
    return new CircuitNotice(at, true, nextProbe);
  }

  static CircuitNotice closed(Instant at) {
    return new CircuitNotice(at, false, at);
  }

  /** Whether this decision came after that one: a tie keeps the one already known. */
  boolean isNewerThan(Instant decidedAt) {
    return changedAt.isAfter(decidedAt);
  }
}
