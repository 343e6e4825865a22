package fr.fc.shared.api;

import fr.fc.oidc.OpenIdProvider;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Set;

/**
 * Refuses a {@link SameOriginForm} step that a browser says came from another site (ASVS 5.0 3.5.1,
 * OWASP's CSRF cheat sheet): an Origin other than fc's, or a Sec-Fetch-Site other than same-origin
 * or a typed address. Clients that send neither header are left to the interaction cookie and
 * CSRF token, which every such step checks too.
 */
@Provider
@SameOriginForm
@ApplicationScoped
public class SameOriginFilter implements ContainerRequestFilter {

  private static final Set<String> OWN_FETCH_SITES = Set.of("same-origin", "none");

  @EJB private OpenIdProvider provider;
  @Inject private ServedPlatform served;

  @Override
  public void filter(ContainerRequestContext request) {
    String origin = request.getHeaderString("Origin");
    String fetchSite = request.getHeaderString("Sec-Fetch-Site");
    if ((origin != null && !origin.equals(ownOrigin())) || (fetchSite != null && !OWN_FETCH_SITES.contains(fetchSite))) {
      throw new FcException(FcError.FORM_ORIGIN_INVALID);
    }
  }

  private String ownOrigin() {
    URI issuer = URI.create(provider.issuer(served.platform()).url());
    return issuer.getScheme() + "://" + issuer.getRawAuthority();
  }
}
