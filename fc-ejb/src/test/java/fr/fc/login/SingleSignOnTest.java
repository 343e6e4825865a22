package fr.fc.login;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.oidc.AuthorizationRequest;
import fr.fc.session.SsoSession;
import fr.fc.shared.config.Platform;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When another SP's login may reuse the browser's fc session (contract section 2.2). */
class SingleSignOnTest {

  private static final long AUTH_TIME = 1_800_000_000L;
  private static final long TEN_MINUTES_LATER = AUTH_TIME + 600;

  private static SsoSession session(String acr) {
    return new SsoSession("sid", "impots", null, new LinkedHashMap<>(), acr, List.of(), AUTH_TIME, "idp-id-token");
  }

  private static AuthorizationRequest request(String acr, String idpHint) {
    return request(acr, idpHint, null);
  }

  private static AuthorizationRequest request(String acr, String idpHint, Long maxAge) {
    return new AuthorizationRequest(
        "sp", "https://sp.example.gouv.fr/callback", List.of("openid"), "state", "n".repeat(22), acr, List.of(),
        null, false, idpHint, null, maxAge);
  }

  private static AuthorizationRequest plusRequest(String acr) {
    return new AuthorizationRequest(
        "sp", "https://sp.example.gouv.fr/callback", List.of("openid"), "state", "n".repeat(22), acr, List.of(),
        null, false, null, null, null, Platform.PLUS);
  }

  @Test
  void onFranceConnectPlusAnEidas2SessionServesForTenMinutesAndEidas3Never() {
    assertTrue(SingleSignOn.applies(session("eidas2"), plusRequest("eidas2"), true, TEN_MINUTES_LATER));
    assertFalse(SingleSignOn.applies(session("eidas2"), plusRequest("eidas2"), true, TEN_MINUTES_LATER + 1));
    assertFalse(SingleSignOn.applies(session("eidas2"), plusRequest("eidas3"), true, AUTH_TIME), "a higher level");
    assertFalse(SingleSignOn.applies(session("eidas3"), plusRequest("eidas3"), true, AUTH_TIME), "eidas3 always logs in again");
    assertFalse(SingleSignOn.applies(session("eidas3"), plusRequest("eidas2"), true, AUTH_TIME));
    assertFalse(SingleSignOn.applies(session("eidas1"), plusRequest("eidas2"), true, AUTH_TIME), "a standard session");
    assertFalse(SingleSignOn.applies(session("eidas2"), request("eidas1", null), true, AUTH_TIME), "nor the other way");
  }

  private static boolean applies(SsoSession session, AuthorizationRequest request, boolean offered) {
    return SingleSignOn.applies(session, request, offered, TEN_MINUTES_LATER);
  }

  @Test
  void aStandardSessionServesAnotherSpAskingTheSameLevel() {
    assertTrue(applies(session("eidas1"), request("eidas1", null), true));
    assertTrue(applies(session("eidas1"), request("eidas1", "impots"), true), "its own IdP hinted");
  }

  @Test
  void notForAHigherLevelNorASessionLevelThatMustReauthenticate() {
    assertFalse(applies(session("eidas1"), request("eidas2", null), true));
    assertFalse(applies(session("eidas3"), request("eidas1", null), true), "eidas3 always logs in again");
  }

  @Test
  void notWhenItsIdpIsNoLongerOfferedOrTheSpNamesAnother() {
    assertFalse(applies(session("eidas1"), request("eidas1", null), false));
    assertFalse(applies(session("eidas1"), request("eidas1", "ameli"), true));
  }

  @Test
  void notWhenTheSpAsksForAMoreRecentAuthentication() {
    assertTrue(applies(session("eidas1"), request("eidas1", null, 600L), true));
    assertFalse(applies(session("eidas1"), request("eidas1", null, 599L), true));
    assertFalse(
        SingleSignOn.applies(session("eidas1"), request("eidas1", null, 0L), true, AUTH_TIME), "max_age=0: always log in again");
  }
}
