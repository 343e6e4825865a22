package fr.fc.citizen;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A citizen's connections as the audit trail has them, found through the index by their pseudonym:
 * each one's login event, the data providers that answered its token, and whether the citizen
 * reported it. Nothing is copied out of the trail.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ConnectionHistory {

  /** More than a citizen makes in six months; the page and the export stop there. */
  static final int MAX_CONNECTIONS = 1000;
  /** Data providers' checks and reports read at most, however often a provider checked a token. */
  static final int MAX_FOLLOWING_EVENTS = 10_000;

  private static final String CONNECTIONS =
      "SELECT e.flow_id, e.occurred_at, e.sp_client_id, e.idp_id, e.acr FROM citizen_event c"
          + " JOIN audit_event e ON e.id = c.event_id WHERE c.citizen = ? AND c.occurred_at >= ?"
          + " ORDER BY c.occurred_at DESC, c.event_id DESC";

  private static final String FOLLOWING_EVENTS =
      "SELECT e.flow_id, e.occurred_at, e.event, e.detail FROM citizen_event c"
          + " JOIN audit_event l ON l.id = c.event_id JOIN audit_event e ON e.flow_id = l.flow_id"
          + " WHERE c.citizen = ? AND c.occurred_at >= ? AND (e.event = 'CHECKTOKEN_ANSWERED' AND e.error_code IS NULL"
          + " OR e.event = 'MISUSE_REPORTED' AND e.sub = ?) ORDER BY e.occurred_at";

  @Resource(lookup = "jdbc/fc")
  private DataSource dataSource;

  /** The citizen's connections since {@code since}, newest first. */
  public List<Logged> of(String citizen, Instant since) {
    try (Connection connection = dataSource.getConnection()) {
      Map<String, Logged> byFlow = connections(connection, citizen, since);
      try (PreparedStatement select = connection.prepareStatement(FOLLOWING_EVENTS)) {
        select.setMaxRows(MAX_FOLLOWING_EVENTS);
        select.setString(1, citizen);
        select.setTimestamp(2, Timestamp.from(since));
        select.setString(3, citizen);
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            Logged login = byFlow.get(row.getString(1));
            if (login == null) {
              continue;
            }
            if ("MISUSE_REPORTED".equals(row.getString(3))) {
              login.reported = true;
            } else {
              login.checks.add(new Check(row.getTimestamp(2).toInstant(), row.getString(4)));
            }
          }
        }
      }
      return new ArrayList<>(byFlow.values());
    } catch (SQLException e) {
      throw new IllegalStateException("The citizen's connections cannot be read", e);
    }
  }

  private static Map<String, Logged> connections(Connection connection, String citizen, Instant since)
      throws SQLException {
    Map<String, Logged> byFlow = new LinkedHashMap<>();
    try (PreparedStatement select = connection.prepareStatement(CONNECTIONS)) {
      select.setString(1, citizen);
      select.setTimestamp(2, Timestamp.from(since));
      select.setMaxRows(MAX_CONNECTIONS);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          byFlow.putIfAbsent(
              row.getString(1),
              new Logged(row.getString(1), row.getTimestamp(2).toInstant(), row.getString(3), row.getString(4),
                  row.getString(5)));
        }
      }
    }
    return byFlow;
  }

  /** A login as the trail has it: ids, not names. */
  public static final class Logged {
    final String flowId;
    final Instant at;
    final String spClientId;
    final String idpId;
    final String acr;
    final List<Check> checks = new ArrayList<>();
    boolean reported;

    Logged(String flowId, Instant at, String spClientId, String idpId, String acr) {
      this.flowId = flowId;
      this.at = at;
      this.spClientId = spClientId;
      this.idpId = idpId;
      this.acr = acr;
    }
  }

  /** A data provider's check of the login's token; its detail names the provider. */
  record Check(Instant at, String detail) {}
}
