package fr.fc.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fr.fc.registry.RegisteredDataProvider;
import fr.fc.session.AccessToken;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a data provider learns of an access token: its own scopes, its own sub, the register's identity. */
class TokenIntrospectionTest {

  private static final RegisteredDataProvider DGFIP =
      new RegisteredDataProvider(
          "dgfip", "DGFiP", "dgfip-dp", "hash", Set.of("dgfip_rfr", "dgfip_nbpart"), "https://dp.example.gouv.fr/jwks",
          "ES256", "ECDH-ES", "A256GCM", null);

  private static AccessToken token(List<String> scopes) {
    LinkedHashMap<String, Object> identity = new LinkedHashMap<>();
    identity.put("given_name", "Angela Claire");
    identity.put("given_name_array", List.of("Angela", "Claire"));
    identity.put("family_name", "DUBOIS");
    identity.put("birthdate", "1962-08-24");
    identity.put("gender", "female");
    identity.put("birthplace", "75107");
    identity.put("birthcountry", "99100");
    identity.put("email", "angela.dubois@example.fr");
    identity.put("idp_birthdate", "1962-08-24");
    return new AccessToken("the-token", "sp", scopes, "sp-sub", "eidas1", identity, "impots", 1_700_000_000L, 1_700_000_060L, "flow");
  }

  @Test
  void tellsTheProviderOnlyTheGrantedScopesItServes() {
    Map<String, Object> introspection =
        TokenIntrospection.active(token(List.of("openid", "profile", "dgfip_rfr", "dgfip_sitfam")), DGFIP, "dp-sub");

    assertEquals("dgfip_rfr", introspection.get("scope"));
    assertEquals(true, introspection.get("active"));
    assertEquals("sp", introspection.get("aud"));
    assertEquals("dp-sub", introspection.get("sub"));
    assertEquals(1_700_000_000L, introspection.get("iat"));
    assertEquals(1_700_000_060L, introspection.get("exp"));
    assertEquals("eidas1", introspection.get("acr"));
  }

  @Test
  void aTokenWithNoneOfItsScopesGivesAnEmptyScope() {
    assertEquals("", TokenIntrospection.active(token(List.of("openid", "profile")), DGFIP, "dp-sub").get("scope"));
  }

  @Test
  void carriesTheRegistersIdentityAndNothingElseOfTheCitizen() {
    Map<String, Object> introspection = TokenIntrospection.active(token(List.of("openid", "dgfip_rfr")), DGFIP, "dp-sub");

    assertEquals("DUBOIS", introspection.get("family_name"));
    assertEquals(List.of("Angela", "Claire"), introspection.get("given_name_array"));
    assertEquals("75107", introspection.get("birthplace"));
    assertFalse(introspection.containsKey("email"));
    assertFalse(introspection.containsKey("idp_birthdate"));
    assertFalse(introspection.containsValue("sp-sub"), "never the SP's sub");
  }

  @Test
  void namesTheTokenWithoutGivingItBack() {
    String jti = (String) TokenIntrospection.active(token(List.of("openid")), DGFIP, "dp-sub").get("jti");

    assertNotEquals("the-token", jti);
    assertEquals(43, jti.length());
    assertEquals(jti, TokenIntrospection.jti("the-token"), "stable");
  }

  @Test
  void anInactiveTokenSaysSoAndNothingMore() {
    assertEquals(Map.of("active", false), TokenIntrospection.inactive());
  }

  @Test
  void anExpiredUnknownOrRevokedTokenIsInactive() {
    AccessToken token = token(List.of("openid", "dgfip_rfr"));

    assertEquals(true, TokenIntrospection.of(Optional.of(token), 1_700_000_059L, DGFIP, live -> "dp-sub").get("active"));
    assertEquals(Map.of("active", false), TokenIntrospection.of(Optional.of(token), 1_700_000_060L, DGFIP, live -> "dp-sub"));
    assertEquals(Map.of("active", false), TokenIntrospection.of(Optional.empty(), 1_700_000_000L, DGFIP, live -> "dp-sub"));
  }
}
