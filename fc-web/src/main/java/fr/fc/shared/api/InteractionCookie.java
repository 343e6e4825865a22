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

  /** The interaction's contract lifetime (1800 s). */
  static final int MAX_AGE_SECONDS = 1800;

  public static NewCookie of(String uid, boolean secure) {
    return ApiCookie.of(NAME, uid, MAX_AGE_SECONDS, secure);
  }
}
