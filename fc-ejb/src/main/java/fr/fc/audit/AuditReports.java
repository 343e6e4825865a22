package fr.fc.audit;

import fr.fc.audit.AuditChain.StoredRow;
import fr.fc.shared.config.Configuration;
import fr.fc.shared.config.Setting;
import fr.fc.crypto.SigningKeys;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jose4j.lang.JoseException;

/** What auditors read of the trail: searches, a login's timeline, daily volumes, the chain's check. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditReports {

  @Resource(lookup = "jdbc/fc")
  private DataSource dataSource;

  @EJB private Configuration configuration;
  @EJB private SigningKeys signingKeys;

  /** The rows the query selects, most recent first. */
  public List<StoredRow> search(AuditQuery query) {
    List<StoredRow> rows = new ArrayList<>();
    String sql = "SELECT " + AuditRows.COLUMNS + " FROM audit_event" + query.where() + " ORDER BY id DESC";
    select(sql, query.parameters(), query.limit(), rows::add);
    return rows;
  }

  /**
   * Every event of one login, in the order they occurred: in a cluster, each node writes the steps
   * it served in its own batches, so the rows' order is not the steps'.
   */
  public List<StoredRow> flow(String flowId) {
    List<StoredRow> rows = new ArrayList<>();
    select("SELECT " + AuditRows.COLUMNS + " FROM audit_event WHERE flow_id = ? ORDER BY occurred_at, id", List.of(flowId), 10_000, rows::add);
    return rows;
  }

  /** Per day and per SP (or IdP), how many steps and how many of them failed, from the first day to the last. */
  public List<DailyVolume> daily(LocalDate first, LocalDate last, boolean byIdp) {
    String key = byIdp ? "idp_id" : "sp_client_id";
    String failures = new AuditQuery(null, null, null, null, null, AuditEvent.Outcome.FAILURE, null, null, null, 1).where();
    String sql =
        "SELECT CAST(occurred_at AS DATE) AS day, " + key + ", COUNT(*), SUM(CASE WHEN "
            + failures.substring(" WHERE ".length()) + " THEN 1 ELSE 0 END) FROM audit_event"
            + " WHERE occurred_at >= ? AND occurred_at < ? AND " + key + " IS NOT NULL"
            + " GROUP BY CAST(occurred_at AS DATE), " + key + " ORDER BY 1, 2";
    List<DailyVolume> volumes = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setTimestamp(1, Timestamp.valueOf(first.atStartOfDay()));
      select.setTimestamp(2, Timestamp.valueOf(last.plusDays(1).atStartOfDay()));
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          volumes.add(new DailyVolume(row.getDate(1).toLocalDate(), row.getString(2), row.getLong(3), row.getLong(4)));
        }
      }
    } catch (SQLException e) {
      throw new AuditUnavailableException(e);
    }
    return volumes;
  }

  /** Checks the whole trail against the chain, from the cut of the last purge, and the last checkpoint. */
  public AuditVerification.Report verify() {
    Optional<AuditVerification.Checkpoint> checkpoint = lastCheckpoint();
    AuditVerification.Anchor start =
        checkpoint.map(c -> new AuditVerification.Anchor(c.firstId(), c.firstPreviousHash()))
            .orElse(AuditVerification.Anchor.GENESIS);
    byte[] key = HexFormat.of().parseHex(configuration.settings().secret(Setting.AUDIT_CHAIN_KEY));
    AuditVerification verification = new AuditVerification(new AuditChain(key), start, checkpoint);
    select("SELECT " + AuditRows.COLUMNS + " FROM audit_event WHERE id >= ? ORDER BY id", List.of(start.firstId()), Integer.MAX_VALUE,
        verification::check);
    return verification.report();
  }

  /** The checkpoints fc signed, most recent first. */
  public List<SignedCheckpointRow> checkpoints(int limit) {
    List<SignedCheckpointRow> rows = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT signed_at, first_id, last_id, row_count, jws FROM audit_checkpoint ORDER BY id DESC")) {
      select.setMaxRows(limit);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          rows.add(new SignedCheckpointRow(
              row.getTimestamp(1).toInstant(), row.getLong(2), row.getLong(3), row.getLong(4), row.getString(5)));
        }
      }
    } catch (SQLException e) {
      throw new AuditUnavailableException(e);
    }
    return rows;
  }

  /**
   * The last checkpoint whose signature is fc's: a row forged in the table is not one. Checked with
   * every key of the file, not only the published ones: it may be older than the last rotation.
   */
  private Optional<AuditVerification.Checkpoint> lastCheckpoint() {
    return checkpoints(1).stream()
        .findFirst()
        .flatMap(
            row -> {
              try {
                return Optional.of(SignedCheckpoint.verify(row.jws(), signingKeys.keys().toPublicJwks()));
              } catch (JoseException | IllegalArgumentException forged) {
                return Optional.empty();
              }
            });
  }

  private void select(String sql, List<Object> parameters, int limit, Consumer<StoredRow> each) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false); // lets PostgreSQL's driver stream a long result
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        select.setFetchSize(500);
        select.setMaxRows(limit);
        for (int i = 0; i < parameters.size(); i++) {
          select.setObject(i + 1, parameters.get(i));
        }
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            each.accept(AuditRows.read(row));
          }
        }
      } finally {
        connection.rollback();
      }
    } catch (SQLException e) {
      throw new AuditUnavailableException(e);
    }
  }

  /** One day of one SP or IdP. */
  public record DailyVolume(LocalDate day, String partner, long steps, long failedSteps) {
    public double failureRate() {
      return steps == 0 ? 0 : (double) failedSteps / steps;
    }
  }

  /** A checkpoint as stored, with its JWS for the auditor to keep. */
  public record SignedCheckpointRow(Instant signedAt, long firstId, long lastId, long rowCount, String jws) {}
}
