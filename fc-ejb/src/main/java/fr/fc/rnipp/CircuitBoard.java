package fr.fc.rnipp;

import java.util.Optional;

/**
 * Where the nodes of a cluster post the register's circuit, so that an outage one node has seen
 * fails fast on all of them, and the register's return one node has seen serves all of them.
 * Either operation may throw when the board cannot be reached: the caller carries on without it.
 */
interface CircuitBoard {

  /** The latest notice posted, if any is still there. */
  Optional<CircuitNotice> read();

  /** Posts the notice, unless the board already holds a later one. */
  void post(CircuitNotice notice);
}
