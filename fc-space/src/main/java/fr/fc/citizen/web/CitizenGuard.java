package fr.fc.citizen.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Every page of the space is the logged-in citizen's, but the welcome page, the page telling a
 * login failed, and Faces' resources: without a citizen in the session, on to the welcome page
 * (remembering a page worth coming back to, {@link ReturnTo}). Servlets check for themselves.
 */
public class CitizenGuard extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The page that tells what the space is and has the FranceConnect button. */
  static final String WELCOME = "/connexion.xhtml";
  /** The page that tells a login did not succeed. */
  static final String FAILURE = "/connexion-impossible.xhtml";

  private static final String FACES_RESOURCES = "/jakarta.faces.resource/";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!guarded(path) || SpaceSession.citizen(request).isPresent()) {
      chain.doFilter(request, response);
      return;
    }
    boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    if (read) {
      ReturnTo.of(request.getServletPath(), request.getQueryString())
          .ifPresent(page -> request.getSession().setAttribute(ReturnTo.SESSION_ATTRIBUTE, page));
    }
    // A form sent after the session ended (15 minutes) comes back as a GET of the welcome page.
    response.setStatus(read ? HttpServletResponse.SC_FOUND : HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getContextPath() + WELCOME);
  }

  /** Whether the path is one of the citizen's pages: a Faces view, or the context root. */
  static boolean guarded(String path) {
    if (path.startsWith(FACES_RESOURCES) || path.equals(WELCOME) || path.equals(FAILURE)) {
      return false;
    }
    return path.isEmpty() || path.equals("/") || path.endsWith(".xhtml");
  }
}
