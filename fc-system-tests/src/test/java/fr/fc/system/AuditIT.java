package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.audit.AuditChain.StoredRow;
import fr.fc.audit.AuditContext;
import fr.fc.audit.AuditEvent;
import fr.fc.audit.AuditRecord;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The audit trail logins leave in PostgreSQL: one event per step, pseudonymous, in an intact keyed chain. */
@ExtendWith(SystemTest.class)
class AuditIT {

  @Test
  void aCompleteLoginLeavesOneEventPerStepUnderOneFlowId(FcPlatform fc) throws Exception {
    String flow = AuditTrailRows.completeLogin(fc);

    List<StoredRow> rows =
        AuditTrailRows.awaitRow(fc, row -> flow.equals(row.record().flowId()) && row.record().event() == AuditEvent.USERINFO_ANSWERED);

    List<AuditRecord> login = AuditTrailRows.ofFlow(rows, flow).stream().map(StoredRow::record).toList();
    assertEquals(AuditTrailRows.COMPLETE_LOGIN, login.stream().map(AuditRecord::event).toList());
    AuditRecord token = login.get(8);
    assertEquals(TokenIT.CLIENT_ID, token.spClientId());
    assertEquals("impots", token.idpId());
    assertEquals("eidas1", token.acr());
    assertTrue(token.sub().endsWith("v1"), "pseudonymous: the SP's sub");
    assertEquals(token.sub(), login.get(9).sub());
    for (AuditRecord record : login) {
      assertEquals("127.0.0.1", record.clientAddress(), record.event().name());
      assertNotNull(record.userAgent(), record.event().name());
      assertNotNull(record.node());
      assertFalse(record.toString().contains("DUBOIS"), "no identity in the trail");
    }
    AuditTrailRows.verify(fc).findings().forEach(finding -> { throw new AssertionError("chain: " + finding); });
  }

  @Test
  void aRefusedAuthorizeTokenOrUserinfoLeavesItsRefusalWithTheCode(FcPlatform fc) throws Exception {
    String unknownClient = "unknown-" + UUID.randomUUID();
    Map<String, String> authorize = AuthorizeIT.request(fc);
    authorize.put("client_id", unknownClient);
    AuthorizeIT.authorize(fc, authorize);
    String unknownToken = "token-" + UUID.randomUUID();
    fc.http().send(HttpRequest.newBuilder(fc.url("/api/v2/userinfo")).header("Authorization", "Bearer " + unknownToken).GET().build());
    long before = AuditTrailRows.all(fc).stream().mapToLong(StoredRow::id).max().orElse(0);
    TokenIT.redeem(fc, "no-such-code", TokenIT.CLIENT_ID, TokenIT.SECRET);

    List<StoredRow> rows =
        AuditTrailRows.awaitRow(fc, row -> row.id() > before && row.record().event() == AuditEvent.TOKEN_REFUSED);

    AuditRecord authorizeRefused = only(rows, row -> unknownClient.equals(row.record().spClientId()));
    assertEquals(AuditEvent.AUTHORIZE_REFUSED, authorizeRefused.event());
    assertTrue(authorizeRefused.errorCode().matches("Y[0-9A-F]{6,7}"), authorizeRefused.errorCode());
    AuditRecord tokenRefused = only(rows, row -> row.id() > before && row.record().event() == AuditEvent.TOKEN_REFUSED);
    assertEquals(TokenIT.CLIENT_ID, tokenRefused.spClientId());
    assertTrue(tokenRefused.errorCode().matches("Y[0-9A-F]{6,7}"), tokenRefused.errorCode());
    assertTrue(
        rows.stream().anyMatch(row -> row.record().event() == AuditEvent.USERINFO_REFUSED),
        "the unknown access token's refusal");
  }

  @Test
  void aRegisterRefusalIsTheOneFailureOfItsStep(FcPlatform fc) throws Exception {
    long before = AuditTrailRows.all(fc).stream().mapToLong(StoredRow::id).max().orElse(0);
    Browser citizen = new Browser();
    assertEquals(403, citizen.follow(BrokeredLoginIT.submitIdpLogin(fc, citizen, "impots", "rnipp_inconnu")).statusCode());

    List<StoredRow> rows =
        AuditTrailRows.awaitRow(fc, row -> row.id() > before && row.record().event() == AuditEvent.RNIPP_INVALID);
    String flow =
        rows.stream().filter(row -> row.id() > before && row.record().event() == AuditEvent.RNIPP_INVALID)
            .findFirst().orElseThrow().record().flowId();

    List<AuditRecord> failures =
        AuditTrailRows.ofFlow(rows, flow).stream()
            .map(StoredRow::record)
            .filter(record -> record.outcome() == AuditEvent.Outcome.FAILURE)
            .toList();
    assertEquals(1, failures.size(), failures.toString());
    assertEquals("Y010008", failures.get(0).errorCode());
  }

  @Test
  void anSsoLoginIsAuditedAndAsksNeitherTheIdpNorTheRegister(FcPlatform fc) throws Exception {
    Browser browser = new Browser();
    BrokeredLoginIT.loginThrough(fc, browser, AuthorizeIT.url(fc, AuthorizeIT.request(fc)), "impots", "test");
    Map<String, String> second = AuthorizeIT.request(fc, RequestObjectIT.LEGACY_SP);
    second.put("scope", "openid profile");
    URI information = Browser.location(browser.get(AuthorizeIT.url(fc, second)));
    String[] path = information.getPath().split("/");
    String flow = AuditContext.flowIdOf(path[path.length - 2]);

    List<StoredRow> rows =
        AuditTrailRows.awaitRow(fc, row -> flow.equals(row.record().flowId()) && row.record().event() == AuditEvent.SSO_SESSION_REUSED);

    List<AuditRecord> login = AuditTrailRows.ofFlow(rows, flow).stream().map(StoredRow::record).toList();
    assertEquals(List.of(AuditEvent.AUTHORIZE_INITIATED, AuditEvent.SSO_SESSION_REUSED), login.stream().map(AuditRecord::event).toList());
    assertEquals("impots", login.get(1).idpId());
    assertTrue(login.get(1).sub().endsWith("v1"), "the second SP's own sub");
  }

  private static AuditRecord only(List<StoredRow> rows, java.util.function.Predicate<StoredRow> condition) {
    List<StoredRow> matching = rows.stream().filter(condition).toList();
    assertEquals(1, matching.size(), matching.toString());
    return matching.get(0).record();
  }
}
