package fr.fc.shared.api;

/**
 * Binds an interaction to the browser that started it: its value is the browser's secret (see
 * BrowserBinding), set by the authorization request only, never from a URL; every later step is
 * only accepted from the browser holding it (ASVS 3.5.1, 10.1.2). Lax, so that the IdP's top-level
 * redirect sends it; Secure wherever fc is reached over TLS.
 */
public final class InteractionCookie {

  public static final String NAME = "fc_interaction";

  private InteractionCookie() {}
}
