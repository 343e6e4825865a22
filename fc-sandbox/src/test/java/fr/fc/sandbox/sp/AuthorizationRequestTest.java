package fr.fc.sandbox.sp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthorizationRequestTest {

  static final ProviderMetadata FC =
      new ProviderMetadata(
          "https://fc.example/api/v2",
          URI.create("https://fc.example/api/v2/authorize"),
          URI.create("https://fc.example/api/v2/token"),
          URI.create("https://fc.example/api/v2/userinfo"),
          URI.create("https://fc.example/api/v2/jwks"),
          URI.create("https://fc.example/api/v2/session/end"));
  static final SpRegistration SP =
      new SpRegistration(
          "sandbox-demo-sp",
          "secret",
          "openid given_name email",
          "openid profile birth dgfip_rfr dgfip_nbpart",
          "http://localhost:7100/");
  static final ProviderMetadata FC_V1 = FcV1Endpoints.of("https://fc.example/api/v2");
  static final SpRegistration LEGACY_SP =
      new SpRegistration(
          "sandbox-legacy-sp",
          "legacy-secret",
          "openid profile birth email",
          "openid profile birth email",
          "http://localhost:7100");

  @Test
  void carriesEveryParameterOfTheContract() {
    LoginAttempt attempt =
        new LoginAttempt("the-state", "the-nonce-of-at-least-22-chars", "verifier");

    URI url = AuthorizationRequest.build(FC, SP, attempt);

    assertTrue(url.toString().startsWith("https://fc.example/api/v2/authorize?"), url.toString());
    assertEquals(
        Map.of(
            "response_type", "code",
            "client_id", "sandbox-demo-sp",
            "redirect_uri", "http://localhost:7100/sp/callback",
            "scope", "openid given_name email",
            "acr_values", "eidas1",
            "state", "the-state",
            "nonce", "the-nonce-of-at-least-22-chars",
            "code_challenge", Pkce.challengeOf("verifier"),
            "code_challenge_method", "S256"),
        QueryParameters.of(url));
  }

  @Test
  void aV1LoginAsksFcsV1EndpointWithoutPkce() {
    LoginAttempt attempt =
        new LoginAttempt(
            "the-state", "the-nonce-of-at-least-22-chars", null, LoginPurpose.IDENTITY, SpVariant.LEGACY, "eidas1");

    URI url = AuthorizationRequest.build(FC_V1, LEGACY_SP, attempt);

    assertTrue(url.toString().startsWith("https://fc.example/api/v1/authorize?"), url.toString());
    assertEquals(
        Map.of(
            "response_type", "code",
            "client_id", "sandbox-legacy-sp",
            "redirect_uri", "http://localhost:7100/sp/callback",
            "scope", "openid profile birth email",
            "acr_values", "eidas1",
            "state", "the-state",
            "nonce", "the-nonce-of-at-least-22-chars"),
        QueryParameters.of(url));
  }

  @Test
  void aTaxDataLoginAsksForTheTaxDataScope() {
    URI identity = AuthorizationRequest.build(FC, SP, LoginAttempt.start(LoginPurpose.IDENTITY));
    URI taxData = AuthorizationRequest.build(FC, SP, LoginAttempt.start(LoginPurpose.TAX_DATA));

    assertEquals("openid given_name email", QueryParameters.of(identity).get("scope"));
    assertEquals(
        "openid profile birth dgfip_rfr dgfip_nbpart", QueryParameters.of(taxData).get("scope"));
  }

  @Test
  void thePromptSpAsksForPromptLoginAndTheOthersForNoPrompt() {
    SpRegistration promptSp =
        new SpRegistration("sandbox-prompt-sp", "secret", "openid profile", "openid profile", "http://localhost:7100");

    Map<String, String> prompted =
        QueryParameters.of(
            AuthorizationRequest.build(FC, promptSp, LoginAttempt.start(LoginPurpose.IDENTITY, SpVariant.PROMPT)));
    Map<String, String> privateLogin =
        QueryParameters.of(AuthorizationRequest.build(FC, SP, LoginAttempt.start(LoginPurpose.IDENTITY, SpVariant.PRIVATE)));

    assertEquals("login", prompted.get("prompt"));
    assertEquals("sandbox-prompt-sp", prompted.get("client_id"));
    assertEquals("http://localhost:7100/sp/callback", prompted.get("redirect_uri"));
    assertEquals(Pkce.METHOD, prompted.get("code_challenge_method"));
    assertEquals(null, privateLogin.get("prompt"));
    assertEquals(null, QueryParameters.of(AuthorizationRequest.build(FC, SP, LoginAttempt.start())).get("prompt"));
  }

  @Test
  void keepsAQueryTheEndpointAlreadyHas() {
    ProviderMetadata fc =
        new ProviderMetadata(
            FC.issuer(),
            URI.create("https://fc.example/authorize?tenant=demo"),
            FC.tokenEndpoint(),
            FC.userinfoEndpoint(),
            FC.jwksUri(),
            FC.endSessionEndpoint());

    URI url = AuthorizationRequest.build(fc, SP, LoginAttempt.start());

    assertEquals("demo", QueryParameters.of(url).get("tenant"));
    assertEquals("code", QueryParameters.of(url).get("response_type"));
  }

  @Test
  void aNewAttemptHasFreshLongRandomValues() {
    LoginAttempt first = LoginAttempt.start();
    LoginAttempt second = LoginAttempt.start();

    assertTrue(first.nonce().length() >= 22, "fc refuses nonces shorter than 22 characters");
    assertEquals(43, first.state().length());
    assertTrue(first.state().matches("[A-Za-z0-9_-]+"), "base64url without padding");
    assertTrue(!first.state().equals(second.state()) && !first.nonce().equals(second.nonce()));
    assertTrue(!first.codeVerifier().equals(second.codeVerifier()));
  }
}
