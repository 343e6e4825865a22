package fr.fc.registry;

import fr.fc.crypto.SecretEncryption;
import fr.fc.registry.model.ServiceProvider;
import fr.fc.shared.config.Configuration;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Imports the registrations of the file {@code fc.registry.import-file} at startup: each service
 * provider is created or brought up to date, keyed by its client_id. Nothing else is touched.
 */
@Singleton
@Startup
@DependsOn({"Configuration", "DatabaseMigration", "SecretEncryption"})
public class RegistryImport {

  private static final Logger LOG = Logger.getLogger(RegistryImport.class.getName());

  @EJB private Configuration configuration;
  @EJB private SecretEncryption secrets;

  @PersistenceContext(unitName = "fc")
  private EntityManager entityManager;

  @PostConstruct
  void importFile() {
    configuration.settings().registryImportFile().ifPresent(this::importFrom);
  }

  private void importFrom(Path file) {
    List<ServiceProviderRegistration> registrations = RegistryFile.read(file).serviceProviders();
    registrations.forEach(this::register);
    LOG.info(() -> "Imported " + registrations.size() + " service provider(s) from " + file);
  }

  private void register(ServiceProviderRegistration registration) {
    ServiceProvider sp =
        entityManager
            .createNamedQuery(ServiceProvider.FIND_BY_CLIENT_ID, ServiceProvider.class)
            .setParameter("clientId", registration.clientId())
            .getResultStream()
            .findFirst()
            .orElseGet(() -> newServiceProvider(registration));
    sp.register(
        registration.name(),
        registration.entityId(),
        ServiceProvider.Type.valueOf(registration.type().toUpperCase(Locale.ROOT)),
        ClientSecrets.hash(registration.clientSecret()),
        registration.scopes(),
        registration.redirectUris(),
        registration.postLogoutRedirectUris());
    sp.signWith(
        registration.idTokenSigningAlg(),
        registration.userinfoSigningAlg(),
        registration.signsWithSecret() ? secrets.seal(registration.clientSecret()) : null);
    sp.allowPrompts(registration.allowedPrompts());
    sp.requireIdentityConsent(registration.identityConsent());
    sp.filterIdps(registration.idpFilter().exclude(), registration.idpFilter().idpIds());
  }

  private ServiceProvider newServiceProvider(ServiceProviderRegistration registration) {
    ServiceProvider sp =
        new ServiceProvider(
            registration.clientId(),
            registration.name(),
            registration.entityId(),
            ServiceProvider.Type.PUBLIC);
    entityManager.persist(sp);
    return sp;
  }
}
