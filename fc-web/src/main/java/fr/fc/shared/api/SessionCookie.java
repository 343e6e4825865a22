package fr.fc.shared.api;

/**
 * The browser's fc session (contract section 1.10: cookie fc_session_id, 30 minutes, sliding),
 * which lets another SP's login skip the IdP.
 */
public final class SessionCookie {

  public static final String NAME = "fc_session_id";

  private SessionCookie() {}
}
