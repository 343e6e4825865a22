package fr.fc.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.fc.identity.PivotIdentity;
import fr.fc.session.AccessToken;
import fr.fc.shared.config.Platform;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A data provider reconciles on the register's identity, whatever the SP's platform (contract 1.8, 3). */
class RegisteredIdentityTest {

  private static final PivotIdentity REGISTERED =
      new PivotIdentity("Angela Claire Louise", List.of("Angela", "Claire", "Louise"), "DUBOIS", "1962-08-24",
          "female", "75107", "99100", "angela@example.fr", null);

  private static AccessToken token(Map<String, Object> identity, Platform platform) {
    return new AccessToken(
        "token", "sp", List.of("openid", "dgfip_rfr"), "sub", "eidas2", new LinkedHashMap<>(identity), "idp", 0, 60,
        "flow", platform);
  }

  @Test
  void theStandardPlatformAlreadyTransmitsTheRegistersIdentity() {
    Map<String, Object> standard = REGISTERED.toClaims();

    assertEquals(standard, RegisteredIdentity.of(token(standard, Platform.V2)));
  }

  @Test
  void onFranceConnectPlusItIsReadFromTheRnippClaimsNotTheIdps() {
    Map<String, Object> plus = new LinkedHashMap<>();
    plus.put("given_name", "Angela");
    plus.put("family_name", "DUBOIS-IDP");
    plus.put("email", "angela@example.fr");
    REGISTERED.toClaims().forEach((name, value) -> {
      if (!name.equals("email")) {
        plus.put("rnipp_" + name, value);
      }
    });

    Map<String, Object> registered = RegisteredIdentity.of(token(plus, Platform.PLUS));

    assertEquals(REGISTERED, PivotIdentity.fromClaims(registered), "the same sub for a data provider on both platforms");
    assertEquals("Angela Claire Louise", registered.get("given_name"));
  }
}
