package fr.fc.sandbox.idp;

import static fr.fc.sandbox.idp.OAuthError.Code.INVALID_CLIENT;
import static fr.fc.sandbox.idp.OAuthError.Code.INVALID_REQUEST;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * The client_id and client_secret of a token request (RFC 6749 2.3.1), from HTTP Basic
 * (client_secret_basic) or from the form (client_secret_post), never both.
 */
record ClientCredentials(String id, String secret) {

  static ClientCredentials of(String authorization, Parameters form) {
    if (authorization == null) {
      String id = form.get("client_id");
      String secret = form.get("client_secret");
      if (id == null || secret == null) {
        throw new OAuthError(INVALID_CLIENT, "client authentication is missing");
      }
      return new ClientCredentials(id, secret);
    }
    if (form.get("client_secret") != null) {
      throw new OAuthError(INVALID_REQUEST, "more than one client authentication method");
    }
    return fromBasic(authorization);
  }

  private static ClientCredentials fromBasic(String authorization) {
    if (!authorization.toLowerCase(Locale.ROOT).startsWith("basic ")) {
      throw new OAuthError(INVALID_CLIENT, "unsupported authentication scheme");
    }
    try {
      String pair =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).trim()),
              StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      if (colon < 0) {
        throw new OAuthError(INVALID_CLIENT, "malformed Basic credentials");
      }
      return new ClientCredentials(
          decode(pair.substring(0, colon)), decode(pair.substring(colon + 1)));
    } catch (IllegalArgumentException malformed) {
      throw new OAuthError(INVALID_CLIENT, "malformed Basic credentials");
    }
  }

  /** RFC 6749 2.3.1: both halves are form-urlencoded before Basic encoding. */
  private static String decode(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "ClientCredentials[" + id + "]";
  }
}
