package fr.fc.shared.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Brings the database up to date when fc is deployed, and again every few seconds until it
 * answers: fc starts even while its database is away (readiness says DOWN), and serves once it is
 * back, without a redeployment.
 */
@Singleton
@Startup
@DependsOn({"Configuration", "SecretEncryption"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseStartup {

  static final long RETRY_MILLIS = 5_000;

  private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());

  @EJB private DatabaseMigration migration;
  @Inject private Event<SchemaReady> schemaReady;
  @Resource private TimerService timers;

  private volatile boolean ready;

  @PostConstruct
  void start() {
    prepare();
  }

  @Timeout
  void retry() {
    prepare();
  }

  /** Whether the schema is migrated and what depends on it loaded. */
  public boolean isReady() {
    return ready;
  }

  private void prepare() {
    try {
      migration.migrate();
      schemaReady.fire(new SchemaReady());
      ready = true;
    } catch (RuntimeException e) {
      LOG.warning(() -> "Database not ready (" + rootCause(e) + "); trying again in " + RETRY_MILLIS / 1000 + " s");
      timers.createSingleActionTimer(RETRY_MILLIS, new TimerConfig(null, false));
    }
  }

  private static String rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }
}
