package fr.fc.audit;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Writes the audit trail off the request thread: events wait in memory and are appended in one
 * transaction each second, under the chain head's row lock so that every node of a cluster
 * appends in turn. A batch the database refuses is kept and written at the next attempt; at
 * shutdown the last batch is written before the node stops.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditTrail {

  private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

  @Resource(lookup = "jdbc/fc")
  private DataSource dataSource;

  private final LinkedBlockingDeque<AuditRecord> pending = new LinkedBlockingDeque<>();

  /** Records an event; it reaches the database within about a second (microsecond time, as stored). */
  public void record(AuditEvent event, AuditContext context, String sub, String errorCode) {
    pending.add(
        new AuditRecord(
            event,
            Instant.now().truncatedTo(ChronoUnit.MICROS),
            context.interactionRef(), context.spClientId(), context.idpId(), sub, errorCode));
  }

  @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
  void flushEverySecond() {
    flush();
  }

  @PreDestroy
  void flushAtShutdown() {
    flush();
  }

  /** Appends what is pending; on failure keeps it, in order, for the next attempt. */
  public synchronized void flush() {
    List<AuditRecord> batch = new ArrayList<>();
    pending.drainTo(batch);
    if (batch.isEmpty()) {
      return;
    }
    try {
      append(batch);
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Audit trail not written yet, " + batch.size() + " event(s) kept", e);
      for (int i = batch.size() - 1; i >= 0; i--) {
        pending.addFirst(batch.get(i));
      }
    }
  }

  private void append(List<AuditRecord> batch) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        ChainHead head = lockHead(connection);
        for (AuditRecord record : batch) {
          head = insert(connection, head, record);
        }
        updateHead(connection, head);
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      }
    }
  }

  private static ChainHead lockHead(Connection connection) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT last_id, last_hash FROM audit_chain_head WHERE singleton = 1 FOR UPDATE");
        ResultSet row = select.executeQuery()) {
      row.next();
      return new ChainHead(row.getLong(1), row.getString(2));
    }
  }

  private static ChainHead insert(Connection connection, ChainHead head, AuditRecord record)
      throws SQLException {
    long id = head.lastId() + 1;
    String hash = AuditChain.hash(head.lastHash(), id, record);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO audit_event (id, occurred_at, event, interaction_ref, sp_client_id, idp_id, sub,"
                + " error_code, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, id);
      insert.setTimestamp(2, Timestamp.from(record.occurredAt()));
      insert.setString(3, record.event().name());
      insert.setString(4, record.interactionRef());
      insert.setString(5, record.spClientId());
      insert.setString(6, record.idpId());
      insert.setString(7, record.sub());
      insert.setString(8, record.errorCode());
      insert.setString(9, head.lastHash());
      insert.setString(10, hash);
      insert.executeUpdate();
    }
    return new ChainHead(id, hash);
  }

  private static void updateHead(Connection connection, ChainHead head) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE singleton = 1")) {
      update.setLong(1, head.lastId());
      update.setString(2, head.lastHash());
      update.executeUpdate();
    }
  }

  private record ChainHead(long lastId, String lastHash) {}
}
