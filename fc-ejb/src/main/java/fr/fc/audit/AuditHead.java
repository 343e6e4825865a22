package fr.fc.audit;

import fr.fc.audit.AuditJournal.Entry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The head of the chain while a batch is appended: the last row's id and hash, and the hash before
 * it. Locked in the database for the batch's transaction, so that nodes append in turn.
 */
record AuditHead(long lastId, String lastHash, String previousHash) {

  static AuditHead lock(Connection connection) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT last_id, last_hash FROM audit_chain_head WHERE singleton = 1 FOR UPDATE");
        ResultSet row = select.executeQuery()) {
      row.next();
      return new AuditHead(row.getLong(1), row.getString(2), null);
    }
  }

  /** The head once this entry is appended. */
  AuditHead next(AuditChain chain, String journalId, Entry entry) {
    long id = lastId + 1;
    return new AuditHead(id, chain.hash(lastHash, id, journalId, entry.seq(), entry.record()), lastHash);
  }

  void store(Connection connection) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE singleton = 1")) {
      update.setLong(1, lastId);
      update.setString(2, lastHash);
      update.executeUpdate();
    }
  }
}
