package fr.fc.citizen.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * GET /espace/connexion, the FranceConnect button's link: begins a login (state, nonce and PKCE
 * verifier kept in the session) and sends the browser to fc's authorize endpoint.
 */
@WebServlet("/connexion")
public class LoginStart extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private SpaceLogin login;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
    SpaceLogin.Begun begun;
    try {
      begun = login.begin();
    } catch (LoginFailedException e) {
      LoginFailurePage.show(request, response, e);
      return;
    }
    // A new attempt replaces any other of this browser: only the latest one's callback succeeds.
    request.getSession().setAttribute(LoginAttempt.SESSION_ATTRIBUTE, begun.attempt());
    response.sendRedirect(begun.authorizeUrl());
  }
}
