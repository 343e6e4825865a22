package fr.fc.shared.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;

/**
 * Refuses a request to a {@link Limited} endpoint from an address past its rate, before the
 * endpoint reads it. {@link LimitedEndpoints} binds one to each such endpoint, with its rate.
 */
final class AddressLimitFilter implements ContainerRequestFilter {

  private final RequestLimits limits;
  private final RequestLimit limit;

  AddressLimitFilter(RequestLimits limits, RequestLimit limit) {
    this.limits = limits;
    this.limit = limit;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    limits.admitAddress(limit);
  }
}
