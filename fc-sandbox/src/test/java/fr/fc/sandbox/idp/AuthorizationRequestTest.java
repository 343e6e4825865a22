package fr.fc.sandbox.idp;

import static fr.fc.sandbox.idp.TestRequests.CALLBACK;
import static fr.fc.sandbox.idp.TestRequests.authorization;
import static fr.fc.sandbox.idp.TestRequests.form;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AuthorizationRequestTest {

  @Test
  void keepsWhatTheTokenEndpointAndIdTokenNeed() {
    AuthorizationRequest request = of(authorization("prompt", "login"));

    assertEquals(CALLBACK, request.redirectUri());
    assertEquals("state-1", request.state());
    assertEquals("nonce-1", request.nonce());
    assertEquals("openid profile email birth", request.scope());
    assertNull(request.codeChallenge());
  }

  @Test
  void assertsEidas1UnlessEidas2IsAsked() {
    assertEquals("eidas1", of(authorization()).acr());
    assertEquals("eidas1", of(authorization("acr_values", "eidas1")).acr());
    assertEquals("eidas2", of(authorization("acr_values", "eidas1 eidas2")).acr());
  }

  @Test
  void keepsAnS256Challenge() {
    String challenge = PkceTest.CHALLENGE;
    AuthorizationRequest request =
        of(authorization("code_challenge", challenge, "code_challenge_method", "S256"));

    assertEquals(challenge, request.codeChallenge());
  }

  @Test
  void refusesPlainOrMalformedChallenges() {
    assertEquals(
        "invalid_request", error(authorization("code_challenge", PkceTest.CHALLENGE)).code());
    assertEquals(
        "invalid_request",
        error(authorization("code_challenge", "x", "code_challenge_method", "plain")).code());
    assertEquals(
        "invalid_request",
        error(authorization("code_challenge", "short", "code_challenge_method", "S256")).code());
  }

  @Test
  void refusesOtherResponseTypes() {
    Parameters implicit =
        form("response_type", "id_token", "scope", "openid", "state", "s", "nonce", "n");

    assertEquals("unsupported_response_type", error(implicit).code());
  }

  @Test
  void requiresOpenidStateAndNonce() {
    assertEquals("invalid_request", error(form("response_type", "code", "scope", "openid")).code());
    assertEquals("invalid_request", error(authorization("scope", "email")).code(), "repeated");
    Parameters withoutOpenid =
        form("response_type", "code", "scope", "profile", "state", "s", "nonce", "n");
    assertEquals("invalid_request", error(withoutOpenid).code());
  }

  @Test
  void cannotAnswerPromptNone() {
    assertEquals("login_required", error(authorization("prompt", "none")).code());
    assertEquals("invalid_request", error(authorization("prompt", "whatever")).code());
  }

  private static AuthorizationRequest of(Parameters params) {
    return AuthorizationRequest.of(params, "impots", Language.FRENCH);
  }

  private static OAuthError error(Parameters params) {
    return assertThrows(OAuthError.class, () -> of(params));
  }
}
