package fr.fc.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Gives the audit trail the request's origin (address, user agent) for the events of the request,
 * first of all filters (the web.xml of fc-web and fc-space), and forgets it when the request is served.
 */
public class AuditScopeFilter extends HttpFilter {

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    AuditScope.open(request.getRemoteAddr(), request.getHeader("User-Agent"));
    try {
      chain.doFilter(request, response);
    } finally {
      AuditScope.close();
    }
  }
}
