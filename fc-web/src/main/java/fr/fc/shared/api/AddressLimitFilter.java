package fr.fc.shared.api;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/** Refuses a request to a {@link Limited} endpoint from an address past its rate, before the endpoint reads it. */
@Provider
@ApplicationScoped
// Before the other filters: a flood is refused before any of them reads the request.
@Priority(Priorities.AUTHENTICATION)
public class AddressLimitFilter implements ContainerRequestFilter {

  @Context private ResourceInfo resource;
  @Inject private RequestLimits limits;

  @Override
  public void filter(ContainerRequestContext request) {
    Method endpoint = resource.getResourceMethod();
    if (endpoint == null) {
      return;
    }
    Limited limited = endpoint.getAnnotation(Limited.class);
    if (limited == null) {
      limited = resource.getResourceClass().getAnnotation(Limited.class);
    }
    if (limited != null) {
      limits.admitAddress(limited.value());
    }
  }
}
