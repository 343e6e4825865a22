package fr.fc.shared.schema;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings a database to fc's schema with the Flyway migrations shipped in this module. */
public final class SchemaMigrations {

  static final String LOCATION = "classpath:db/migration";

  private SchemaMigrations() {}

  /** Applies the pending migrations; the schema history table records each of them. */
  public static MigrateResult apply(DataSource dataSource) {
    return Flyway.configure(SchemaMigrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations(LOCATION)
        .failOnMissingLocations(true)
        .load()
        .migrate();
  }
}
