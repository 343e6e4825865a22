package fr.fc.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryFileTest {

  @TempDir Path directory;

  @Test
  void readsServiceAndIdentityProviders() throws Exception {
    RegistryFile registry =
        read(
            file(
                """
                {"serviceProviders": [{"clientId": "sp", "name": "SP", "entityId": "e", "clientSecret": "s", "redirectUris": ["https://sp.example.gouv.fr/cb"],
                  "scopes": ["openid", "profile"],
                  "idTokenSigningAlg": "RS256"}],
                 "identityProviders": [{"id": "idp", "title": "IdP", "issuer": "https://idp.example.gouv.fr",
                  "clientId": "fc", "clientSecret": "t"},
                  {"id": "manual", "title": "By hand", "issuer": "https://manual.example.gouv.fr",
                   "clientId": "fc", "clientSecret": "t", "available": false, "allowedAcrs": ["eidas1", "eidas2"],
                   "display": false, "isBeta": true,
                   "endpoints": {"token_endpoint": "https://manual.example.gouv.fr/token"}}]}
                """));

    ServiceProviderRegistration sp = registry.serviceProviders().get(0);
    assertEquals(Set.of("openid", "profile"), sp.client().scopes());
    assertEquals("RS256", sp.client().idTokenSigningAlg());
    assertEquals("ES256", sp.client().userinfoSigningAlg(), "ES256 by default");
    assertEquals("https://idp.example.gouv.fr", registry.identityProviders().get(0).issuer());
    assertTrue(registry.identityProviders().get(0).available(), "available unless said otherwise");
    assertTrue(registry.identityProviders().get(0).endpoints().isEmpty(), "discovery unless endpoints");
    IdentityProviderRegistration manual = registry.identityProviders().get(1);
    assertFalse(manual.available());
    assertFalse(manual.displayed(), "hidden from the choice page, reachable by idp_hint");
    assertTrue(manual.beta());
    assertTrue(registry.identityProviders().get(0).displayed(), "displayed unless said otherwise");
    assertFalse(registry.identityProviders().get(0).beta());
    assertEquals("https://manual.example.gouv.fr/token", manual.endpoints().get("token_endpoint"));
    assertEquals(java.util.List.of("eidas1", "eidas2"), manual.allowedAcrs());
    assertFalse(sp.toString().contains("\"s\""), "no secret in toString");
    assertEquals(Set.of(), sp.client().allowedPrompts(), "no prompt honoured unless whitelisted");
    assertFalse(sp.client().privateSector(), "public by default");
    assertFalse(sp.client().identityConsent(), "no consent to collect unless said so");
    assertEquals(IdpFilter.NONE, sp.client().idpFilter(), "every IdP unless filtered");
    assertFalse(registry.identityProviders().get(0).toString().contains("t]"));
  }

  @Test
  void readsThePromptsAnSpIsWhitelistedFor() throws Exception {
    RegistryFile registry =
        read(
            file(
                """
                {"serviceProviders": [{"clientId": "sp", "name": "SP", "entityId": "e", "clientSecret": "s", "redirectUris": ["https://sp.example.gouv.fr/cb"],
                  "allowedPrompts": ["login"]}]}
                """));

    assertEquals(Set.of("login"), registry.serviceProviders().get(0).client().allowedPrompts());

    Path none =
        file(
            """
            {"serviceProviders": [{"clientId": "sp", "name": "SP", "entityId": "e", "clientSecret": "s", "redirectUris": ["https://sp.example.gouv.fr/cb"],
              "allowedPrompts": ["login", "none"]}]}
            """);
    assertTrue(assertThrows(IllegalStateException.class, () -> read(none)).getMessage().contains("allowedPrompts"));
    Path notAList =
        file("{\"serviceProviders\": [{\"clientId\": \"sp\", \"name\": \"SP\", \"entityId\": \"e\", \"clientSecret\": \"s\", \"redirectUris\": [\"https://sp.example.gouv.fr/cb\"], \"allowedPrompts\": \"login\"}]}");
    assertTrue(assertThrows(IllegalStateException.class, () -> read(notAList)).getMessage().contains("allowedPrompts"));
  }

  @Test
  void readsWhetherAPrivateSpMustCollectConsent() throws Exception {
    RegistryFile registry =
        read(
            file(
                """
                {"serviceProviders": [{"clientId": "sp", "name": "SP", "entityId": "e", "clientSecret": "s", "redirectUris": ["https://sp.example.gouv.fr/cb"],
                  "type": "private", "identityConsent": true}]}
                """));

    ServiceProviderRegistration sp = registry.serviceProviders().get(0);
    assertTrue(sp.client().privateSector());
    assertTrue(sp.client().identityConsent());
  }

  @Test
  void readsWhichIdpsAnSpAllows() throws Exception {
    RegistryFile registry =
        read(
            file(
                """
                {"serviceProviders": [{"clientId": "sp", "name": "SP", "entityId": "e", "clientSecret": "s", "redirectUris": ["https://sp.example.gouv.fr/cb"],
                  "idpFilterExclude": false, "idpFilterList": ["impots"]}]}
                """));

    assertEquals(new IdpFilter(false, Set.of("impots")), registry.serviceProviders().get(0).client().idpFilter());
  }

  @Test
  void refusesAnUnknownTypeAndAConsentFlagThatIsNotABoolean() throws Exception {
    Path unknownType =
        file("{\"serviceProviders\": [{\"clientId\": \"sp\", \"name\": \"SP\", \"entityId\": \"e\", \"clientSecret\": \"s\", \"redirectUris\": [\"https://sp.example.gouv.fr/cb\"], \"type\": \"prive\"}]}");
    assertTrue(assertThrows(IllegalStateException.class, () -> read(unknownType)).getMessage().contains("type"));
    Path notABoolean =
        file("{\"serviceProviders\": [{\"clientId\": \"sp\", \"name\": \"SP\", \"entityId\": \"e\", \"clientSecret\": \"s\", \"redirectUris\": [\"https://sp.example.gouv.fr/cb\"], \"identityConsent\": \"yes\"}]}");
    assertTrue(assertThrows(IllegalStateException.class, () -> read(notABoolean)).getMessage().contains("identityConsent"));
  }

  @Test
  void readsTheAlgorithmsIdpsSignWith() throws Exception {
    RegistryFile registry =
        read(
            file(
                """
                {"identityProviders": [{"id": "keys", "title": "IdP", "issuer": "https://idp.example.gouv.fr",
                  "clientId": "fc", "clientSecret": "t"},
                  {"id": "legacy", "title": "Legacy", "issuer": "https://legacy.example.gouv.fr",
                   "clientId": "fc", "clientSecret": "a-legacy-idp-secret-of-32-bytes!",
                   "idTokenSigningAlg": "HS256", "userinfoSigningAlg": "HS256"}]}
                """));

    IdentityProviderRegistration keys = registry.identityProviders().get(0);
    assertEquals("ES256", keys.idTokenSigningAlg(), "ES256 by default");
    assertEquals("ES256", keys.userinfoSigningAlg());
    IdentityProviderRegistration legacy = registry.identityProviders().get(1);
    assertEquals("HS256", legacy.idTokenSigningAlg());
    assertEquals("HS256", legacy.userinfoSigningAlg());
  }

  @Test
  void refusesAnIdpAlgorithmOutsideTheContractOrAnHs256SecretTooShort() throws Exception {
    Path none =
        file(
            """
            {"identityProviders": [{"id": "idp", "title": "IdP", "issuer": "https://idp.example.gouv.fr",
              "clientId": "fc", "clientSecret": "a-legacy-idp-secret-of-32-bytes!", "idTokenSigningAlg": "none"}]}
            """);
    assertTrue(assertThrows(IllegalStateException.class, () -> read(none)).getMessage().contains("idTokenSigningAlg"));

    Path shortSecret =
        file(
            """
            {"identityProviders": [{"id": "idp", "title": "IdP", "issuer": "https://idp.example.gouv.fr",
              "clientId": "fc", "clientSecret": "only-31-bytes-long-secret-12345", "userinfoSigningAlg": "HS256"}]}
            """);
    IllegalStateException error = assertThrows(IllegalStateException.class, () -> read(shortSecret));
    assertTrue(error.getMessage().contains("at least 32 bytes"), error.getMessage());
    assertFalse(error.getMessage().contains("only-31-bytes"), "no secret in the message");
  }

  @Test
  void refusesWhatFcCannotServeNamingTheFile() throws Exception {
    Path hs256 =
        file(
            """
            {"serviceProviders": [{"clientId": "sp", "name": "SP", "entityId": "e", "clientSecret": "s", "redirectUris": ["https://sp.example.gouv.fr/cb"],
              "idTokenSigningAlg": "PS256"}]}
            """);
    IllegalStateException error = assertThrows(IllegalStateException.class, () -> read(hs256));
    assertTrue(error.getMessage().contains(hs256.toString()));
    assertTrue(error.getMessage().contains("idTokenSigningAlg"));

    Path noRedirectUri = file("{\"serviceProviders\": [{\"clientId\": \"sp\", \"name\": \"SP\", \"entityId\": \"e\"}]}");
    assertTrue(assertThrows(IllegalStateException.class, () -> read(noRedirectUri)).getMessage().contains("redirectUris"));
  }

  private static RegistryFile read(Path file) {
    return RegistryFile.read(file, fr.fc.data.ScopeCatalogue.knownScopesNow());
  }

  private Path file(String json) throws Exception {
    Path file = Files.createTempFile(directory, "registry", ".json");
    Files.writeString(file, json);
    return file;
  }
}
