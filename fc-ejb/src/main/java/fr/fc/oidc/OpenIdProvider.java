package fr.fc.oidc;

import fr.fc.shared.config.Configuration;
import fr.fc.shared.config.Issuer;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.Collections;
import java.util.Map;

/** fc's identity as an OpenID Provider: its issuer and the metadata it publishes. */
@Singleton
@Startup
@DependsOn("Configuration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OpenIdProvider {

  @EJB private Configuration configuration;

  private Map<String, Object> metadata;

  @PostConstruct
  void describe() {
    metadata = Collections.unmodifiableMap(ProviderMetadata.of(issuer()));
  }

  public Issuer issuer() {
    return configuration.settings().issuer();
  }

  /** The discovery document; built once, it never changes while the node runs. */
  public Map<String, Object> metadata() {
    return metadata;
  }
}
