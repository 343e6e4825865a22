package fr.fc.sandbox.sp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Exchanges an authorization code at fc's token endpoint, authenticating with client_secret_post
 * and, on v2, proving the login attempt with its PKCE verifier (contract section 1.3, RFC 7636
 * section 4.5). v1 takes the same form without the verifier.
 */
@ApplicationScoped
class TokenExchange {

  @Inject FcHttp http;

  TokenResponse exchange(ProviderMetadata fc, SpRegistration sp, String code, String verifier) {
    HttpRequest request =
        FcHttp.request(fc.tokenEndpoint())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(UrlForm.encode(form(sp, code, verifier))))
            .build();
    return TokenResponse.fromJson(http.send(request, SpFailure.TOKEN).body());
  }

  /** The form of the token request; without code_verifier when the attempt has none (v1). */
  static Map<String, String> form(SpRegistration sp, String code, String verifier) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("code", code);
    form.put("redirect_uri", sp.redirectUri());
    form.put("client_id", sp.clientId());
    form.put("client_secret", sp.clientSecret());
    if (verifier != null) {
      form.put("code_verifier", verifier);
    }
    return form;
  }
}
