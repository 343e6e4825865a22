package fr.fc.sandbox.idp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

class SignedUserinfoTest {

  @Test
  void namesTheIdpAndTheClientThenCarriesTheAccountsClaims() throws Exception {
    Map<String, DemoIdp> idps = IdpCatalogue.create("http://localhost:7100", AuthorizationCodeGrantTest.SECRET);
    DemoIdp legacy = idps.get(IdpCatalogue.LEGACY);
    AuthorizationRequest request =
        AuthorizationRequest.of(TestRequests.authorization(), legacy.id(), Language.FRENCH);
    DemoAccount account = new DemoAccount("test", "123", Map.of("family_name", "DUBOIS"));

    JwtClaims claims = SignedUserinfo.claims(legacy, new Authentication(request, account, Instant.now(), "s"));

    assertEquals("http://localhost:7100/idp/historique", claims.getIssuer());
    assertEquals(List.of("fc"), claims.getAudience());
    assertEquals(account.subjectAt("historique"), claims.getSubject());
    assertEquals("DUBOIS", claims.getStringClaimValue("family_name"));
    assertTrue(legacy.signsUserinfo());
    assertFalse(idps.get("impots").signsUserinfo(), "the other demo IdPs answer JSON");
  }
}
