package fr.fc.admin.api;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every admin call needs an operator's valid token (401 otherwise, with the RFC 6750 challenge) and
 * one of the roles its endpoint allows (403 otherwise). An endpoint without {@link RolesAllowed} is
 * refused to all: nothing here is public by omission.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class OperatorTokenFilter implements ContainerRequestFilter {

  private static final String BEARER = "Bearer ";

  @Inject private OperatorTokens tokens;
  @Context private ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    Optional<Set<String>> roles =
        authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
            ? tokens.roles(authorization.substring(BEARER.length()).trim())
            : Optional.empty();
    if (roles.isEmpty()) {
      request.abortWith(refusal(401, "invalid_token", "a valid operator token is required"));
      return;
    }
    if (roles.get().stream().noneMatch(allowed()::contains)) {
      request.abortWith(refusal(403, "insufficient_scope", "this operator's roles do not allow this call"));
    }
  }

  private Set<String> allowed() {
    RolesAllowed method = resource.getResourceMethod() == null ? null : resource.getResourceMethod().getAnnotation(RolesAllowed.class);
    RolesAllowed type = resource.getResourceClass() == null ? null : resource.getResourceClass().getAnnotation(RolesAllowed.class);
    RolesAllowed declared = method != null ? method : type;
    return declared == null ? Set.of() : Set.of(declared.value());
  }

  private static Response refusal(int status, String error, String description) {
    Response.ResponseBuilder response =
        Response.status(status)
            .type(MediaType.APPLICATION_JSON_TYPE)
            .header("Cache-Control", "no-store")
            .entity(Map.of("error", error, "error_description", description));
    if (status == 401) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
    }
    return response.build();
  }
}
