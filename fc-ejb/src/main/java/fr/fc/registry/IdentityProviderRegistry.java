package fr.fc.registry;

import fr.fc.shared.config.Configuration;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.List;
import java.util.Optional;

/**
 * The identity providers fc offers, in the order of the import file. Their client secrets must be
 * sent to them, so they are held in memory only, as read from the operator's file.
 */
@Singleton
@Startup
@DependsOn("Configuration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class IdentityProviderRegistry {

  @EJB private Configuration configuration;

  private List<IdentityProviderRegistration> providers = List.of();

  @PostConstruct
  void load() {
    providers =
        configuration
            .settings()
            .registryImportFile()
            .map(file -> RegistryFile.read(file).identityProviders())
            .orElse(List.of());
  }

  public List<IdentityProviderRegistration> all() {
    return providers;
  }

  public Optional<IdentityProviderRegistration> find(String id) {
    return providers.stream().filter(idp -> idp.id().equals(id)).findFirst();
  }

  /** The IdP of this id if citizens may be sent to it now. */
  public Optional<IdentityProviderRegistration> findAvailable(String id) {
    return find(id).filter(IdentityProviderRegistration::available);
  }
}
