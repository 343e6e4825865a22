package fr.fc.shared.api;

import jakarta.ws.rs.core.NewCookie;

/**
 * Binds an interaction to the browser that started it: the IdP's callback is only accepted from
 * the browser holding the cookie (ASVS 10.1.2). Lax, so that the IdP's top-level redirect sends it;
 * Secure wherever fc is reached over TLS.
 */
public final class InteractionCookie {

  public static final String NAME = "fc_interaction";

  private InteractionCookie() {}

  public static NewCookie of(String uid, boolean secure) {
    return new NewCookie.Builder(NAME)
        .value(uid)
        .path("/api/v2")
        .secure(secure)
        .httpOnly(true)
        .sameSite(NewCookie.SameSite.LAX)
        .maxAge(1800)
        .build();
  }
}
