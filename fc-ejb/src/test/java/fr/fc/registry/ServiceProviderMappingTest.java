package fr.fc.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.fc.registry.model.ServiceProvider;
import fr.fc.shared.config.Platform;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;

/**
 * Every field of a service provider goes from the import file to the database row to the snapshot
 * the protocol reads, through the one mapping: a field forgotten on the way fails here.
 */
class ServiceProviderMappingTest {

  private static final KnownScopes KNOWN = fr.fc.data.ScopeCatalogue.knownScopesNow();

  private static final String SECRET = "a-legacy-secret-of-at-least-32-bytes!";

  @Test
  void everyFieldOfTheFileReachesTheSnapshot() {
    Map<String, Object> entry =
        Map.ofEntries(
            Map.entry("clientId", "legacy-sp"),
            Map.entry("name", "Mairie"),
            Map.entry("entityId", "mairie"),
            Map.entry("type", "private"),
            Map.entry("clientSecret", SECRET),
            Map.entry("scopes", List.of("openid", "email")),
            Map.entry("redirectUris", List.of("https://sp.example.gouv.fr/cb")),
            Map.entry("postLogoutRedirectUris", List.of("https://sp.example.gouv.fr/bye")),
            Map.entry("idTokenSigningAlg", "HS256"),
            Map.entry("userinfoSigningAlg", "RS256"),
            Map.entry("allowedPrompts", List.of("login")),
            Map.entry("identityConsent", true),
            Map.entry("idpFilterExclude", false),
            Map.entry("idpFilterList", List.of("impots")));

    RegisteredClient snapshot = roundTrip(ServiceProviderMapping.fromJson(entry, KNOWN));

    RegisteredClient expected =
        RegisteredClient.builder("legacy-sp")
            .name("Mairie")
            .entityId("mairie")
            .scopes(Set.of("openid", "email"))
            .redirectUris(Set.of("https://sp.example.gouv.fr/cb"))
            .postLogoutRedirectUris(Set.of("https://sp.example.gouv.fr/bye"))
            .secretHash(ClientSecrets.hash(SECRET))
            .signing("HS256", "RS256", SECRET)
            .allowedPrompts(Set.of("login"))
            .privateSector(true)
            .identityConsent(true)
            .idpFilter(new IdpFilter(false, Set.of("impots")))
            .build();
    assertSameFields(expected, snapshot);
  }

  @Test
  void aSecretFcOnlyVerifiesIsNeverKeptRecoverable() {
    Map<String, Object> entry =
        Map.of("clientId", "sp", "name", "SP", "entityId", "sp", "clientSecret", SECRET, "redirectUris", List.of("http://localhost/cb"));

    RegisteredClient snapshot = roundTrip(ServiceProviderMapping.fromJson(entry, KNOWN));

    assertNull(snapshot.signingSecret());
    assertSameFields(
        RegisteredClient.builder("sp").name("SP").redirectUris(Set.of("http://localhost/cb")).secretHash(ClientSecrets.hash(SECRET)).build(),
        snapshot);
  }

  @Test
  void itsExportReadBackIsTheSameEntryWithoutTheSecret() throws JoseException {
    Map<String, Object> entry =
        Map.ofEntries(
            Map.entry("clientId", "legacy-sp"),
            Map.entry("name", "Mairie de Saint-Étienne"),
            Map.entry("entityId", "mairie"),
            Map.entry("type", "private"),
            Map.entry("category", "local-authority"),
            Map.entry("active", false),
            Map.entry("clientSecret", SECRET),
            Map.entry("scopes", List.of("openid", "email", "openid")),
            Map.entry("redirectUris", List.of("https://sp.example.gouv.fr/cb2", "https://sp.example.gouv.fr/cb", "http://localhost:8080/cb")),
            Map.entry("postLogoutRedirectUris", List.of("https://sp.example.gouv.fr/bye")),
            Map.entry("idTokenSigningAlg", "HS256"),
            Map.entry("userinfoSigningAlg", "RS256"),
            Map.entry("allowedPrompts", List.of("login", "consent")),
            Map.entry("identityConsent", true),
            Map.entry("idpFilterExclude", false),
            Map.entry("idpFilterList", List.of("impots", "ameli")));
    Map<String, Object> exported = ServiceProviderMapping.json(ServiceProviderMapping.fromJson(entry, KNOWN));

    Map<String, Object> again = ServiceProviderMapping.json(ServiceProviderMapping.fromJson(asFile(exported), KNOWN));

    assertEquals(exported, again);
    assertFalse(exported.containsKey("clientSecret"), exported.keySet().toString());
    assertEquals(List.of("http://localhost:8080/cb", "https://sp.example.gouv.fr/cb", "https://sp.example.gouv.fr/cb2"), exported.get("redirectUris"));
  }

  @Test
  void itsExportOfDefaultsReadBackIsTheSameEntry() throws JoseException {
    Map<String, Object> exported =
        ServiceProviderMapping.json(
            ServiceProviderMapping.fromJson(Map.of("clientId", "sp", "name", "SP", "redirectUris", List.of("https://sp.example.gouv.fr/cb")), KNOWN));

    assertEquals(exported, ServiceProviderMapping.json(ServiceProviderMapping.fromJson(exported, KNOWN)));
    assertEquals(exported, ServiceProviderMapping.json(ServiceProviderMapping.fromJson(asFile(exported), KNOWN)));
  }

  @Test
  void aFranceConnectPlusSpNamesItsKeysAndHowFcEncryptsToThem() throws JoseException {
    Map<String, Object> entry =
        Map.of("clientId", "plus", "name", "SP", "redirectUris", List.of("https://sp.example.gouv.fr/cb"),
            "platforms", List.of("plus"), "jwksUri", "https://sp.example.gouv.fr/jwks",
            "userinfoEncryptedResponseAlg", "RSA-OAEP-256", "clientSecret", SECRET);

    RegisteredClient snapshot = roundTrip(ServiceProviderMapping.fromJson(entry, KNOWN));
    Map<String, Object> exported = ServiceProviderMapping.json(ServiceProviderMapping.fromJson(entry, KNOWN));

    assertEquals(Set.of(Platform.PLUS), snapshot.platforms());
    assertEquals(
        new ResponseEncryption("https://sp.example.gouv.fr/jwks", "ECDH-ES", "A256GCM", "RSA-OAEP-256", "A256GCM"),
        snapshot.encryption());
    assertEquals(exported, ServiceProviderMapping.json(ServiceProviderMapping.fromJson(asFile(exported), KNOWN)));
    assertEquals(List.of("plus"), exported.get("platforms"));
  }

  @Test
  void anSpNamingNoPlatformKeepsTheOnesItAlwaysHad() {
    RegisteredClient snapshot =
        roundTrip(ServiceProviderMapping.fromJson(
            Map.of("clientId", "sp", "name", "SP", "redirectUris", List.of("https://sp.example.gouv.fr/cb"), "clientSecret", SECRET),
            KNOWN));

    assertEquals(Set.of(Platform.V1, Platform.V2), snapshot.platforms());
    assertNull(snapshot.encryption());
  }

  @Test
  void aFranceConnectPlusSpFcCannotEncryptToIsRefusedNamingTheField() {
    Map<String, Object> plus =
        Map.of("clientId", "plus", "name", "SP", "redirectUris", List.of("https://sp.example.gouv.fr/cb"), "platforms", List.of("plus"));

    assertRefused("jwksUri", plus);
    assertRefused("idTokenSigningAlg", with(with(plus, "jwksUri", "https://sp.example.gouv.fr/jwks"), "idTokenSigningAlg", "RS256"));
    assertRefused("idTokenEncryptedResponseAlg", with(with(plus, "jwksUri", "https://sp.example.gouv.fr/jwks"), "idTokenEncryptedResponseAlg", "A256KW"));
    assertRefused("userinfoEncryptedResponseAlg", Map.of("clientId", "sp", "name", "SP", "redirectUris", List.of("https://sp.example.gouv.fr/cb"), "userinfoEncryptedResponseAlg", "ECDH-ES"));
    assertRefused("platforms", with(plus, "platforms", List.of("v3")));
    assertRefused("acrs", with(with(plus, "jwksUri", "https://sp.example.gouv.fr/jwks"), "acrs", List.of("eidas1")));
  }

  @Test
  void theCitizensSpaceEntityIsItsAlone() {
    Map<String, Object> entry =
        Map.of("clientId", "sp", "name", "SP", "entityId", "sp", "clientSecret", SECRET, "redirectUris", List.of("http://localhost/cb"));
    assertRefused("entityId", with(entry, "entityId", RegisteredClient.CITIZEN_SPACE));
    assertRefused("entityId", with(with(entry, "clientId", RegisteredClient.CITIZEN_SPACE), "entityId", "another"));
    Map<String, Object> space = with(with(entry, "clientId", RegisteredClient.CITIZEN_SPACE), "entityId", RegisteredClient.CITIZEN_SPACE);
    assertEquals(RegisteredClient.CITIZEN_SPACE, ServiceProviderMapping.fromJson(space, KNOWN).client().entityId());
  }

  private static void assertRefused(String field, Map<String, Object> entry) {
    IllegalArgumentException refused =
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> ServiceProviderMapping.fromJson(entry, KNOWN));
    org.junit.jupiter.api.Assertions.assertTrue(refused.getMessage().startsWith(field + ":"), refused.getMessage());
  }

  private static Map<String, Object> with(Map<String, Object> entry, String field, Object value) {
    Map<String, Object> copy = new java.util.LinkedHashMap<>(entry);
    copy.put(field, value);
    return copy;
  }

  /** The entry as a registry file holds it: written as JSON text and parsed back. */
  private static Map<String, Object> asFile(Map<String, Object> json) throws JoseException {
    return JsonUtil.parseJson(JsonUtil.toJson(json));
  }

  // Field by field, so that a failure names the field (the record's toString hides them, for the secret).
  private static void assertSameFields(RegisteredClient expected, RegisteredClient actual) {
    for (RecordComponent field : RegisteredClient.class.getRecordComponents()) {
      try {
        assertEquals(field.getAccessor().invoke(expected), field.getAccessor().invoke(actual), field.getName());
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    assertEquals(expected, actual);
  }

  private static RegisteredClient roundTrip(ServiceProviderRegistration registration) {
    ServiceProvider row = ServiceProviderMapping.newRow(registration);
    ServiceProviderMapping.register(row, registration);
    row.useSecret(ClientSecrets.hash(registration.clientSecret()), registration.signsWithSecret() ? "sealed:" + registration.clientSecret() : null);
    return ServiceProviderMapping.snapshot(row, sealed -> sealed.substring("sealed:".length()));
  }
}
