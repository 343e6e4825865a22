package fr.fc.sandbox.sp;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** The URL that sends the citizen to fc's end-session endpoint (contract section 1.12). */
final class LogoutRequest {

  private LogoutRequest() {}

  static URI build(ProviderMetadata fc, SpRegistration sp, String idToken, String state) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("id_token_hint", idToken);
    parameters.put("state", state);
    parameters.put("post_logout_redirect_uri", sp.postLogoutRedirectUri());
    return UrlForm.withQuery(fc.endSessionEndpoint(), parameters);
  }
}
