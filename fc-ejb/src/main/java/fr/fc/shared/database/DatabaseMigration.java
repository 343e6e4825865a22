package fr.fc.shared.database;

import fr.fc.shared.schema.SchemaMigrations;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Objects;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the pending schema migrations (DatabaseStartup calls it until the database answers).
 * Several nodes starting together are safe: Flyway serialises them with a database lock.
 */
@Singleton
public class DatabaseMigration {

  /** The JNDI name of fc's data source, created by server-config. */
  public static final String DATA_SOURCE = "jdbc/fc";

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = DATA_SOURCE)
  private DataSource dataSource;

  // Flyway manages its own transactions, one per migration.
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void migrate() {
    MigrateResult result = SchemaMigrations.apply(dataSource);
    LOG.info(
        () ->
            "Database schema at version "
                + Objects.requireNonNullElse(result.targetSchemaVersion, result.initialSchemaVersion)
                + " ("
                + result.migrationsExecuted
                + " migration(s) applied)");
  }
}
