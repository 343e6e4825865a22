package fr.fc.citizen;

import fr.fc.audit.AuditContext;
import fr.fc.audit.AuditEvent;
import fr.fc.audit.AuditTrail;
import fr.fc.shared.config.Configuration;
import fr.fc.shared.config.Setting;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Forgets, each night, which connections older than fc.space.history-days were whose: the index by
 * citizen loses them, the trail keeps its events (pseudonymous, as long as its own retention says).
 */
@Singleton
public class HistoryRetention {

  private static final Logger LOG = Logger.getLogger(HistoryRetention.class.getName());

  @Resource(lookup = "jdbc/fc")
  private DataSource dataSource;

  @EJB private Configuration configuration;
  @EJB private AuditTrail audit;

  @Schedule(hour = "3", minute = "47", persistent = false)
  void nightly() {
    try {
      purge(Instant.now().minus(Duration.ofDays(configuration.settings().count(Setting.SPACE_HISTORY_DAYS))));
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "The citizens' history was not purged tonight; it will be tomorrow", e);
    }
  }

  /** Deletes the index rows of the connections before {@code cut}; returns how many. */
  public int purge(Instant cut) throws SQLException {
    int deleted;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete = connection.prepareStatement("DELETE FROM citizen_event WHERE occurred_at < ?")) {
      delete.setTimestamp(1, Timestamp.from(cut));
      deleted = delete.executeUpdate();
    }
    audit.record(
        AuditEvent.CITIZEN_HISTORY_PURGED, new AuditContext(null, null, null), null, null,
        "{\"before\":\"" + cut + "\",\"rows\":" + deleted + "}");
    return deleted;
  }
}
