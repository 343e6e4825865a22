package fr.fc.rnipp;

import java.util.Optional;

/** The grid's board in memory, with the same rule (the later decision wins), counting its uses. */
final class MemoryCircuitBoard implements CircuitBoard {

  private CircuitNotice posted;
  private int reads;
  private int posts;

  @Override
  public synchronized Optional<CircuitNotice> read() {
    reads++;
    return Optional.ofNullable(posted);
  }

  @Override
  public synchronized void post(CircuitNotice notice) {
    posts++;
    if (posted == null || notice.isNewerThan(posted.changedAt())) {
      posted = notice;
    }
  }

  /** What a late write of the grid would leave, whatever the rule. */
  synchronized void overwrite(CircuitNotice notice) {
    posted = notice;
  }

  synchronized int reads() {
    return reads;
  }

  synchronized int posts() {
    return posts;
  }
}
