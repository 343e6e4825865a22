package fr.fc.admin.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every admin call needs an operator's valid token (401 otherwise, with the RFC 6750 challenge) and
 * one of the roles its endpoint allows (403 otherwise). An endpoint without {@link OperatorRoles} is
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
    Optional<OperatorTokens.Operator> operator =
        authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
            ? tokens.operator(authorization.substring(BEARER.length()).trim())
            : Optional.empty();
    if (operator.isEmpty()) {
      request.abortWith(refusal(401, "invalid_token", "a valid operator token is required"));
      return;
    }
    if (operator.get().roles().stream().noneMatch(allowed()::contains)) {
      request.abortWith(refusal(403, "insufficient_scope", "this operator's roles do not allow this call"));
      return;
    }
    request.setSecurityContext(new OperatorContext(operator.get(), request.getSecurityContext().isSecure()));
  }

  /** The operator as JAX-RS sees the caller: any @RolesAllowed check the runtime adds agrees with this one. */
  private record OperatorContext(OperatorTokens.Operator operator, boolean secure) implements SecurityContext {

    @Override
    public Principal getUserPrincipal() {
      return operator::name;
    }

    @Override
    public boolean isUserInRole(String role) {
      return operator.roles().contains(role);
    }

    @Override
    public boolean isSecure() {
      return secure;
    }

    @Override
    public String getAuthenticationScheme() {
      return "Bearer";
    }
  }

  private Set<String> allowed() {
    OperatorRoles method = resource.getResourceMethod() == null ? null : resource.getResourceMethod().getAnnotation(OperatorRoles.class);
    OperatorRoles type = resource.getResourceClass() == null ? null : resource.getResourceClass().getAnnotation(OperatorRoles.class);
    OperatorRoles declared = method != null ? method : type;
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
