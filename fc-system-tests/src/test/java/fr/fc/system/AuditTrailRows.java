package fr.fc.system;

import fr.fc.audit.AuditChain;
import fr.fc.audit.AuditChain.StoredRow;
import fr.fc.audit.AuditEvent;
import fr.fc.audit.AuditRows;
import fr.fc.audit.AuditVerification;
import fr.fc.audit.SignedCheckpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The audit trail as fc stored it in PostgreSQL, and complete logins whose trail the tests read. */
final class AuditTrailRows {

  /** The events of a complete login through the choice page, the demo IdP, the register, token and userinfo. */
  static final List<AuditEvent> COMPLETE_LOGIN =
      List.of(
          AuditEvent.AUTHORIZE_INITIATED, AuditEvent.IDP_CHOICE_SHOWN, AuditEvent.IDP_REDIRECTED,
          AuditEvent.IDP_IDENTITY_RECEIVED, AuditEvent.RNIPP_REQUESTED, AuditEvent.RNIPP_VALID,
          AuditEvent.INFORMATION_PAGE_SHOWN, AuditEvent.REDIRECTED_TO_SP, AuditEvent.TOKEN_ISSUED,
          AuditEvent.USERINFO_ANSWERED);

  private AuditTrailRows() {}

  /** One complete login of the demo SP, in a fresh browser, to userinfo; its flow id in the trail. */
  static String completeLogin(FcPlatform fc) throws Exception {
    return new RoutedLogin(fc, new Browser(), List.of(fc.url(""))).run(true).flowId();
  }

  /** One complete login, and its rows once the last of them has reached the trail. */
  static List<StoredRow> completeLoginInTheTrail(FcPlatform fc) throws Exception {
    String flow = completeLogin(fc);
    return ofFlow(
        awaitRow(fc, row -> flow.equals(row.record().flowId()) && row.record().event() == AuditEvent.USERINFO_ANSWERED), flow);
  }

  static List<StoredRow> all(FcPlatform fc) throws Exception {
    List<StoredRow> rows = new ArrayList<>();
    try (Connection database = fc.database();
        ResultSet row =
            database.createStatement().executeQuery("SELECT " + AuditRows.COLUMNS + " FROM audit_event ORDER BY id")) {
      while (row.next()) {
        rows.add(AuditRows.read(row));
      }
    }
    return rows;
  }

  /**
   * The rows of one flow's steps, in order: without the event of the e-mail telling the citizen of
   * the login, which fc sends off the request path and so records at no fixed place among them.
   */
  static List<StoredRow> ofFlow(List<StoredRow> rows, String flowId) {
    return rows.stream().filter(row -> flowId.equals(row.record().flowId()) && !isNotice(row)).toList();
  }

  static boolean isNotice(StoredRow row) {
    return row.record().event() == AuditEvent.LOGIN_NOTICE_SENT || row.record().event() == AuditEvent.LOGIN_NOTICE_FAILED;
  }

  /** The whole trail, once a row matching the condition has reached it (writes take about a second). */
  static List<StoredRow> awaitRow(FcPlatform fc, Predicate<StoredRow> condition) throws Exception {
    for (int attempt = 0; attempt < 60; attempt++) {
      List<StoredRow> rows = all(fc);
      if (rows.stream().anyMatch(condition)) {
        return rows;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("No such row reached the trail");
  }

  /** The key fc generated for its chain, as an auditor would be given it. */
  static Path chainKeyFile(FcPlatform fc) {
    return fc.configDirectory().resolve("fc-audit-chain-key");
  }

  /** The whole trail checked as an auditor would, from fc's last signed checkpoint (a purge may have cut it). */
  static AuditVerification.Report verify(FcPlatform fc) throws Exception {
    byte[] key = HexFormat.of().parseHex(Files.readString(chainKeyFile(fc)).trim());
    Optional<AuditVerification.Checkpoint> checkpoint =
        Optional.of(SignedCheckpoint.verify(latestCheckpoint(fc, 0), fc.http().get(fc.url("/api/v2/jwks")).body()));
    AuditVerification verification =
        new AuditVerification(
            new AuditChain(key), new AuditVerification.Anchor(checkpoint.get().firstId(), checkpoint.get().firstPreviousHash()),
            checkpoint);
    all(fc).forEach(verification::check);
    return verification.report();
  }

  /** The JWS of the last checkpoint fc signed, once one covers this row (they come every few seconds). */
  static String latestCheckpoint(FcPlatform fc, long row) throws Exception {
    for (int attempt = 0; attempt < 40; attempt++) {
      try (Connection database = fc.database();
          ResultSet last =
              database.createStatement().executeQuery("SELECT last_id, jws FROM audit_checkpoint ORDER BY id DESC LIMIT 1")) {
        if (last.next() && last.getLong(1) >= row) {
          return last.getString(2);
        }
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no checkpoint covers row " + row);
  }
}
