package fr.fc.shared.api;

import fr.fc.oidc.OpenIdProvider;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * The headers every answer of the API carries (ASVS 5.0 V3): no content sniffing, and HSTS for a
 * year wherever fc is reached over TLS (the issuer is https anywhere but on a loopback host).
 */
@Provider
@ApplicationScoped
public class SecurityHeaders implements ContainerResponseFilter {

  static final String HSTS = "max-age=31536000";

  @EJB private OpenIdProvider provider;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
    if (provider.issuer().isHttps()) {
      response.getHeaders().putSingle("Strict-Transport-Security", HSTS);
    }
  }
}
