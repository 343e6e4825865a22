package fr.fc.audit;

import fr.fc.audit.AuditChain.StoredRow;
import fr.fc.audit.AuditJournal.Entry;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

/** The audit_event table's columns, written and read in one place. */
public final class AuditRows {

  /** Every column, in the order of {@link #INSERT}. */
  public static final String COLUMNS =
      "id, occurred_at, event, error_code, flow_id, sp_client_id, idp_id, acr, sub, client_address,"
          + " user_agent, node, journal_id, journal_seq, previous_hash, hash, actor, detail";

  static final String INSERT =
      "INSERT INTO audit_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /** The citizens' index beside the trail (their space's history): an event's id and whose connection it is. */
  static final String INSERT_CITIZEN_INDEX = "INSERT INTO citizen_event (event_id, citizen, occurred_at) VALUES (?, ?, ?)";

  private AuditRows() {}

  /** Adds the index row of a citizen's connection to the batch; false for an event of no citizen. */
  static boolean bindCitizenIndex(PreparedStatement index, AuditHead row, Entry entry) throws SQLException {
    AuditRecord record = entry.record();
    if (record.citizen() == null) {
      return false;
    }
    index.setLong(1, row.lastId());
    index.setString(2, record.citizen());
    index.setTimestamp(3, Timestamp.from(record.occurredAt()));
    index.addBatch();
    return true;
  }

  static void bind(PreparedStatement insert, AuditHead row, String journalId, Entry entry) throws SQLException {
    AuditRecord record = entry.record();
    insert.setLong(1, row.lastId());
    insert.setTimestamp(2, Timestamp.from(record.occurredAt()));
    insert.setString(3, record.event().name());
    insert.setString(4, record.errorCode());
    insert.setString(5, record.flowId());
    insert.setString(6, record.spClientId());
    insert.setString(7, record.idpId());
    insert.setString(8, record.acr());
    insert.setString(9, record.sub());
    insert.setString(10, record.clientAddress());
    insert.setString(11, record.userAgent());
    insert.setString(12, record.node());
    insert.setString(13, journalId);
    insert.setLong(14, entry.seq());
    insert.setString(15, row.previousHash());
    insert.setString(16, row.lastHash());
    insert.setString(17, record.actor());
    insert.setString(18, record.detail());
  }

  /** The row under the cursor of a query that selected {@link #COLUMNS}. */
  public static StoredRow read(ResultSet row) throws SQLException {
    AuditRecord record =
        new AuditRecord(
            AuditEvent.valueOf(row.getString("event")),
            row.getTimestamp("occurred_at").toInstant(),
            row.getString("error_code"),
            row.getString("flow_id"),
            row.getString("sp_client_id"),
            row.getString("idp_id"),
            row.getString("acr"),
            row.getString("sub"),
            row.getString("client_address"),
            row.getString("user_agent"),
            row.getString("node"),
            row.getString("actor"),
            row.getString("detail"));
    return new StoredRow(row.getLong("id"), row.getString("journal_id"), row.getLong("journal_seq"), record, row.getString("previous_hash"), row.getString("hash"));
  }
}
