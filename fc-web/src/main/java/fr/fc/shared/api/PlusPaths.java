package fr.fc.shared.api;

import fr.fc.shared.config.Issuer;
import fr.fc.shared.config.Platform;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Serves FranceConnect+ under /plus with the standard platform's endpoints and pages: /plus/api/v2/x
 * is /api/v2/x, marked as FranceConnect+ ({@link ServedPlatform}), so that an SP written for
 * FranceConnect+ finds every path it knows under its own issuer, and its logins keep their own cookies
 * (path /plus/api). Mapped in web.xml after the filters that every request goes through.
 */
public class PlusPaths extends HttpFilter {

  private static final String API = "/api/v2/";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    // The decoded, normalised path the container mapped: the raw URI could still hold "../" segments
    // that the forward would resolve, to WEB-INF for one.
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    String rest = path.substring(Issuer.PLUS_PREFIX.length());
    if (!rest.startsWith(API) || rest.contains("..") || rest.toUpperCase(Locale.ROOT).contains("-INF")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    request.setAttribute(ServedPlatform.ATTRIBUTE, Platform.PLUS);
    request.getRequestDispatcher(rest).forward(request, response);
  }
}
