package fr.fc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.fc.audit.AuditChain.StoredRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  static List<StoredRow> chain(int length) {
    List<StoredRow> rows = new ArrayList<>();
    String previous = AuditChain.GENESIS;
    for (long id = 1; id <= length; id++) {
      AuditRecord record =
          new AuditRecord(AuditEvent.RNIPP_VALID, Instant.parse("2026-11-25T10:00:00Z").plusSeconds(id), "ref", "sp", "idp", null, null);
      String hash = AuditChain.hash(previous, id, record);
      rows.add(new StoredRow(id, record, previous, hash));
      previous = hash;
    }
    return rows;
  }

  @Test
  void anIntactChainVerifies() {
    assertEquals(-1, AuditChain.firstBrokenRow(chain(5)));
  }

  @Test
  void aChangedRowIsFound() {
    List<StoredRow> rows = chain(5);
    StoredRow third = rows.get(2);
    AuditRecord forged =
        new AuditRecord(AuditEvent.RNIPP_VALID, third.record().occurredAt(), "ref", "sp", "idp", "another-sub", null);
    rows.set(2, new StoredRow(third.id(), forged, third.previousHash(), third.hash()));

    assertEquals(3, AuditChain.firstBrokenRow(rows));
  }

  @Test
  void aRemovedOrRehashedRowIsFound() {
    List<StoredRow> removed = chain(5);
    removed.remove(1);
    assertEquals(3, AuditChain.firstBrokenRow(removed));

    List<StoredRow> rehashed = chain(5);
    StoredRow second = rehashed.get(1);
    AuditRecord forged = new AuditRecord(AuditEvent.RNIPP_INVALID, second.record().occurredAt(), "ref", "sp", "idp", null, "Y010008");
    rehashed.set(1, new StoredRow(2, forged, second.previousHash(), AuditChain.hash(second.previousHash(), 2, forged)));
    assertEquals(3, AuditChain.firstBrokenRow(rehashed), "the next row no longer follows");
  }
}
