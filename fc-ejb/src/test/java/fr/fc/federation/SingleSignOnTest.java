package fr.fc.federation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.oidc.AuthorizationRequest;
import fr.fc.session.SsoSession;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When another SP's login may reuse the browser's fc session (contract section 2.2). */
class SingleSignOnTest {

  private static SsoSession session(String acr) {
    return new SsoSession("sid", "impots", null, new LinkedHashMap<>(), acr, List.of(), 0, "idp-id-token");
  }

  private static AuthorizationRequest request(String acr, String idpHint) {
    return new AuthorizationRequest(
        "sp", "https://sp.example.gouv.fr/callback", List.of("openid"), "state", "n".repeat(22), acr, List.of(),
        null, false, idpHint, null);
  }

  @Test
  void aStandardSessionServesAnotherSpAskingTheSameLevel() {
    assertTrue(SingleSignOn.applies(session("eidas1"), request("eidas1", null), true));
    assertTrue(SingleSignOn.applies(session("eidas1"), request("eidas1", "impots"), true), "its own IdP hinted");
  }

  @Test
  void notForAHigherLevelNorASessionLevelThatMustReauthenticate() {
    assertFalse(SingleSignOn.applies(session("eidas1"), request("eidas2", null), true));
    assertFalse(SingleSignOn.applies(session("eidas3"), request("eidas1", null), true), "eidas3 always logs in again");
  }

  @Test
  void notWhenItsIdpIsNoLongerOfferedOrTheSpNamesAnother() {
    assertFalse(SingleSignOn.applies(session("eidas1"), request("eidas1", null), false));
    assertFalse(SingleSignOn.applies(session("eidas1"), request("eidas1", "ameli"), true));
  }
}
