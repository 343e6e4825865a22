package fr.fc.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed hash chain of the audit trail: each row's hash is an HMAC-SHA256, under a key the
 * database never holds, of its content and the previous row's hash. Whoever can write the table
 * but not read fc's configuration cannot change, remove or add a row without breaking the chain.
 * Not thread-safe: one per writer or verification.
 */
public final class AuditChain {

  /** The hash before the first event. */
  public static final String GENESIS = "0".repeat(64);

  private final Mac mac;

  /** @param key at least 32 bytes */
  public AuditChain(byte[] key) {
    if (key.length < 32) {
      throw new IllegalArgumentException("The audit chain key must have at least 256 bits");
    }
    try {
      mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /** The hash of the row with this id, journal place and record, following the previous hash. */
  public String hash(String previousHash, long id, String journalId, long journalSeq, AuditRecord record) {
    StringBuilder content = new StringBuilder(512);
    field(content, previousHash);
    field(content, Long.toString(id));
    field(content, journalId);
    field(content, Long.toString(journalSeq));
    field(content, record.occurredAt().toString());
    field(content, record.event().name());
    field(content, record.outcome().name());
    field(content, record.errorCode());
    field(content, record.flowId());
    field(content, record.spClientId());
    field(content, record.idpId());
    field(content, record.acr());
    field(content, record.sub());
    field(content, record.clientAddress());
    field(content, record.userAgent());
    field(content, record.node());
    // Rows of logins (no operator) hash as they did before operators' changes were audited.
    if (record.actor() != null || record.detail() != null) {
      field(content, record.actor());
      field(content, record.detail());
    }
    return HexFormat.of().formatHex(mac.doFinal(content.toString().getBytes(StandardCharsets.UTF_8)));
  }

  // Length-prefixed, so that no value (a user agent may hold any character) can shift another.
  private static void field(StringBuilder content, String value) {
    if (value == null) {
      content.append("-;");
      return;
    }
    content.append(value.length()).append(':').append(value).append(';');
  }

  /** A row as stored. */
  public record StoredRow(
      long id, String journalId, long journalSeq, AuditRecord record, String previousHash, String hash) {
    public StoredRow {
      Objects.requireNonNull(record);
    }
  }
}
