package fr.fc.audit;

import fr.fc.crypto.SigningKeys;
import fr.fc.shared.config.Configuration;
import fr.fc.shared.config.Setting;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jose4j.jwt.JwtClaims;

/**
 * Signs, every {@code fc.audit.checkpoint-interval}, the chain's head with fc's signing key: its
 * first and last row, their hashes and the row count, in a JWS that is stored, written to the
 * server log (which operators ship elsewhere) and handed to auditors to keep outside fc. A trail cut
 * short after a checkpoint is then reported by the check, however well its chain links.
 */
@Singleton
@Startup
@DependsOn("AuditTrail")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditCheckpoints {

  private static final Logger LOG = Logger.getLogger(AuditCheckpoints.class.getName());

  @Resource(lookup = "jdbc/fc")
  private DataSource dataSource;

  @EJB private Configuration configuration;
  @EJB private SigningKeys signingKeys;
  @EJB private AuditTrail trail;

  private Instant lastSigned;

  @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
  synchronized void signWhenDue() {
    long interval = configuration.settings().duration(Setting.AUDIT_CHECKPOINT_INTERVAL).toSeconds();
    try {
      if (lastSigned == null) {
        lastSigned = lastSignedAt();
      }
      if (lastSigned.plusSeconds(interval).isAfter(Instant.now())) {
        return;
      }
      signUnlessSignedWithin(interval);
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Audit checkpoint not signed yet", e);
    }
  }

  /** Signs a checkpoint of the trail as the database holds it now. */
  public synchronized void sign() throws SQLException {
    trail.flush();
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        signWithin(connection, Instant.now());
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    }
  }

  /**
   * Signs a checkpoint unless one was signed within the interval: the chain head's lock makes the
   * nodes of a cluster take turns, so the second finds the first's and signs nothing.
   */
  private void signUnlessSignedWithin(long interval) throws SQLException {
    trail.flush();
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        AuditHead.lock(connection);
        Instant last = lastSignedAt(connection);
        if (last.plusSeconds(interval).isAfter(Instant.now())) {
          lastSigned = last;
        } else {
          signWithin(connection, Instant.now());
        }
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    }
  }

  /** Signs a checkpoint within a transaction that holds the chain head's lock. */
  public synchronized void signWithin(Connection connection, Instant now) throws SQLException {
    AuditHead head = AuditHead.lock(connection);
    store(connection, now, checkpointOf(connection, head));
    lastSigned = now;
  }

  /** The rows there are; when a purge left none, the next row's place after the head. */
  private AuditVerification.Checkpoint checkpointOf(Connection connection, AuditHead head) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT id, previous_hash, (SELECT COUNT(*) FROM audit_event WHERE id <= ?) FROM audit_event"
                    + " WHERE id = (SELECT MIN(id) FROM audit_event)")) {
      select.setLong(1, head.lastId());
      try (ResultSet first = select.executeQuery()) {
        return first.next()
            ? new AuditVerification.Checkpoint(first.getLong(1), first.getString(2), head.lastId(), head.lastHash(), first.getLong(3))
            : new AuditVerification.Checkpoint(head.lastId() + 1, head.lastHash(), head.lastId(), head.lastHash(), 0);
      }
    }
  }

  private void store(Connection connection, Instant now, AuditVerification.Checkpoint checkpoint) throws SQLException {
    String jws = signed(checkpoint, now);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO audit_checkpoint (id, signed_at, first_id, first_previous_hash, last_id, last_hash, row_count, jws)"
                + " VALUES ((SELECT COALESCE(MAX(id), 0) + 1 FROM audit_checkpoint), ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setTimestamp(1, Timestamp.from(now));
      insert.setLong(2, checkpoint.firstId());
      insert.setString(3, checkpoint.firstPreviousHash());
      insert.setLong(4, checkpoint.lastId());
      insert.setString(5, checkpoint.lastHash());
      insert.setLong(6, checkpoint.rowCount());
      insert.setString(7, jws);
      insert.executeUpdate();
    }
    LOG.info(() -> "Audit checkpoint, rows " + checkpoint.firstId() + " to " + checkpoint.lastId() + ": " + jws);
    trail.record(AuditEvent.AUDIT_CHECKPOINT_SIGNED, new AuditContext(null, null, null), null, null);
  }

  private String signed(AuditVerification.Checkpoint checkpoint, Instant now) {
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("first_id", checkpoint.firstId());
    content.put("first_previous_hash", checkpoint.firstPreviousHash());
    content.put("last_id", checkpoint.lastId());
    content.put("last_hash", checkpoint.lastHash());
    content.put("row_count", checkpoint.rowCount());
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(configuration.settings().issuer().url());
    claims.setIssuedAt(org.jose4j.jwt.NumericDate.fromSeconds(now.getEpochSecond()));
    claims.setClaim(SignedCheckpoint.CLAIM, content);
    return signingKeys.signer().sign(claims, null, null);
  }

  private Instant lastSignedAt() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return lastSignedAt(connection);
    }
  }

  private static Instant lastSignedAt(Connection connection) throws SQLException {
    try (ResultSet row = connection.createStatement().executeQuery("SELECT MAX(signed_at) FROM audit_checkpoint")) {
      row.next();
      Timestamp last = row.getTimestamp(1);
      return last == null ? Instant.EPOCH : last.toInstant();
    }
  }
}
