package fr.fc.admin.api;

import fr.fc.audit.AuditScope;
import fr.fc.audit.ClientAddress;
import fr.fc.shared.config.Configuration;
import fr.fc.shared.config.Setting;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/** The audit events of an admin call (an operator's change) name the address and user agent it came from. */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class AdminAuditScope implements ContainerRequestFilter, ContainerResponseFilter {

  @Context private HttpServletRequest servletRequest;
  @EJB private Configuration configuration;

  @Override
  public void filter(ContainerRequestContext request) {
    String address = ClientAddress.of(servletRequest, configuration.settings().addresses(Setting.TRUSTED_PROXIES));
    AuditScope.open(address, request.getHeaderString(HttpHeaders.USER_AGENT));
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    AuditScope.close();
  }
}
