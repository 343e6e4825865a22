package fr.fc.audit;

import fr.fc.shared.config.Configuration;
import fr.fc.shared.config.Setting;
import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Gives the audit trail the request's origin (address, user agent) for the events of the request,
 * first of all filters (the web.xml of fc-web and fc-space), and forgets it when the request is served.
 */
public class AuditScopeFilter extends HttpFilter {

  @EJB private Configuration configuration;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Set<String> proxies = configuration.settings().addresses(Setting.TRUSTED_PROXIES);
    AuditScope.open(ClientAddress.of(request, proxies), request.getHeader("User-Agent"));
    try {
      chain.doFilter(request, response);
    } finally {
      AuditScope.close();
    }
  }
}
