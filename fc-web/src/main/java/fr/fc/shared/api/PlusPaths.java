package fr.fc.shared.api;

import fr.fc.shared.config.Issuer;
import fr.fc.shared.config.Platform;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Serves FranceConnect+ under /plus with the standard platform's endpoints and pages: /plus/api/v2/x
 * is /api/v2/x, marked as FranceConnect+ ({@link ServedPlatform}), so that an SP written for
 * FranceConnect+ finds every path it knows under its own issuer, and its logins keep their own cookies
 * (path /plus/api). Mapped in web.xml after the filters that every request goes through.
 */
public class PlusPaths extends HttpFilter {

  private static final Pattern OWN_PATH = Pattern.compile("/api/v2/[A-Za-z0-9._~/-]*");

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    String rest = path.substring(Issuer.PLUS_PREFIX.length());
    // Only a path the client sent as is (no encoding, no dot segment: the forward would decode and
    // resolve them again, towards WEB-INF for one), made of the characters of fc's own paths.
    boolean asSent = request.getRequestURI().equals(request.getContextPath() + path);
    if (!asSent || !OWN_PATH.matcher(rest).matches() || rest.contains("..")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    request.setAttribute(ServedPlatform.ATTRIBUTE, Platform.PLUS);
    request.getRequestDispatcher(rest).forward(request, response);
  }
}
