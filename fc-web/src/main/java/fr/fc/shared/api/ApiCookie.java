package fr.fc.shared.api;

import jakarta.ws.rs.core.NewCookie;

/**
 * A cookie of fc's login flow: sent back only to its platform's API (v2 and v1 under /api,
 * FranceConnect+ under /plus/api), never to scripts (HttpOnly), on
 * top-level navigations from other sites (Lax, so that an IdP's redirect carries it), and only
 * over TLS wherever fc is reached over TLS.
 */
final class ApiCookie {

  /** The path of the standard platform's cookies; FranceConnect+'s are under /plus. */
  static final String PATH = "/api";

  /** The max-age of a cookie that lasts as long as the browser's session. */
  static final int BROWSER_SESSION = NewCookie.DEFAULT_MAX_AGE;

  private ApiCookie() {}

  static NewCookie of(String name, String value, int maxAgeSeconds, String path, boolean secure) {
    return new NewCookie.Builder(name)
        .value(value)
        .path(path)
        .secure(secure)
        .httpOnly(true)
        .sameSite(NewCookie.SameSite.LAX)
        .maxAge(maxAgeSeconds)
        .build();
  }
}
