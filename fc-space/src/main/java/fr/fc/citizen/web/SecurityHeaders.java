package fr.fc.citizen.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers of every answer of the space (web.xml maps it first, on forwards and error pages
 * too): scripts, styles and images from fc only, no framing, no sniffing, no referrer, nothing
 * kept in caches. Forms may lead beyond the space: the logout form's redirects go on to fc, then
 * to the identity provider's logout, and browsers check form-action on each of them.
 */
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self';"
          + " frame-ancestors 'none'; form-action 'self' http: https:; base-uri 'none'";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Cache-Control", "no-store");
    chain.doFilter(request, response);
  }
}
