package fr.fc.shared.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Charges a request to the client it named, once answered, unless its authentication failed (401):
 * nobody spends an SP's or a data provider's rate by naming it.
 */
@Provider
@ApplicationScoped
public class ClientChargeFilter implements ContainerResponseFilter {

  private static final int UNAUTHENTICATED = 401;

  @Inject private ClientCharge charge;
  @Inject private RequestLimits limits;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (charge.limit() != null && response.getStatus() != UNAUTHENTICATED) {
      limits.charge(charge.limit(), charge.clientId());
    }
  }
}
