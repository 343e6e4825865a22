package fr.fc.sandbox.portal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * fc's public integration client, registered in every fc for developers to try their own SP at
 * once (server-config/sandbox/registry.json), and the calls the portal shows with it: a ready-made
 * authorization URL and the curl commands of the token and userinfo calls.
 */
final class IntegrationClient {

  static final String CLIENT_ID = "fc-public-integration-client";
  static final String CLIENT_SECRET = "fc-public-integration-secret";
  static final List<Integer> PORTS = List.of(3000, 4242, 8080, 1337);
  static final String REDIRECT_URI = redirectUris().get(0);
  static final String SCOPE =
      "openid given_name family_name birthdate gender birthplace birthcountry email preferred_username";

  /** Example values: an SP draws new random ones for each login (the nonce: 22 characters or more). */
  static final String EXAMPLE_STATE = "exemple-state-0123456789";

  static final String EXAMPLE_NONCE = "exemple-nonce-0123456789abcdef";

  /** Placeholders in the curl commands, for what the previous call gave. */
  static final String CODE_PLACEHOLDER = "AUTHORIZATION_CODE";

  static final String ACCESS_TOKEN_PLACEHOLDER = "ACCESS_TOKEN";

  private IntegrationClient() {}

  /** Where fc may send the code: http://localhost:{port}/login-callback. */
  static List<String> redirectUris() {
    return PORTS.stream().map(port -> "http://localhost:" + port + "/login-callback").toList();
  }

  /** Where fc may send the citizen back after logout. */
  static List<String> postLogoutRedirectUris() {
    return PORTS.stream().map(port -> "http://localhost:" + port + "/logout-callback").toList();
  }

  /**
   * The authorization request of a login (contract section 1.2), every value percent-encoded (RFC
   * 3986: a space is %20, so that no reader takes a '+' literally), after any query the endpoint
   * has.
   */
  static String authorizeUrl(String authorizationEndpoint) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("response_type", "code");
    parameters.put("client_id", CLIENT_ID);
    parameters.put("redirect_uri", REDIRECT_URI);
    parameters.put("scope", SCOPE);
    parameters.put("acr_values", "eidas1");
    parameters.put("state", EXAMPLE_STATE);
    parameters.put("nonce", EXAMPLE_NONCE);
    String query =
        parameters.entrySet().stream()
            .map(parameter -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
            .collect(Collectors.joining("&"));
    return authorizationEndpoint + (authorizationEndpoint.contains("?") ? "&" : "?") + query;
  }

  /** The code's exchange, authenticated with client_secret_post (contract section 1.3). */
  static String tokenCurl(String tokenEndpoint) {
    return String.join(
        " \\\n  ",
        "curl --request POST " + shellQuoted(tokenEndpoint),
        "--data-urlencode 'grant_type=authorization_code'",
        "--data-urlencode 'code=" + CODE_PLACEHOLDER + "'",
        "--data-urlencode " + shellQuoted("redirect_uri=" + REDIRECT_URI),
        "--data-urlencode " + shellQuoted("client_id=" + CLIENT_ID),
        "--data-urlencode " + shellQuoted("client_secret=" + CLIENT_SECRET));
  }

  /** The userinfo call with the access token as a bearer token (contract section 1.5). */
  static String userinfoCurl(String userinfoEndpoint) {
    return String.join(
        " \\\n  ",
        "curl " + shellQuoted(userinfoEndpoint),
        "--header 'Authorization: Bearer " + ACCESS_TOKEN_PLACEHOLDER + "'");
  }

  /** A percent-encoded query value (RFC 3986 section 2.1), spaces as %20. */
  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A word for a POSIX shell, whatever it holds: single-quoted, its quotes closed and escaped. */
  static String shellQuoted(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
