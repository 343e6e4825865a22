package fr.fc.oidc;

import fr.fc.shared.config.Configuration;
import fr.fc.shared.config.Issuer;
import fr.fc.shared.config.Platform;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** fc's identity as an OpenID Provider: its issuer and the metadata it publishes. */
@Singleton
@Startup
@DependsOn("Configuration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OpenIdProvider {

  @EJB private Configuration configuration;

  private final Map<Platform, Map<String, Object>> metadata = new EnumMap<>(Platform.class);

  @PostConstruct
  void describe() {
    for (Platform platform : List.of(Platform.V2, Platform.PLUS)) {
      metadata.put(platform, Collections.unmodifiableMap(ProviderMetadata.of(issuer(platform), platform)));
    }
  }

  /** The issuer of the standard platform. */
  public Issuer issuer() {
    return configuration.settings().issuer();
  }

  /** The issuer of a platform: v1's pages are the standard platform's. */
  public Issuer issuer(Platform platform) {
    return configuration.settings().issuer(platform);
  }

  /** The issuer of the platform a login came through. */
  public Issuer issuerOf(AuthorizationRequest request) {
    return issuer(request.platform());
  }

  /** A platform's discovery document; built once, it never changes while the node runs. */
  public Map<String, Object> metadata(Platform platform) {
    return metadata.get(platform == Platform.PLUS ? Platform.PLUS : Platform.V2);
  }
}
