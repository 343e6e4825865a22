package fr.fc.audit;

import fr.fc.shared.config.Configuration;
import fr.fc.shared.config.Setting;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Deletes the events older than the retention period, the oldest rows of the chain, and signs a
 * checkpoint at the cut in the same transaction: the rows left still verify, from the first of them
 * and the hash before it, which the checkpoint holds. The purge is an audit event itself.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditRetention {

  private static final Logger LOG = Logger.getLogger(AuditRetention.class.getName());

  @Resource(lookup = "jdbc/fc")
  private DataSource dataSource;

  @EJB private Configuration configuration;
  @EJB private AuditCheckpoints checkpoints;
  @EJB private AuditTrail trail;

  @Schedule(hour = "3", minute = "17", persistent = false)
  void purgeEachNight() {
    Duration retention = Duration.ofDays(configuration.settings().count(Setting.AUDIT_RETENTION_DAYS));
    try {
      purgeBefore(Instant.now().minus(retention));
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Audit retention: purge not done, tried again tomorrow", e);
    }
  }

  /**
   * Deletes the rows from the first up to the last one before this time (and none after a newer one).
   *
   * @return how many rows were deleted
   */
  public synchronized long purgeBefore(Instant cutoff) throws SQLException {
    trail.flush();
    long deleted;
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        AuditHead.lock(connection);
        long lastOld = lastRowBefore(connection, cutoff);
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM audit_event WHERE id <= ?")) {
          delete.setLong(1, lastOld);
          deleted = delete.executeUpdate();
        }
        checkpoints.signWithin(connection, Instant.now());
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    }
    long count = deleted;
    LOG.info(() -> "Audit retention: " + count + " event(s) before " + cutoff + " deleted");
    trail.record(AuditEvent.AUDIT_PURGED, new AuditContext(null, null, null), null, null);
    return deleted;
  }

  /** The last row of the unbroken run of old rows at the start of the chain (0 when none). */
  private static long lastRowBefore(Connection connection, Instant cutoff) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT COALESCE((SELECT MIN(id) FROM audit_event WHERE occurred_at >= ?) - 1,"
                + " (SELECT MAX(id) FROM audit_event), 0)")) {
      select.setTimestamp(1, Timestamp.from(cutoff));
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
