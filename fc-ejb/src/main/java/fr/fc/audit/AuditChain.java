package fr.fc.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/** The hash chain of the audit trail: each row's hash covers its content and the previous hash. */
public final class AuditChain {

  /** The hash before the first event. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  /** The hash of the row with this id and record, following the previous hash. */
  public static String hash(String previousHash, long id, AuditRecord record) {
    String content =
        String.join(
            "|",
            previousHash,
            Long.toString(id),
            record.occurredAt().toString(),
            record.event().name(),
            Objects.toString(record.interactionRef(), ""),
            Objects.toString(record.spClientId(), ""),
            Objects.toString(record.idpId(), ""),
            Objects.toString(record.sub(), ""),
            Objects.toString(record.errorCode(), ""));
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /**
   * The id of the first row that breaks the chain, or -1 when the rows, in id order from the
   * first, are intact.
   */
  public static long firstBrokenRow(List<StoredRow> rows) {
    String previous = GENESIS;
    long expectedId = rows.isEmpty() ? 0 : rows.get(0).id();
    for (StoredRow row : rows) {
      boolean intact =
          row.id() == expectedId
              && row.previousHash().equals(previous)
              && row.hash().equals(hash(previous, row.id(), row.record()));
      if (!intact) {
        return row.id();
      }
      previous = row.hash();
      expectedId++;
    }
    return -1;
  }

  /** A row as stored. */
  public record StoredRow(long id, AuditRecord record, String previousHash, String hash) {}
}
