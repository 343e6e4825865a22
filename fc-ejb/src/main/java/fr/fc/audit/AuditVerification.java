package fr.fc.audit;

import fr.fc.audit.AuditChain.StoredRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks the trail, row by row in id order, against its keyed chain and the last checkpoint: every
 * row whose hash does not match its content (changed, or written by someone without the key), every
 * run of ids missing (removed), and a tail shorter than the checkpoint counted. It goes on past a
 * finding, so that one report names them all.
 */
public final class AuditVerification {

  private final AuditChain chain;
  private final Optional<Checkpoint> checkpoint;
  private final List<Finding> findings = new ArrayList<>();
  private long expectedId;
  private String previousHash;
  private long rows;
  private Optional<StoredRow> last = Optional.empty();

  /**
   * @param start where the checked part of the chain begins: the first row and the hash before it
   *     (the genesis, or the cut of a purge as its checkpoint says)
   * @param checkpoint the last checkpoint the auditor keeps, if any
   */
  public AuditVerification(AuditChain chain, Anchor start, Optional<Checkpoint> checkpoint) {
    this.chain = chain;
    this.checkpoint = checkpoint;
    this.expectedId = start.firstId();
    this.previousHash = start.previousHash();
  }

  /** Checks the next row; rows come in id order. */
  public void check(StoredRow row) {
    if (row.id() < expectedId) {
      return; // before the anchor: outside what is checked
    }
    if (row.id() > expectedId) {
      findings.add(new Finding(Kind.ROWS_REMOVED, expectedId, row.id() - 1));
    } else if (!row.previousHash().equals(previousHash)) {
      findings.add(new Finding(Kind.LINK_BROKEN, row.id(), row.id()));
    }
    boolean signedOtherwise = checkpoint.filter(c -> c.lastId() == row.id() && !c.lastHash().equals(row.hash())).isPresent();
    if (signedOtherwise || !row.hash().equals(chain.hash(row.previousHash(), row.id(), row.journalId(), row.journalSeq(), row.record()))) {
      findings.add(new Finding(Kind.ROW_ALTERED, row.id(), row.id()));
    }
    previousHash = row.hash();
    expectedId = row.id() + 1;
    rows++;
    last = Optional.of(row);
  }

  /** What the check found, once every row has been seen, against the last checkpoint if any. */
  public Report report() {
    List<Finding> all = new ArrayList<>(findings);
    checkpoint.ifPresent(
        signed -> {
          long lastId = last.map(StoredRow::id).orElse(expectedId - 1);
          if (lastId < signed.lastId()) {
            all.add(new Finding(Kind.ROWS_REMOVED, lastId + 1, signed.lastId()));
          }
        });
    return new Report(rows, last.map(StoredRow::id).orElse(0L), List.copyOf(all));
  }

  /** Where the checked chain starts. */
  public record Anchor(long firstId, String previousHash) {
    public static final Anchor GENESIS = new Anchor(1, AuditChain.GENESIS);
  }

  /** What a signed checkpoint says of the trail when it was signed. */
  public record Checkpoint(long firstId, String firstPreviousHash, long lastId, String lastHash, long rowCount) {}

  public enum Kind {
    /** The row's hash does not match its content: changed, or not written by fc. */
    ROW_ALTERED,
    /** Rows with these ids are missing. */
    ROWS_REMOVED,
    /** The row's previous hash is not the hash of the row before it. */
    LINK_BROKEN
  }

  /** A finding, for the rows from firstId to lastId. */
  public record Finding(Kind kind, long firstId, long lastId) {}

  /** @param lastId the last row checked, 0 when none */
  public record Report(long rowsChecked, long lastId, List<Finding> findings) {
    public boolean intact() {
      return findings.isEmpty();
    }
  }
}
