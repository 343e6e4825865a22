package fr.fc.shared.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;

/**
 * An error JAX-RS answers without a body (a malformed Accept or Content-Type header, which it
 * refuses with a bare 400) gets the JSON error of {@link UnmatchedRequestMapper}: for a bodiless
 * error the servlet container sends its own error page instead.
 */
@Provider
public class ErrorBodyFilter implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() >= 400 && !response.hasEntity()) {
      response.setEntity(
          UnmatchedRequestMapper.body(response.getStatusInfo()), new Annotation[0], MediaType.APPLICATION_JSON_TYPE);
      response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
    }
  }
}
