package fr.fc.oidc.api;

import fr.fc.oidc.OpenIdProvider;
import fr.fc.shared.api.ServedPlatform;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.metrics.annotation.Counted;

/** OpenID Connect Discovery 1.0: fc's provider metadata, the standard platform's or FranceConnect+'s. */
@Path("v2/.well-known/openid-configuration")
@RequestScoped
public class DiscoveryEndpoint {

  @EJB private OpenIdProvider provider;
  @Inject private ServedPlatform served;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Counted(name = "fc.discovery.requests", absolute = true, description = "Discovery documents served")
  public Map<String, Object> metadata() {
    return provider.metadata(served.platform());
  }
}
