package fr.fc.shared.api;

import jakarta.ws.rs.core.NewCookie;

/**
 * A cookie of fc's login flow: sent back only to the API (v2 and v1), never to scripts (HttpOnly), on
 * top-level navigations from other sites (Lax, so that an IdP's redirect carries it), and only
 * over TLS wherever fc is reached over TLS.
 */
final class ApiCookie {

  private ApiCookie() {}

  static NewCookie of(String name, String value, int maxAgeSeconds, boolean secure) {
    return new NewCookie.Builder(name)
        .value(value)
        .path("/api")
        .secure(secure)
        .httpOnly(true)
        .sameSite(NewCookie.SameSite.LAX)
        .maxAge(maxAgeSeconds)
        .build();
  }
}
