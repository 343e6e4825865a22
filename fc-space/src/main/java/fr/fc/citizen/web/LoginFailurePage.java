package fr.fc.citizen.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/** Tells the citizen a login did not succeed (connexion-impossible.xhtml), and logs why, without tokens. */
final class LoginFailurePage {

  /** The request attribute that tells the page which {@link LoginFailure}. */
  static final String REQUEST_ATTRIBUTE = "fr.fc.citizen.web.loginFailure";

  private static final Logger LOG = Logger.getLogger(LoginFailurePage.class.getName());

  private LoginFailurePage() {}

  static void show(HttpServletRequest request, HttpServletResponse response, LoginFailedException failure)
      throws IOException, ServletException {
    LOG.info(() -> "Login to the citizen's space failed (" + failure.failure() + "): " + failure.getMessage());
    response.setStatus(failure.failure().status());
    request.setAttribute(REQUEST_ATTRIBUTE, failure.failure());
    request.getRequestDispatcher(CitizenGuard.FAILURE).forward(request, response);
  }
}
