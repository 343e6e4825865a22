package fr.fc.sandbox.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntegrationClientTest {

  @Test
  void theAuthorizationUrlCarriesTheContractsParametersEncoded() {
    String url = IntegrationClient.authorizeUrl("http://localhost:7000/api/v2/authorize");

    assertTrue(url.startsWith("http://localhost:7000/api/v2/authorize?response_type=code&"), url);
    assertEquals(
        Map.of(
            "response_type", "code",
            "client_id", "fc-public-integration-client",
            "redirect_uri", "http://localhost:3000/login-callback",
            "scope", IntegrationClient.SCOPE,
            "acr_values", "eidas1",
            "state", IntegrationClient.EXAMPLE_STATE,
            "nonce", IntegrationClient.EXAMPLE_NONCE),
        query(url));
    assertTrue(url.contains("redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Flogin-callback"), url);
    assertTrue(url.contains("scope=openid%20given_name%20family_name"), "spaces as %20: " + url);
    assertFalse(url.contains("+") || url.contains(" "), url);
    URI.create(url);
  }

  @Test
  void theExampleValuesAreAsFcWantsThem() {
    assertTrue(IntegrationClient.EXAMPLE_NONCE.length() >= 22, "fc refuses nonces under 22 characters");
    assertTrue(IntegrationClient.EXAMPLE_STATE.matches("[A-Za-z0-9_-]+"));
  }

  @Test
  void keepsAQueryTheEndpointHas() {
    String url = IntegrationClient.authorizeUrl("https://fc.example/authorize?tenant=demo");

    assertTrue(url.startsWith("https://fc.example/authorize?tenant=demo&response_type=code&"), url);
  }

  @Test
  void encodesEveryReservedCharacter() {
    assertEquals("a%20b%2Bc%26d%3De%3F%2F%23%C3%A9", IntegrationClient.encode("a b+c&d=e?/#é"));
  }

  @Test
  void theRedirectUrisAreTheRegisteredOnes() {
    assertEquals(
        List.of(
            "http://localhost:3000/login-callback",
            "http://localhost:4242/login-callback",
            "http://localhost:8080/login-callback",
            "http://localhost:1337/login-callback"),
        IntegrationClient.redirectUris());
    assertEquals("http://localhost:8080/logout-callback", IntegrationClient.postLogoutRedirectUris().get(2));
  }

  @Test
  void theTokenCallPostsTheCodeWithTheClientsCredentials() {
    String curl = IntegrationClient.tokenCurl("http://localhost:7000/api/v2/token");

    assertEquals(
        """
        curl --request POST 'http://localhost:7000/api/v2/token' \\
          --data-urlencode 'grant_type=authorization_code' \\
          --data-urlencode 'code=AUTHORIZATION_CODE' \\
          --data-urlencode 'redirect_uri=http://localhost:3000/login-callback' \\
          --data-urlencode 'client_id=fc-public-integration-client' \\
          --data-urlencode 'client_secret=fc-public-integration-secret'""",
        curl);
  }

  @Test
  void theUserinfoCallSendsTheAccessTokenAsABearerToken() {
    assertEquals(
        "curl 'http://localhost:7000/api/v2/userinfo' \\\n  --header 'Authorization: Bearer ACCESS_TOKEN'",
        IntegrationClient.userinfoCurl("http://localhost:7000/api/v2/userinfo"));
  }

  @Test
  void aQuoteInAnEndpointStaysInsideItsShellWord() {
    assertEquals("'it'\\''s'", IntegrationClient.shellQuoted("it's"));
  }

  private static Map<String, String> query(String url) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String pair : URI.create(url).getRawQuery().split("&")) {
      String[] nameAndValue = pair.split("=", 2);
      parameters.put(decode(nameAndValue[0]), decode(nameAndValue[1]));
    }
    return parameters;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
