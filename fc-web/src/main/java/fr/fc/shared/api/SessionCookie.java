package fr.fc.shared.api;

import jakarta.ws.rs.core.NewCookie;

/**
 * The browser's fc session (contract section 1.10: cookie fc_session_id, 30 minutes, sliding),
 * which lets another SP's login skip the IdP.
 */
public final class SessionCookie {

  public static final String NAME = "fc_session_id";
  static final int MAX_AGE_SECONDS = 1800;

  private SessionCookie() {}

  public static NewCookie of(String sessionId, boolean secure) {
    return ApiCookie.of(NAME, sessionId, MAX_AGE_SECONDS, secure);
  }

  /** Tells the browser to forget its session, which fc has ended. */
  public static NewCookie expired(boolean secure) {
    return ApiCookie.of(NAME, "", 0, secure);
  }
}
