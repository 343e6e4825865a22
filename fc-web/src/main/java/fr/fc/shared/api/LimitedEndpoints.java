package fr.fc.shared.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Binds an {@link AddressLimitFilter} to each endpoint whose method or class is {@link Limited},
 * once, when the application starts: a request to any other endpoint meets no filter, and none
 * looks its endpoint up on each request.
 */
@Provider
@ApplicationScoped
public class LimitedEndpoints implements DynamicFeature {

  @Inject private RequestLimits limits;

  @Override
  public void configure(ResourceInfo endpoint, FeatureContext context) {
    if (endpoint.getResourceMethod() == null) {
      return;
    }
    Limited limited = endpoint.getResourceMethod().getAnnotation(Limited.class);
    if (limited == null) {
      limited = endpoint.getResourceClass().getAnnotation(Limited.class);
    }
    if (limited != null) {
      // Before the other filters: a flood is refused before any of them reads the request.
      context.register(new AddressLimitFilter(limits, limited.value()), Priorities.AUTHENTICATION);
    }
  }
}
