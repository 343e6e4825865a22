package fr.fc.sandbox.sp;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * What the SP keeps in the browser's HTTP session: the login attempt under way (with the version
 * of fc's API it goes through), the ID token of the logged-in citizen with that version, the state
 * of the logout under way. The sandbox's other partners share the session, so the SP only ever
 * touches its own attributes.
 */
final class SpSession {

  private static final String PREFIX = SpSession.class.getPackageName() + ".";
  private static final String LOGIN_ATTEMPT = PREFIX + "login-attempt";
  private static final String LOGOUT_HINT = PREFIX + "logout-hint";
  private static final String LOGOUT_STATE = PREFIX + "logout-state";

  private final HttpServletRequest request;

  private SpSession(HttpServletRequest request) {
    this.request = request;
  }

  static SpSession of(HttpServletRequest request) {
    return new SpSession(request);
  }

  void startLogin(LoginAttempt attempt) {
    request.getSession().setAttribute(LOGIN_ATTEMPT, attempt);
  }

  /** The login attempt under way, removed from the session: a callback can answer it only once. */
  Optional<LoginAttempt> takeLoginAttempt() {
    return take(LOGIN_ATTEMPT).map(LoginAttempt.class::cast);
  }

  /**
   * Remembers the citizen's ID token and the API that issued it, under a new session id (no session
   * fixation).
   */
  void loggedIn(LogoutHint hint) {
    request.changeSessionId();
    request.getSession().setAttribute(LOGOUT_HINT, hint);
  }

  Optional<LogoutHint> logoutHint() {
    return attribute(LOGOUT_HINT).map(LogoutHint.class::cast);
  }

  void startLogout(String state) {
    request.getSession().setAttribute(LOGOUT_STATE, state);
  }

  Optional<String> takeLogoutState() {
    return take(LOGOUT_STATE).map(String.class::cast);
  }

  /** Forgets everything of the SP in this session. */
  void end() {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(LOGIN_ATTEMPT);
      session.removeAttribute(LOGOUT_HINT);
      session.removeAttribute(LOGOUT_STATE);
    }
  }

  private Optional<Object> attribute(String name) {
    HttpSession session = request.getSession(false);
    return Optional.ofNullable(session == null ? null : session.getAttribute(name));
  }

  private Optional<Object> take(String name) {
    Optional<Object> value = attribute(name);
    value.ifPresent(present -> request.getSession().removeAttribute(name));
    return value;
  }
}
