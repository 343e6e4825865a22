package fr.fc.sandbox.sp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Reading what fc sends as JSON: the discovery document and the token response. */
class FcDocumentsTest {

  static final String DISCOVERY =
      """
      {"issuer":"https://fc.example/api/v2",
       "authorization_endpoint":"https://fc.example/api/v2/authorize",
       "token_endpoint":"https://fc.example/api/v2/token",
       "userinfo_endpoint":"https://fc.example/api/v2/userinfo",
       "jwks_uri":"https://fc.example/api/v2/jwks",
       "end_session_endpoint":"https://fc.example/api/v2/session/end",
       "acr_values_supported":["eidas1"]}
      """;

  @Test
  void readsTheEndpointsOfTheDiscoveryDocument() {
    assertEquals(AuthorizationRequestTest.FC, ProviderMetadata.fromJson(DISCOVERY));
  }

  @Test
  void aDiscoveryDocumentWithoutAnEndpointIsAFailureThatNamesIt() {
    SpException failure =
        assertThrows(
            SpException.class,
            () -> ProviderMetadata.fromJson(DISCOVERY.replace("\"jwks_uri\"", "\"jwks\"")));

    assertEquals(SpFailure.DISCOVERY, failure.failure());
    assertTrue(failure.detail().contains("jwks_uri"), failure.detail());
  }

  @Test
  void anEndpointThatIsNoHttpUrlIsRefused() {
    assertThrows(
        SpException.class,
        () ->
            ProviderMetadata.fromJson(
                DISCOVERY.replace("https://fc.example/api/v2/token", "file:///etc/passwd")));
    assertThrows(
        SpException.class,
        () ->
            ProviderMetadata.fromJson(
                DISCOVERY.replace("https://fc.example/api/v2/token", "/token")));
  }

  @Test
  void anHtmlPageIsNoDiscoveryDocument() {
    SpException failure =
        assertThrows(SpException.class, () -> ProviderMetadata.fromJson("<html>502</html>"));

    assertEquals(SpFailure.DISCOVERY, failure.failure());
  }

  @Test
  void readsBothTokensOfABearerTokenResponse() {
    TokenResponse tokens =
        TokenResponse.fromJson(
            """
            {"access_token":"at", "expires_in":60, "id_token":"a.b.c", "scope":"openid",
             "token_type":"Bearer"}
            """);

    assertEquals(new TokenResponse("at", "a.b.c"), tokens);
  }

  @Test
  void refusesATokenResponseWithoutIdTokenOrNotBearer() {
    assertEquals(
        SpFailure.TOKEN,
        assertThrows(
                SpException.class,
                () -> TokenResponse.fromJson("{\"access_token\":\"at\",\"token_type\":\"Bearer\"}"))
            .failure());
    assertThrows(
        SpException.class,
        () ->
            TokenResponse.fromJson(
                "{\"access_token\":\"at\",\"id_token\":\"x\",\"token_type\":\"MAC\"}"));
  }

  @Test
  void theTokenRequestIsClientSecretPostWithThePkceVerifier() {
    assertEquals(
        "grant_type=authorization_code&code=the+code"
            + "&redirect_uri=http%3A%2F%2Flocalhost%3A7100%2Fsp%2Fcallback"
            + "&client_id=sandbox-demo-sp&client_secret=secret&code_verifier=verifier",
        UrlForm.encode(TokenExchange.form(AuthorizationRequestTest.SP, "the code", "verifier")));
  }

  @Test
  void theV1TokenRequestIsClientSecretPostWithoutVerifier() {
    assertEquals(
        "grant_type=authorization_code&code=the+code"
            + "&redirect_uri=http%3A%2F%2Flocalhost%3A7100%2Fsp%2Fcallback"
            + "&client_id=sandbox-legacy-sp&client_secret=legacy-secret",
        UrlForm.encode(TokenExchange.form(AuthorizationRequestTest.LEGACY_SP, "the code", null)));
  }

  @Test
  void aV1TokenResponseIsReadLikeAV2One() {
    TokenResponse tokens =
        TokenResponse.fromJson(
            """
            {"access_token":"at", "token_type":"Bearer", "expires_in":60, "id_token":"a.b.c"}
            """);

    assertEquals(new TokenResponse("at", "a.b.c"), tokens);
  }

  @Test
  void theRedirectUrisComeFromTheBaseUrl() {
    SpRegistration sp =
        new SpRegistration("id", "secret", "openid", "openid dgfip_rfr", "https://sandbox.example");

    assertEquals(URI.create("https://sandbox.example/sp/callback"), URI.create(sp.redirectUri()));
    assertEquals("https://sandbox.example/sp/logout-callback", sp.postLogoutRedirectUri());
  }
}
