package fr.fc.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;

/**
 * An identity provider's entry as a registry file or an admin call gives it, and as export and
 * diffs show it: every field given, never fc's secret, and read back to the same entry.
 */
class IdentityProviderMappingTest {

  private static final String SECRET = "fc-secret-at-the-idp-of-32-bytes!";

  private static Map<String, Object> entry() {
    Map<String, Object> entry = new HashMap<>();
    entry.put("id", "impots");
    entry.put("title", "impots.gouv.fr");
    entry.put("issuer", "https://idp.example.gouv.fr");
    entry.put("clientId", "fc");
    entry.put("clientSecret", SECRET);
    return entry;
  }

  private static Map<String, Object> everyField() {
    Map<String, Object> entry = entry();
    entry.put("allowedAcrs", List.of("eidas3", "eidas1", "eidas2"));
    entry.put(
        "endpoints",
        Map.of(
            "token_endpoint", "https://idp.example.gouv.fr/token",
            "authorization_endpoint", "https://idp.example.gouv.fr/authorize",
            "jwks_uri", "https://idp.example.gouv.fr/jwks"));
    entry.put("idTokenSigningAlg", "HS256");
    entry.put("userinfoSigningAlg", "RS256");
    entry.put("order", 4);
    entry.put("display", false);
    entry.put("isBeta", true);
    entry.put("available", false);
    entry.put("active", false);
    return entry;
  }

  @Test
  void itsJsonNeverHoldsTheSecret() {
    IdentityProviderRegistration registration = IdentityProviderMapping.fromJson(everyField(), 0);

    Map<String, Object> json = IdentityProviderMapping.json(registration);

    assertEquals(SECRET, registration.clientSecret(), "the entry's secret is read");
    assertFalse(json.containsKey("clientSecret"), json.keySet().toString());
    assertFalse(json.containsValue(SECRET));
    assertFalse(JsonUtil.toJson(json).contains(SECRET));
  }

  @Test
  void itsJsonGivesEveryField() {
    Map<String, Object> json = IdentityProviderMapping.json(IdentityProviderMapping.fromJson(entry(), 0));

    assertEquals(
        List.of("id", "title", "issuer", "clientId", "allowedAcrs", "amr", "endpoints", "idTokenSigningAlg",
            "userinfoSigningAlg", "order", "display", "isBeta", "available", "active"),
        List.copyOf(json.keySet()));
    assertEquals(List.of("eidas1"), json.get("allowedAcrs"), "eidas1 by default");
    assertEquals(Map.of(), json.get("endpoints"), "discovery by default");
    assertEquals(List.of(), json.get("amr"), "the IdP's own by default");
    assertEquals("ES256", json.get("idTokenSigningAlg"));
    assertEquals("ES256", json.get("userinfoSigningAlg"));
    assertEquals(true, json.get("display"));
    assertEquals(false, json.get("isBeta"));
    assertEquals(true, json.get("available"));
    assertEquals(true, json.get("active"));
  }

  @Test
  void anEntryWithoutOrderTakesTheOrderItIsGiven() {
    assertEquals(3, IdentityProviderMapping.json(IdentityProviderMapping.fromJson(entry(), 3)).get("order"));
  }

  @Test
  void anEntrysOwnOrderWins() {
    Map<String, Object> entry = entry();
    entry.put("order", 7);

    assertEquals(7, IdentityProviderMapping.json(IdentityProviderMapping.fromJson(entry, 3)).get("order"));
    entry.put("order", 0);
    assertEquals(0, IdentityProviderMapping.fromJson(entry, 3).order(), "an order of 0 is an order");
  }

  @Test
  void allowedAcrsAreSorted() {
    Map<String, Object> entry = entry();
    entry.put("allowedAcrs", List.of("eidas3", "eidas1", "eidas2", "eidas1"));

    assertEquals(
        List.of("eidas1", "eidas2", "eidas3"),
        IdentityProviderMapping.json(IdentityProviderMapping.fromJson(entry, 0)).get("allowedAcrs"));
  }

  @Test
  void refusesAnAcrFcDoesNotKnowAndAnEmptyList() {
    Map<String, Object> entry = entry();
    entry.put("allowedAcrs", List.of("eidas1", "eidas4"));
    String message = assertThrows(IllegalArgumentException.class, () -> IdentityProviderMapping.fromJson(entry, 0)).getMessage();
    assertTrue(message.startsWith("allowedAcrs:"), message);
    assertTrue(message.contains("eidas4"), message);

    entry.put("allowedAcrs", List.of());
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> IdentityProviderMapping.fromJson(entry, 0))
            .getMessage()
            .startsWith("allowedAcrs:"));
  }

  @Test
  void refusesAnEndpointWithAnUnknownName() {
    Map<String, Object> entry = entry();
    entry.put("endpoints", Map.of("token_endpoint", "https://idp.example.gouv.fr/token", "login_endpoint", "https://idp.example.gouv.fr/login"));

    String message = assertThrows(IllegalArgumentException.class, () -> IdentityProviderMapping.fromJson(entry, 0)).getMessage();

    assertTrue(message.startsWith("endpoints:"), message);
    assertTrue(message.contains("login_endpoint"), message);
  }

  @Test
  void refusesAnEndpointThatIsNotAnAbsoluteUrl() {
    Map<String, Object> entry = entry();
    entry.put("endpoints", Map.of("token_endpoint", "/token"));

    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> IdentityProviderMapping.fromJson(entry, 0))
            .getMessage()
            .startsWith("endpoints:"));
  }

  @Test
  void refusesAFieldNoIdentityProviderHas() {
    Map<String, Object> entry = entry();
    entry.put("beta", true);

    assertEquals(
        "beta: unknown field",
        assertThrows(IllegalArgumentException.class, () -> IdentityProviderMapping.fromJson(entry, 0)).getMessage());
  }

  // docs/registry.md: the id is the idp_hint value, "lowercase letters, digits, -, _, at most 64".
  @Test
  void anIdHoldsOnlyLettersDigitsDotHyphenAndUnderscore() {
    Map<String, Object> entry = entry();
    entry.put("id", "impots-gouv_2");
    assertEquals("impots-gouv_2", IdentityProviderMapping.fromJson(entry, 0).id());

    for (String wrong : List.of("impots gouv", "impots/gouv", "impôts", "i".repeat(65))) {
      entry.put("id", wrong);
      String message = assertThrows(IllegalArgumentException.class, () -> IdentityProviderMapping.fromJson(entry, 0), wrong).getMessage();
      assertTrue(message.startsWith("id:"), message);
    }
  }

  @Test
  void itsExportReadBackIsTheSameEntry() throws JoseException {
    Map<String, Object> exported = IdentityProviderMapping.json(IdentityProviderMapping.fromJson(everyField(), 0));

    Map<String, Object> again = IdentityProviderMapping.json(IdentityProviderMapping.fromJson(asFile(exported), 99));

    assertEquals(exported, again);
    assertEquals(4, again.get("order"), "the exported order, not the file's position");
  }

  @Test
  void itsExportOfDefaultsReadBackIsTheSameEntry() throws JoseException {
    Map<String, Object> exported = IdentityProviderMapping.json(IdentityProviderMapping.fromJson(entry(), 2));

    assertEquals(exported, IdentityProviderMapping.json(IdentityProviderMapping.fromJson(exported, 0)));
    assertEquals(exported, IdentityProviderMapping.json(IdentityProviderMapping.fromJson(asFile(exported), 0)));
  }

  /** The entry as a registry file holds it: written as JSON text and parsed back. */
  static Map<String, Object> asFile(Map<String, Object> json) throws JoseException {
    return JsonUtil.parseJson(JsonUtil.toJson(json));
  }
}
