package fr.fc.sandbox.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FcEndpointsTest {

  @Test
  void readsTheEndpointsOfADiscoveryDocumentInOrder() {
    FcEndpoints endpoints = PortalPageTest.up();

    assertTrue(endpoints.discovered());
    assertEquals("https://fc.example/api/v2/authorize", endpoints.authorizationEndpoint());
    assertEquals("https://fc.example/api/v2/token", endpoints.tokenEndpoint());
    assertEquals("https://fc.example/api/v2/userinfo", endpoints.userinfoEndpoint());
    assertEquals(
        List.of("issuer", "authorization_endpoint", "token_endpoint", "userinfo_endpoint", "end_session_endpoint", "jwks_uri"),
        endpoints.orderedUrls().stream().map(Map.Entry::getKey).toList());
    assertEquals(Map.entry("acr_values_supported", List.of("eidas1")), endpoints.orderedSupported().get(1));
  }

  @Test
  void aDocumentThatIsNotJsonOrLacksAnEndpointIsNone() {
    assertTrue(FcEndpoints.fromDiscovery("<html>Bad gateway</html>").isEmpty());
    assertTrue(FcEndpoints.fromDiscovery("[]").isEmpty());
    assertTrue(
        FcEndpoints.fromDiscovery("{\"authorization_endpoint\":\"a\",\"token_endpoint\":\"t\"}").isEmpty(),
        "no userinfo endpoint");
    assertTrue(
        FcEndpoints.fromDiscovery(
                "{\"authorization_endpoint\":\"a\",\"token_endpoint\":\"t\",\"userinfo_endpoint\":7}")
            .isEmpty(),
        "a userinfo endpoint that is no text");
  }

  @Test
  void theStandardPathsHangUnderTheIssuer() {
    FcEndpoints endpoints = FcEndpoints.standardPaths("http://localhost:7000/api/v2/");

    assertFalse(endpoints.discovered());
    assertEquals("http://localhost:7000/api/v2", endpoints.urls().get("issuer"));
    assertEquals("http://localhost:7000/api/v2/authorize", endpoints.authorizationEndpoint());
    assertEquals("http://localhost:7000/api/v2/token", endpoints.tokenEndpoint());
    assertEquals("http://localhost:7000/api/v2/userinfo", endpoints.userinfoEndpoint());
    assertEquals("http://localhost:7000/api/v2/session/end", endpoints.urls().get("end_session_endpoint"));
    assertEquals("http://localhost:7000/api/v2/jwks", endpoints.urls().get("jwks_uri"));
    assertTrue(endpoints.orderedSupported().isEmpty());
  }
}
