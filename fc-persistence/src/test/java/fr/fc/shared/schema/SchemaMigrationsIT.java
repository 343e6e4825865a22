package fr.fc.shared.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The migrations apply, and apply once, on both databases fc runs on. */
class SchemaMigrationsIT {

  @Test
  void migratesPostgresql() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      assertMigratesOnce(postgres.getPostgresDatabase());
    }
  }

  @Test
  void migratesH2() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:fc-migrations;DB_CLOSE_DELAY=-1");
    assertMigratesOnce(h2);
  }

  private static void assertMigratesOnce(DataSource dataSource) throws SQLException {
    MigrateResult first = SchemaMigrations.apply(dataSource);
    assertTrue(first.success);
    assertEquals(16, first.migrationsExecuted);
    assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16"), appliedVersions(dataSource));

    MigrateResult second = SchemaMigrations.apply(dataSource);
    assertEquals(0, second.migrationsExecuted);
    try (Connection connection = dataSource.getConnection()) {
      connection
          .createStatement()
          .executeUpdate(
              "INSERT INTO service_provider (id, client_id, name, entity_id, sp_type, active,"
                  + " id_token_signing_alg, userinfo_signing_alg, created_at, scopes)"
                  + " VALUES (1, 'client', 'SP', 'entity', 'PUBLIC', TRUE, 'ES256', 'ES256',"
                  + " CURRENT_TIMESTAMP, 'openid profile')");
    }
  }

  private static List<String> appliedVersions(DataSource dataSource) throws SQLException {
    List<String> versions = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        ResultSet rows =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL"
                        + " ORDER BY \"installed_rank\"")) {
      while (rows.next()) {
        versions.add(rows.getString(1));
      }
    }
    return versions;
  }
}
