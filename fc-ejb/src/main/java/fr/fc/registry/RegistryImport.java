package fr.fc.registry;

import fr.fc.crypto.SecretEncryption;
import fr.fc.registry.model.DataProvider;
import fr.fc.registry.model.ServiceProvider;
import fr.fc.shared.config.Configuration;
import fr.fc.shared.database.SchemaReady;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * Imports the registrations of the file {@code fc.registry.import-file} once the schema is ready:
 * each service provider is created or brought up to date, keyed by its client_id, and each data
 * provider, keyed by its id. Nothing else is
 * touched, so importing again changes nothing.
 */
@Singleton
@DependsOn({"Configuration", "SecretEncryption"})
public class RegistryImport {

  private static final Logger LOG = Logger.getLogger(RegistryImport.class.getName());

  @EJB private Configuration configuration;
  @EJB private SecretEncryption secrets;
  @EJB private ServiceProviderRegistry serviceProviders;
  @EJB private DataProviderRegistry dataProviders;

  @PersistenceContext(unitName = "fc")
  private EntityManager entityManager;

  public void importFile(@Observes SchemaReady ready) {
    configuration.settings().registryImportFile().ifPresent(this::importFrom);
    serviceProviders.reload();
    dataProviders.reload();
  }

  private void importFrom(Path file) {
    RegistryFile registry = RegistryFile.read(file);
    registry.serviceProviders().forEach(this::register);
    registry.dataProviders().forEach(this::register);
    LOG.info(
        () -> "Imported " + registry.serviceProviders().size() + " service provider(s) and "
            + registry.dataProviders().size() + " data provider(s) from " + file);
  }

  private void register(DataProviderRegistration registration) {
    DataProvider dp =
        entityManager
            .createNamedQuery(DataProvider.FIND_BY_UID, DataProvider.class)
            .setParameter("uid", registration.uid())
            .getResultStream()
            .findFirst()
            .orElseGet(() -> persisted(new DataProvider(registration.uid())));
    DataProviderMapping.register(dp, registration);
  }

  private DataProvider persisted(DataProvider dp) {
    entityManager.persist(dp);
    return dp;
  }

  private void register(ServiceProviderRegistration registration) {
    ServiceProvider sp =
        entityManager
            .createNamedQuery(ServiceProvider.FIND_BY_CLIENT_ID, ServiceProvider.class)
            .setParameter("clientId", registration.client().clientId())
            .getResultStream()
            .findFirst()
            .orElseGet(() -> newServiceProvider(registration));
    ServiceProviderMapping.register(sp, registration, secrets::seal);
  }

  private ServiceProvider newServiceProvider(ServiceProviderRegistration registration) {
    ServiceProvider sp = ServiceProviderMapping.newRow(registration);
    entityManager.persist(sp);
    return sp;
  }
}
