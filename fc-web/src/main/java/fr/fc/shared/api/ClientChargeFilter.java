package fr.fc.shared.api;

import fr.fc.audit.AuditScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Charges a request to the client it named, once answered, if it authenticated as that client:
 * nobody spends an SP's or a data provider's rate by naming it, whatever the refusal it gets.
 */
@Provider
@ApplicationScoped
public class ClientChargeFilter implements ContainerResponseFilter {

  @Inject private ClientCharge charge;
  @Inject private RequestLimits limits;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (charge.limit() != null && charge.clientId().equals(AuditScope.authenticatedClient())) {
      limits.charge(charge.limit(), charge.clientId());
    }
  }
}
