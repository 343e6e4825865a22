package fr.fc.citizen.web;

import fr.fc.citizen.SpaceClient;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The addresses of fc the space sends the browser to or calls, with their queries. */
final class FcUrls {

  /** What the space asks of fc: the pseudonym (openid) and what its pages show or use. */
  static final String SCOPE = "openid given_name family_name email";
  /** fc's standard platform: eidas1 only (contract section 1.2). */
  static final String ACR_VALUES = "eidas1";

  private FcUrls() {}

  /** The authorize request of the authorization code flow (contract section 1.2, RFC 7636 4.3). */
  static String authorize(SpaceClient client, LoginAttempt attempt) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("client_id", client.clientId());
    query.put("redirect_uri", client.redirectUri());
    query.put("scope", SCOPE);
    query.put("acr_values", ACR_VALUES);
    query.put("state", attempt.state());
    query.put("nonce", attempt.nonce());
    query.put("code_challenge", attempt.codeChallenge());
    query.put("code_challenge_method", Pkce.METHOD);
    return endpoint(client, "authorize") + "?" + query(query);
  }

  /** fc's end-session endpoint, back to the space's registered post-logout URI (contract section 1.12). */
  static String endSession(SpaceClient client, String idTokenHint, String state) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("id_token_hint", idTokenHint);
    query.put("post_logout_redirect_uri", client.postLogoutRedirectUri());
    query.put("state", state);
    return endpoint(client, "session/end") + "?" + query(query);
  }

  /** One of fc's endpoints: the issuer, then the path (authorize, token, userinfo, jwks...). */
  static String endpoint(SpaceClient client, String path) {
    String issuer = client.issuer();
    return (issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer) + "/" + path;
  }

  /** The origin (scheme, host, port) of a URL, as a browser's Origin header writes it. */
  static String origin(String url) {
    URI uri = URI.create(url);
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }

  /** name=value pairs joined by '&', each percent-encoded. */
  static String query(Map<String, String> parameters) {
    StringBuilder query = new StringBuilder();
    for (Map.Entry<String, String> parameter : parameters.entrySet()) {
      if (query.length() > 0) {
        query.append('&');
      }
      query.append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
    }
    return query.toString();
  }

  /**
   * Percent-encodes every byte of the UTF-8 form but RFC 3986's unreserved characters: a space is
   * %20 (never '+', which a query decoder may keep as it is), '/' and ':' are encoded too.
   */
  static String encode(String value) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return encoded.toString();
  }
}
