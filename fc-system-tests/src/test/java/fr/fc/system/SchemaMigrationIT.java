package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Deploying fc brought its PostgreSQL database to the schema of its Flyway migrations. */
@ExtendWith(SystemTest.class)
class SchemaMigrationIT {

  @Test
  void flywayAppliedEveryMigrationOnPostgresql(FcPlatform fc) throws Exception {
    List<String> applied = new ArrayList<>();
    try (Connection database = fc.database();
        ResultSet rows =
            database
                .createStatement()
                .executeQuery(
                    "SELECT version, success FROM flyway_schema_history"
                        + " WHERE version IS NOT NULL ORDER BY installed_rank")) {
      while (rows.next()) {
        assertTrue(rows.getBoolean("success"), "migration " + rows.getString("version") + " failed");
        applied.add(rows.getString("version"));
      }
    }
    assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16"), applied);
  }

  @Test
  void theRegistryTablesExistAndBelongToFc(FcPlatform fc) throws Exception {
    try (Connection database = fc.database();
        ResultSet rows =
            database
                .createStatement()
                .executeQuery(
                    "SELECT tablename, tableowner FROM pg_tables WHERE schemaname = 'public'"
                        + " AND tablename LIKE 'service_provider%' ORDER BY tablename")) {
      List<String> tables = new ArrayList<>();
      while (rows.next()) {
        assertEquals(FcPlatform.DB_USER, rows.getString("tableowner"));
        tables.add(rows.getString("tablename"));
      }
      assertEquals(
          List.of(
              "service_provider",
              "service_provider_post_logout_uri",
              "service_provider_redirect_uri"),
          tables);
    }
  }
}
