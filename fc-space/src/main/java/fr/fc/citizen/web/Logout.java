package fr.fc.citizen.web;

import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import fr.fc.shared.request.RequestParameters;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * POST /espace/deconnexion, the frame's logout form: ends the space's session, then fc's (its
 * end-session endpoint, which comes back to the space's welcome page). Only the space's own pages
 * can send it: the session's logout token, and an Origin and Sec-Fetch-Site of the space's own
 * when the browser sends them (ASVS 5.0 3.5.1).
 */
@WebServlet("/deconnexion")
public class Logout extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(Logout.class.getName());
  private static final Set<String> OWN_FETCH_SITES = Set.of("same-origin", "none");

  /** The logout form's field that carries the session's token. */
  static final String TOKEN_FIELD = "csrf";

  @Inject private SpaceLogin login;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    HttpSession session = request.getSession(false);
    Optional<SpaceCitizen> citizen = SpaceSession.citizen(session);
    if (citizen.isEmpty()) {
      seeOther(response, request.getContextPath() + CitizenGuard.WELCOME);
      return;
    }
    if (!fromOwnPage(request) || !SpaceSession.isLogoutToken(session, token(request))) {
      LOG.info("Logout from the citizen's space refused: not sent by the space's own page");
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    String next;
    try {
      next = login.logoutUrl(citizen.get());
    } catch (LoginFailedException e) {
      LOG.info(() -> "Logout from fc skipped, the space's session ends alone: " + e.getMessage());
      next = request.getContextPath() + "/";
    }
    session.invalidate();
    seeOther(response, next);
  }

  /** The form's token, or null when absent or given more than once (then it is no one's). */
  private static String token(HttpServletRequest request) {
    try {
      return RequestParameters.ofServlet(request.getParameterMap(), FcError.FORM_PARAMETER_DUPLICATED).get(TOKEN_FIELD);
    } catch (FcException e) {
      return null;
    }
  }

  private boolean fromOwnPage(HttpServletRequest request) {
    String fetchSite = request.getHeader("Sec-Fetch-Site");
    if (fetchSite != null && !OWN_FETCH_SITES.contains(fetchSite)) {
      return false;
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return true; // left to the token
    }
    String host = request.getHeader("Host");
    if (host != null && origin.equals(request.getScheme() + "://" + host)) {
      return true;
    }
    try { // behind a proxy, the address the space is registered with
      return origin.equals(FcUrls.origin(login.client().redirectUri()));
    } catch (LoginFailedException | IllegalArgumentException e) {
      return false;
    }
  }

  private static void seeOther(HttpServletResponse response, String location) {
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", location);
  }
}
