package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.audit.AuditChain.StoredRow;
import fr.fc.audit.AuditEvent;
import fr.fc.audit.AuditRows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Someone with write access to the database alters one audit row and deletes another: the auditor's
 * standalone check, run as its own process with only the database's address and the chain key,
 * names both. The rows are put back afterwards, so the other tests see an intact trail.
 */
@ExtendWith(SystemTest.class)
class AuditTamperingIT {

  @Test
  void theStandaloneCheckNamesAnAlteredRowAndARemovedOne(FcPlatform fc) throws Exception {
    List<StoredRow> login = AuditTrailRows.completeLoginInTheTrail(fc);
    assertEquals(0, checkFromLatestCheckpoint(fc).exitValue(), "intact before");
    long altered = login.get(8).id();
    long removed = login.get(3).id();

    try (Connection database = fc.database()) {
      String originalSub = login.get(8).record().sub();
      String deletedRow = copyOf(database, removed);
      try {
        database.createStatement().executeUpdate("UPDATE audit_event SET sub = 'someone-else' WHERE id = " + altered);
        database.createStatement().executeUpdate("DELETE FROM audit_event WHERE id = " + removed);

        Result tampered = checkFromLatestCheckpoint(fc);

        assertEquals(1, tampered.exitValue(), tampered.output());
        assertTrue(tampered.output().contains("ALTERED: row " + altered + " "), tampered.output());
        assertTrue(tampered.output().contains("REMOVED: row " + removed + " missing"), tampered.output());
        assertTrue(tampered.output().contains("NOT intact"), tampered.output());
      } finally {
        try (PreparedStatement restore = database.prepareStatement("UPDATE audit_event SET sub = ? WHERE id = ?")) {
          restore.setString(1, originalSub);
          restore.setLong(2, altered);
          restore.executeUpdate();
        }
        database.createStatement().executeUpdate(deletedRow);
      }
    }
    assertEquals(0, checkFromLatestCheckpoint(fc).exitValue(), "intact again once the rows are back");
  }

  @Test
  void fcSignsCheckpointsThatTheStandaloneCheckVerifiesWithFcsKeys(FcPlatform fc) throws Exception {
    AuditTrailRows.completeLogin(fc);
    Path checkpoint = Files.createTempFile("audit", ".checkpoint");
    Path jwks = Files.createTempFile("fc", ".jwks");
    try {
      Files.writeString(checkpoint, AuditTrailRows.latestCheckpoint(fc, AuditTrailRows.all(fc).stream().mapToLong(StoredRow::id).max().orElseThrow()));
      Files.writeString(jwks, fc.http().get(fc.url("/api/v2/jwks")).body());

      Result checked = check(fc, "--checkpoint", checkpoint.toString(), "--jwks", jwks.toString());

      assertEquals(0, checked.exitValue(), checked.output());
      assertTrue(checked.output().contains("Checkpoint signed by fc: rows 1 to "), checked.output());
      String jws = Files.readString(checkpoint);
      String[] parts = jws.split("\\.");
      String otherPayload = java.util.Base64.getUrlEncoder().withoutPadding()
          .encodeToString("{\"audit_checkpoint\":{\"first_id\":1,\"last_id\":1}}".getBytes());
      Files.writeString(checkpoint, parts[0] + "." + otherPayload + "." + parts[2]);

      Result forged = check(fc, "--checkpoint", checkpoint.toString(), "--jwks", jwks.toString());

      assertEquals(2, forged.exitValue(), forged.output());
      assertTrue(forged.output().contains("does not verify"), forged.output());
    } finally {
      Files.deleteIfExists(checkpoint);
      Files.deleteIfExists(jwks);
    }
  }

  /** An INSERT that puts the row back as it was. */
  private static String copyOf(Connection database, long id) throws Exception {
    try (ResultSet row = database.createStatement().executeQuery("SELECT " + AuditRows.COLUMNS + " FROM audit_event WHERE id = " + id)) {
      row.next();
      List<String> values = new ArrayList<>();
      for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
        String value = row.getString(column);
        values.add(value == null ? "NULL" : "'" + value.replace("'", "''") + "'");
      }
      return "INSERT INTO audit_event (" + AuditRows.COLUMNS + ") VALUES (" + String.join(", ", values) + ")";
    }
  }

  /** The check from the cut of the last purge, as an auditor who keeps fc's checkpoints runs it. */
  private static Result checkFromLatestCheckpoint(FcPlatform fc) throws Exception {
    Path checkpoint = Files.createTempFile("audit", ".checkpoint");
    Path jwks = Files.createTempFile("fc", ".jwks");
    try {
      Files.writeString(checkpoint, AuditTrailRows.latestCheckpoint(fc, 0));
      Files.writeString(jwks, fc.http().get(fc.url("/api/v2/jwks")).body());
      return check(fc, "--checkpoint", checkpoint.toString(), "--jwks", jwks.toString());
    } finally {
      Files.deleteIfExists(checkpoint);
      Files.deleteIfExists(jwks);
    }
  }

  private record Result(int exitValue, String output) {}

  /** The auditor's command, fc-audit-check.jar in its own JVM: nothing of fc's server in it. */
  private static Result check(FcPlatform fc, String... options) throws Exception {
    Path password = Files.createTempFile("audit-db", ".password");
    Files.writeString(password, FcPlatform.DB_PASSWORD);
    try {
      List<String> command =
          new ArrayList<>(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                  System.getProperty("fc.it.auditCheckJar"), "--url", fc.databaseUrl(), "--user", FcPlatform.DB_USER,
                  "--password-file", password.toString(), "--key-file", AuditTrailRows.chainKeyFile(fc).toString()));
      command.addAll(List.of(options));
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      return new Result(process.waitFor(), output);
    } finally {
      Files.deleteIfExists(password);
    }
  }
}
