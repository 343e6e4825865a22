package fr.fc.sandbox.idp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RegisteredClientTest {

  private final RegisteredClient fc =
      RegisteredClient.fc("http://localhost:7000/api/v2/", "fc", "secret");

  @Test
  void derivesTheCallbacksOfBothPlatformsFromFcsIssuer() {
    assertEquals(
        java.util.Set.of("http://localhost:7000/api/v2/oidc-callback", "http://localhost:7000/plus/api/v2/oidc-callback"),
        fc.redirectUris());
    assertEquals(
        java.util.Set.of(
            "http://localhost:7000/api/v2/client/logout-callback",
            "http://localhost:7000/plus/api/v2/client/logout-callback"),
        fc.postLogoutRedirectUris());
  }

  @Test
  void acceptsOnlyTheExactRedirectUri() {
    assertTrue(fc.accepts("fc", "http://localhost:7000/api/v2/oidc-callback"));
    assertFalse(fc.accepts("fc", "http://localhost:7000/api/v2/oidc-callback/"));
    assertFalse(fc.accepts("fc", "http://localhost:7000/api/v2/oidc-callback?x=1"));
    assertFalse(fc.accepts("fc", "http://LOCALHOST:7000/api/v2/oidc-callback"));
    assertFalse(fc.accepts("fc", "http://localhost:7000/api/v2/oidc-callback#f"));
    assertFalse(fc.accepts("fc", "https://evil.example/api/v2/oidc-callback"));
    assertFalse(fc.accepts("fc", null));
  }

  @Test
  void acceptsOnlyItsOwnClientId() {
    assertFalse(fc.accepts("other", "http://localhost:7000/api/v2/oidc-callback"));
    assertFalse(fc.accepts(null, "http://localhost:7000/api/v2/oidc-callback"));
  }

  @Test
  void authenticatesWithItsSecretOnly() {
    assertTrue(fc.authenticates(new ClientCredentials("fc", "secret")));
    assertFalse(fc.authenticates(new ClientCredentials("fc", "Secret")));
    assertFalse(fc.authenticates(new ClientCredentials("other", "secret")));
    assertFalse(fc.authenticates(new ClientCredentials("fc", null)));
  }

  @Test
  void knowsItsPostLogoutRedirectUriExactly() {
    assertTrue(fc.isPostLogoutRedirectUri("http://localhost:7000/api/v2/client/logout-callback"));
    assertFalse(fc.isPostLogoutRedirectUri("http://localhost:7000/api/v2/client/logout-callback2"));
    assertFalse(fc.isPostLogoutRedirectUri(null));
  }

  @Test
  void neverShowsItsSecret() {
    assertFalse(fc.toString().contains("secret"));
  }
}
