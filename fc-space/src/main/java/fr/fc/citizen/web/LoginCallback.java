package fr.fc.citizen.web;

import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import fr.fc.shared.request.RequestParameters;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * GET /espace/callback, the space's registered redirect URI: fc's answer to the authorize request
 * (code and state, or error and state). The state must be the one of the login begun in this
 * browser; then the code is exchanged and what fc says is checked (SpaceLogin). On success, a new
 * session id, the citizen in the session, and their history (or the page they first asked for).
 */
@WebServlet("/callback")
public class LoginCallback extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Pattern ERROR_CODE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

  @Inject private SpaceLogin login;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
    try {
      // The state first: an error or a code sent in another login's name is no answer to this one.
      RequestParameters answer = parameters(request);
      LoginAttempt attempt = attempt(request, answer);
      SpaceCitizen citizen = login.complete(code(answer), attempt);
      String page = SpaceSession.logIn(request, citizen);
      response.sendRedirect(request.getContextPath() + page);
    } catch (LoginFailedException e) {
      LoginFailurePage.show(request, response, e);
    }
  }

  /**
   * The attempt this answer is for, taken out of the session: used once. An answer with another
   * state leaves the attempt in place (it may be a forged request, not the citizen's own login).
   */
  private static LoginAttempt attempt(HttpServletRequest request, RequestParameters answer) throws LoginFailedException {
    HttpSession session = request.getSession(false);
    Object attempt = session == null ? null : session.getAttribute(LoginAttempt.SESSION_ATTRIBUTE);
    if (!(attempt instanceof LoginAttempt begun) || !SpaceSession.sameState(begun, answer.get("state"))) {
      throw new LoginFailedException(
          LoginFailure.STATE, attempt == null ? "no login begun in this session" : "state is not the login's");
    }
    session.removeAttribute(LoginAttempt.SESSION_ATTRIBUTE);
    return begun;
  }

  /** fc's answer names each of its parameters once: one named twice is not fc's, never cut to its first value. */
  private static RequestParameters parameters(HttpServletRequest request) throws LoginFailedException {
    try {
      return RequestParameters.ofServlet(request.getParameterMap(), FcError.FORM_PARAMETER_DUPLICATED);
    } catch (FcException e) {
      throw new LoginFailedException(LoginFailure.STATE, "a parameter is given more than once");
    }
  }

  /** The code, once the state is checked; fc's error instead of a code stops here. */
  private static String code(RequestParameters answer) throws LoginFailedException {
    String error = answer.get("error");
    String code = answer.get("code");
    if (error == null && code == null) {
      throw new LoginFailedException(LoginFailure.INVALID, "callback without code nor error");
    }
    if (error != null) {
      String shown = ERROR_CODE.matcher(error).matches() ? error : "(unreadable)";
      throw new LoginFailedException(
          "access_denied".equals(error) ? LoginFailure.CANCELLED : LoginFailure.REFUSED, "fc answered error " + shown);
    }
    return code;
  }
}
