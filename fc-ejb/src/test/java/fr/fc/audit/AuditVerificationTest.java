package fr.fc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.audit.AuditChain.StoredRow;
import fr.fc.audit.AuditVerification.Anchor;
import fr.fc.audit.AuditVerification.Checkpoint;
import fr.fc.audit.AuditVerification.Finding;
import fr.fc.audit.AuditVerification.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditVerificationTest {

  private static final byte[] KEY = "a key of thirty-two bytes or more, for tests".getBytes();
  private static final AuditChain CHAIN = new AuditChain(KEY);

  static AuditRecord record(long second, String sub) {
    return new AuditRecord(
        AuditEvent.TOKEN_ISSUED, Instant.parse("2026-11-25T10:00:00Z").plusSeconds(second), null, "flow", "sp",
        "idp", "eidas1", sub, "127.0.0.1", "Mozilla/5.0 | tabs and |pipes|", "node-a");
  }

  static List<StoredRow> chain(int length) {
    List<StoredRow> rows = new ArrayList<>();
    String previous = AuditChain.GENESIS;
    for (long id = 1; id <= length; id++) {
      AuditRecord record = record(id, "sub" + id);
      String hash = CHAIN.hash(previous, id, "j", id, record);
      rows.add(new StoredRow(id, "j", id, record, previous, hash));
      previous = hash;
    }
    return rows;
  }

  private static AuditVerification.Report verify(List<StoredRow> rows, Optional<Checkpoint> checkpoint) {
    AuditVerification verification = new AuditVerification(new AuditChain(KEY), Anchor.GENESIS, checkpoint);
    rows.forEach(verification::check);
    return verification.report();
  }

  @Test
  void anIntactChainVerifies() {
    AuditVerification.Report report = verify(chain(5), Optional.empty());

    assertTrue(report.intact(), report.findings().toString());
    assertEquals(5, report.rowsChecked());
  }

  @Test
  void aChangedRowIsNamedAndTheRowsAfterItStillCheck() {
    List<StoredRow> rows = chain(5);
    StoredRow third = rows.get(2);
    rows.set(2, new StoredRow(3, "j", 3, record(3, "someone-else"), third.previousHash(), third.hash()));

    assertEquals(List.of(new Finding(Kind.ROW_ALTERED, 3, 3)), verify(rows, Optional.empty()).findings());
  }

  @Test
  void aRemovedRowIsNamed() {
    List<StoredRow> rows = chain(5);
    rows.remove(1);

    assertEquals(List.of(new Finding(Kind.ROWS_REMOVED, 2, 2)), verify(rows, Optional.empty()).findings());
  }

  @Test
  void aRowRehashedWithoutTheKeyIsNamed() {
    List<StoredRow> rows = chain(3);
    StoredRow second = rows.get(1);
    AuditRecord forged = record(2, "forged");
    AuditChain wrongKey = new AuditChain("another key of thirty-two bytes or more".getBytes());
    rows.set(1, new StoredRow(2, "j", 2, forged, second.previousHash(), wrongKey.hash(second.previousHash(), 2, "j", 2, forged)));

    List<Finding> findings = verify(rows, Optional.empty()).findings();

    assertEquals(new Finding(Kind.ROW_ALTERED, 2, 2), findings.get(0));
  }

  @Test
  void aRowAddedAtTheEndWithoutTheKeyIsNamed() {
    List<StoredRow> rows = chain(3);
    AuditRecord added = record(4, "added");
    rows.add(new StoredRow(4, "j", 4, added, rows.get(2).hash(), "f".repeat(64)));

    assertEquals(List.of(new Finding(Kind.ROW_ALTERED, 4, 4)), verify(rows, Optional.empty()).findings());
  }

  @Test
  void aTailCutShorterThanTheCheckpointIsNamed() {
    List<StoredRow> rows = chain(5);
    Checkpoint signed = new Checkpoint(1, AuditChain.GENESIS, 5, rows.get(4).hash(), 5);

    List<Finding> findings = verify(rows.subList(0, 3), Optional.of(signed)).findings();

    assertEquals(List.of(new Finding(Kind.ROWS_REMOVED, 4, 5)), findings);
  }

  @Test
  void everyFieldIsCoveredByTheHash() {
    AuditRecord base = record(1, "sub");
    String hash = CHAIN.hash(AuditChain.GENESIS, 1, "j", 1, base);
    Object[] fields = {
      base.event(), base.occurredAt(), base.errorCode(), base.flowId(), base.spClientId(), base.idpId(), base.acr(),
      base.sub(), base.clientAddress(), base.userAgent(), base.node()
    };
    for (int i = 0; i < fields.length; i++) {
      Object[] changed = Arrays.copyOf(fields, fields.length);
      changed[i] = i == 0 ? AuditEvent.TOKEN_REFUSED : i == 1 ? base.occurredAt().plusNanos(1000) : "x";
      AuditRecord other =
          new AuditRecord(
              (AuditEvent) changed[0], (Instant) changed[1], (String) changed[2], (String) changed[3], (String) changed[4],
              (String) changed[5], (String) changed[6], (String) changed[7], (String) changed[8], (String) changed[9],
              (String) changed[10]);
      assertNotEquals(hash, CHAIN.hash(AuditChain.GENESIS, 1, "j", 1, other), "field " + i);
    }
    assertNotEquals(hash, CHAIN.hash(AuditChain.GENESIS, 1, "j", 2, base), "journal_seq");
    assertNotEquals(hash, CHAIN.hash(AuditChain.GENESIS, 1, "k", 1, base), "journal_id");
  }

  @Test
  void valuesCannotShiftIntoEachOther() {
    AuditRecord a = new AuditRecord(AuditEvent.TOKEN_ISSUED, Instant.EPOCH, null, "ab", "c", null, null, null, null, null, "n");
    AuditRecord b = new AuditRecord(AuditEvent.TOKEN_ISSUED, Instant.EPOCH, null, "a", "bc", null, null, null, null, null, "n");

    assertNotEquals(CHAIN.hash(AuditChain.GENESIS, 1, "j", 1, a), CHAIN.hash(AuditChain.GENESIS, 1, "j", 1, b));
  }

  @Test
  void requestChosenValuesAreCutToTheirColumnAndMadePrintable() {
    AuditRecord record =
        new AuditRecord(AuditEvent.TOKEN_REFUSED, Instant.EPOCH, null, null, "x".repeat(500) , null, null, null, null,
            "agent\u0000with\nnul", "n");

    assertEquals(64, record.spClientId().length());
    assertEquals("agent?with?nul", record.userAgent());
  }
}
