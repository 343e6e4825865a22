package fr.fc.sandbox.sp;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The URL that sends the citizen to fc's authorization endpoint (contract section 1.2), the same
 * on every version of fc's API but for PKCE, which only attempts with a code verifier (v2,
 * FranceConnect+) carry, the attempt's level, and the prompt of the registration that has one.
 */
final class AuthorizationRequest {

  private AuthorizationRequest() {}

  static URI build(ProviderMetadata fc, SpRegistration sp, LoginAttempt attempt) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("response_type", "code");
    parameters.put("client_id", sp.clientId());
    parameters.put("redirect_uri", sp.redirectUri());
    parameters.put("scope", sp.scopeFor(attempt.purpose()));
    parameters.put("acr_values", attempt.acr());
    parameters.put("state", attempt.state());
    parameters.put("nonce", attempt.nonce());
    if (attempt.variant().prompt() != null) {
      parameters.put("prompt", attempt.variant().prompt());
    }
    if (attempt.codeVerifier() != null) {
      parameters.put("code_challenge", Pkce.challengeOf(attempt.codeVerifier()));
      parameters.put("code_challenge_method", Pkce.METHOD);
    }
    return UrlForm.withQuery(fc.authorizationEndpoint(), parameters);
  }
}
