package fr.fc.audit;

import fr.fc.audit.AuditVerification.Anchor;
import fr.fc.audit.AuditVerification.Finding;
import fr.fc.audit.AuditVerification.Report;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The auditor's own check of the trail, outside fc: reads the audit_event table through JDBC,
 * checks every row against the keyed chain, and prints each altered row and each run of removed
 * ones. Exit status 0 when the trail is intact, 1 when it is not, 2 when it cannot be checked.
 *
 * <pre>
 * java -cp fc-ejb.jar:jose4j.jar:postgresql.jar fr.fc.audit.AuditTrailCheck \
 *   --url jdbc:postgresql://host/fc --user auditor --password-file FILE --key-file FILE
 *   [--checkpoint FILE --jwks FILE]
 * </pre>
 *
 * The checkpoint is the last one the auditor kept (a JWS fc signed), checked with fc's JWKS as the
 * auditor kept it too: where the chain starts (after a purge) and the last row it counted (a
 * shorter trail is reported).
 */
public final class AuditTrailCheck {

  private AuditTrailCheck() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  static int run(String[] args, PrintStream out) {
    Map<String, String> options;
    try {
      options = options(args);
      Report report = check(options, out);
      out.println("Rows checked: " + report.rowsChecked() + ", last id: " + report.lastId());
      for (Finding finding : report.findings()) {
        out.println(describe(finding));
      }
      out.println(report.intact() ? "The audit trail is intact." : "The audit trail is NOT intact.");
      return report.intact() ? 0 : 1;
    } catch (IllegalArgumentException | SQLException | java.io.IOException | org.jose4j.lang.JoseException e) {
      out.println("Cannot check the audit trail: " + e.getMessage());
      out.println("Usage: AuditTrailCheck --url JDBC_URL --user USER --password-file FILE --key-file FILE"
          + " [--checkpoint FILE --jwks FILE]");
      return 2;
    }
  }

  static String describe(Finding finding) {
    String rows = finding.firstId() == finding.lastId()
        ? "row " + finding.firstId()
        : "rows " + finding.firstId() + " to " + finding.lastId();
    return switch (finding.kind()) {
      case ROW_ALTERED -> "ALTERED: " + rows + " does not match its hash (changed, or not written by fc)";
      case ROWS_REMOVED -> "REMOVED: " + rows + " missing";
      case LINK_BROKEN -> "BROKEN LINK: " + rows + " does not follow the row before it";
    };
  }

  private static Report check(Map<String, String> options, PrintStream out)
      throws SQLException, java.io.IOException, org.jose4j.lang.JoseException {
    byte[] key = HexFormat.of().parseHex(read(options, "--key-file"));
    Optional<AuditVerification.Checkpoint> checkpoint = options.containsKey("--checkpoint")
        ? Optional.of(SignedCheckpoint.verify(read(options, "--checkpoint"), read(options, "--jwks")))
        : Optional.empty();
    checkpoint.ifPresent(
        signed -> out.println("Checkpoint signed by fc: rows " + signed.firstId() + " to " + signed.lastId()
            + " (" + signed.rowCount() + " rows), last hash " + signed.lastHash()));
    Anchor start = checkpoint.map(c -> new Anchor(c.firstId(), c.firstPreviousHash())).orElse(Anchor.GENESIS);
    AuditVerification verification = new AuditVerification(new AuditChain(key), start, checkpoint);
    try (Connection connection =
            DriverManager.getConnection(required(options, "--url"), required(options, "--user"), read(options, "--password-file"));
        PreparedStatement select =
            connection.prepareStatement("SELECT " + AuditRows.COLUMNS + " FROM audit_event WHERE id >= ? ORDER BY id")) {
      connection.setAutoCommit(false); // lets the PostgreSQL driver stream the rows
      select.setFetchSize(1000);
      select.setLong(1, start.firstId());
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          verification.check(AuditRows.read(rows));
        }
      }
    }
    return verification.report();
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    if (args.length % 2 != 0) {
      throw new IllegalArgumentException("every option takes a value");
    }
    return options;
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException(name + " is missing");
    }
    return value;
  }

  private static String read(Map<String, String> options, String name) throws java.io.IOException {
    return Files.readString(Path.of(required(options, name)), StandardCharsets.UTF_8).trim();
  }
}
