package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.audit.AuditChain;
import fr.fc.audit.AuditChain.StoredRow;
import fr.fc.audit.AuditContext;
import fr.fc.audit.AuditEvent;
import fr.fc.audit.AuditRecord;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The audit trail a login leaves in PostgreSQL: its events, pseudonymous, in an intact chain. */
@ExtendWith(SystemTest.class)
class AuditIT {

  @Test
  void aLoginLeavesItsEventsInAnIntactChain(FcPlatform fc) throws Exception {
    long before = rows(fc).stream().mapToLong(StoredRow::id).max().orElse(0);
    URI authorize = AuthorizeIT.url(fc, AuthorizeIT.request(fc));
    BrokeredLoginIT.loginThrough(fc, new Browser(), authorize, "impots", "test");
    Browser refusedCitizen = new Browser();
    assertEquals(403, refusedCitizen.follow(BrokeredLoginIT.submitIdpLogin(fc, refusedCitizen, "impots", "rnipp_inconnu")).statusCode());
    Browser forgedCitizen = new Browser();
    assertEquals(303, forgedCitizen.follow(BrokeredLoginIT.submitIdpLogin(fc, forgedCitizen, "impots", "signature_invalide")).statusCode());

    List<StoredRow> all = awaitRows(fc, before, AuditEvent.IDP_LOGIN_FAILED);

    assertEquals(-1, AuditChain.firstBrokenRow(all), "the whole chain is intact");
    List<StoredRow> rows = all.stream().filter(row -> row.id() > before).toList();
    List<AuditEvent> events = rows.stream().map(row -> row.record().event()).toList();
    for (AuditEvent event :
        List.of(
            AuditEvent.AUTHORIZE_INITIATED, AuditEvent.IDP_REDIRECTED, AuditEvent.IDP_IDENTITY_RECEIVED,
            AuditEvent.RNIPP_REQUESTED, AuditEvent.RNIPP_VALID, AuditEvent.INFORMATION_PAGE_SHOWN,
            AuditEvent.REDIRECTED_TO_SP)) {
      assertTrue(events.contains(event), event + " missing from " + events);
    }
    AuditRecord refused =
        rows.stream().map(StoredRow::record).filter(r -> r.event() == AuditEvent.RNIPP_INVALID).findFirst().orElseThrow();
    assertEquals("Y010008", refused.errorCode());
    AuditRecord failedAtIdp =
        rows.stream().map(StoredRow::record).filter(r -> r.event() == AuditEvent.IDP_LOGIN_FAILED).findFirst().orElseThrow();
    assertEquals("impots", failedAtIdp.idpId());
    assertTrue(failedAtIdp.errorCode().startsWith("Y02"), failedAtIdp.errorCode());
    AuditRecord redirected =
        rows.stream().map(StoredRow::record).filter(r -> r.event() == AuditEvent.REDIRECTED_TO_SP).findFirst().orElseThrow();
    assertTrue(redirected.sub().endsWith("v1"), "pseudonymous: the SP's sub");
    for (StoredRow row : rows) {
      assertFalse(row.record().toString().contains("DUBOIS"), "no identity in the trail");
    }
  }

  @Test
  void anSsoLoginIsAuditedAndAsksNeitherTheIdpNorTheRegister(FcPlatform fc) throws Exception {
    Browser browser = new Browser();
    BrokeredLoginIT.loginThrough(fc, browser, AuthorizeIT.url(fc, AuthorizeIT.request(fc)), "impots", "test");
    long before = rows(fc).stream().mapToLong(StoredRow::id).max().orElse(0);
    Map<String, String> second = AuthorizeIT.request(fc, RequestObjectIT.LEGACY_SP);
    second.put("scope", "openid profile");
    URI information = Browser.location(browser.get(AuthorizeIT.url(fc, second)));
    String[] path = information.getPath().split("/");
    String interaction = AuditContext.of(path[path.length - 2], null, null).interactionRef();

    List<AuditRecord> login =
        awaitRows(fc, before, AuditEvent.SSO_SESSION_REUSED).stream()
            .filter(row -> row.id() > before)
            .map(StoredRow::record)
            .filter(record -> interaction.equals(record.interactionRef()))
            .toList();

    List<AuditEvent> events = login.stream().map(AuditRecord::event).toList();
    assertEquals(List.of(AuditEvent.AUTHORIZE_INITIATED, AuditEvent.SSO_SESSION_REUSED), events);
    assertEquals("impots", login.get(1).idpId());
    assertTrue(login.get(1).sub().endsWith("v1"), "the second SP's own sub");
  }

  /** The whole trail, once an event after the given row has reached it (writes take ~1 s). */
  private static List<StoredRow> awaitRows(FcPlatform fc, long after, AuditEvent last) throws Exception {
    for (int attempt = 0; attempt < 20; attempt++) {
      List<StoredRow> rows = rows(fc);
      if (rows.stream().anyMatch(row -> row.id() > after && row.record().event() == last)) {
        return rows;
      }
      Thread.sleep(500);
    }
    throw new AssertionError(last + " never reached the trail");
  }

  static List<StoredRow> rows(FcPlatform fc) throws Exception {
    List<StoredRow> rows = new ArrayList<>();
    try (Connection database = fc.database();
        ResultSet row =
            database.createStatement().executeQuery("SELECT * FROM audit_event ORDER BY id")) {
      while (row.next()) {
        AuditRecord record =
            new AuditRecord(
                AuditEvent.valueOf(row.getString("event")),
                row.getTimestamp("occurred_at").toInstant(),
                row.getString("interaction_ref"),
                row.getString("sp_client_id"),
                row.getString("idp_id"),
                row.getString("sub"),
                row.getString("error_code"));
        rows.add(new StoredRow(row.getLong("id"), record, row.getString("previous_hash"), row.getString("hash")));
      }
    }
    return rows;
  }
}
