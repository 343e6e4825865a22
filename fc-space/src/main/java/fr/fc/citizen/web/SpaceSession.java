package fr.fc.citizen.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * What the space's HTTP session holds: the {@link SpaceCitizen} once logged in, the {@link
 * LoginAttempt} in between, the page to come back to ({@link ReturnTo}), and the logout form's
 * token ({@link #LOGOUT_TOKEN}).
 */
final class SpaceSession {

  /** The session attribute of the logout form's token, made at login: only the space's pages know it. */
  static final String LOGOUT_TOKEN = "fr.fc.citizen.web.logoutToken";

  private static final SecureRandom RANDOM = new SecureRandom();

  private SpaceSession() {}

  /** The citizen logged in to this session, if any. */
  static Optional<SpaceCitizen> citizen(HttpSession session) {
    if (session == null) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable((SpaceCitizen) session.getAttribute(SpaceCitizen.SESSION_ATTRIBUTE));
    } catch (IllegalStateException e) { // invalidated meanwhile
      return Optional.empty();
    }
  }

  static Optional<SpaceCitizen> citizen(HttpServletRequest request) {
    return citizen(request.getSession(false));
  }

  /**
   * Logs the citizen in: a new session id (one planted before the login cannot carry it), the
   * citizen and a fresh logout token in the session.
   *
   * @return the page to show now, relative to the context root
   */
  static String logIn(HttpServletRequest request, SpaceCitizen citizen) {
    request.changeSessionId();
    HttpSession session = request.getSession();
    session.removeAttribute(LoginAttempt.SESSION_ATTRIBUTE);
    session.setAttribute(SpaceCitizen.SESSION_ATTRIBUTE, citizen);
    session.setAttribute(LOGOUT_TOKEN, LoginAttempt.randomValue(RANDOM));
    Object returnTo = session.getAttribute(ReturnTo.SESSION_ATTRIBUTE);
    session.removeAttribute(ReturnTo.SESSION_ATTRIBUTE);
    return returnTo instanceof String page ? page : "/";
  }

  /** Whether {@code given} is this session's logout token, compared in constant time. */
  static boolean isLogoutToken(HttpSession session, String given) {
    Object expected = session.getAttribute(LOGOUT_TOKEN);
    return expected instanceof String token
        && given != null
        && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether the callback's state is the attempt's, compared in constant time. */
  static boolean sameState(LoginAttempt attempt, String state) {
    return attempt != null
        && state != null
        && MessageDigest.isEqual(attempt.state().getBytes(StandardCharsets.UTF_8), state.getBytes(StandardCharsets.UTF_8));
  }
}
