package fr.fc.sandbox.idp;

import static fr.fc.sandbox.idp.OAuthError.Code.INVALID_REQUEST;
import static fr.fc.sandbox.idp.OAuthError.Code.LOGIN_REQUIRED;
import static fr.fc.sandbox.idp.OAuthError.Code.UNSUPPORTED_RESPONSE_TYPE;

import java.util.List;
import java.util.Set;

/**
 * A valid authorization request, kept while the user logs in. The client and its redirect_uri are
 * checked before (see {@link RegisteredClient#accepts}); the rest is checked here.
 */
record AuthorizationRequest(
    String idpId,
    String clientId,
    String redirectUri,
    String scope,
    String state,
    String nonce,
    String acr,
    String codeChallenge,
    Language language) {

  private static final Set<String> PROMPTS = Set.of("none", "login", "consent", "select_account");

  /** Checks the parameters of an authorization request whose client is trusted. */
  static AuthorizationRequest of(Parameters params, String idpId, Language language) {
    return of(params, idpId, "eidas1", language);
  }

  /**
   * The same at an IdP of this level: one above eidas1 (FranceConnect+) asserts its own level, as
   * its second factor makes it true.
   */
  static AuthorizationRequest of(Parameters params, String idpId, String level, Language language) {
    String responseType = params.require("response_type");
    if (!"code".equals(responseType)) {
      throw new OAuthError(UNSUPPORTED_RESPONSE_TYPE, "only response_type=code is supported");
    }
    String scope = params.require("scope");
    if (!words(scope).contains("openid")) {
      throw new OAuthError(INVALID_REQUEST, "scope must contain openid");
    }
    checkPrompt(params.get("prompt"));
    return new AuthorizationRequest(
        idpId,
        params.require("client_id"),
        params.require("redirect_uri"),
        scope,
        params.require("state"),
        params.require("nonce"),
        "eidas1".equals(level) ? acr(params.get("acr_values")) : level,
        codeChallenge(params),
        language);
  }

  /** OIDC Core 3.1.2.1: this IdP keeps no browser session, so it cannot answer prompt=none. */
  private static void checkPrompt(String prompt) {
    if (prompt == null) {
      return;
    }
    List<String> values = words(prompt);
    if (!PROMPTS.containsAll(values)) {
      throw new OAuthError(INVALID_REQUEST, "unknown prompt value");
    }
    if (values.contains("none")) {
      throw new OAuthError(LOGIN_REQUIRED, "the demo IdP always asks the user to log in");
    }
  }

  /** The level of assurance the IdP asserts: eidas2 when asked for, eidas1 otherwise. */
  private static String acr(String acrValues) {
    return acrValues != null && words(acrValues).contains("eidas2") ? "eidas2" : "eidas1";
  }

  private static String codeChallenge(Parameters params) {
    String challenge = params.get("code_challenge");
    String method = params.get("code_challenge_method");
    if (challenge == null && method == null) {
      return null;
    }
    if (!"S256".equals(method)) {
      throw new OAuthError(INVALID_REQUEST, "code_challenge_method must be S256");
    }
    if (!Pkce.isChallenge(challenge)) {
      throw new OAuthError(
          INVALID_REQUEST, "code_challenge must be a base64url SHA-256 (43 characters)");
    }
    return challenge;
  }

  private static List<String> words(String value) {
    return List.of(value.trim().split("\\s+"));
  }
}
