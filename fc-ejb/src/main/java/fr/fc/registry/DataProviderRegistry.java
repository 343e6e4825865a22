package fr.fc.registry;

import fr.fc.registry.model.DataProvider;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;

/**
 * The active data providers, held in memory so that no request reads the database for them.
 * {@link #reload()} replaces the snapshot after a registration changes.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DataProviderRegistry {

  @PersistenceContext(unitName = "fc")
  private EntityManager entityManager;

  /** Null until loaded: once the schema is ready, or at the first request if that comes earlier. */
  private volatile List<RegisteredDataProvider> providers;

  /** In a transaction when the refresh calls it; the first request's own load reads without one. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void reload() {
    providers =
        entityManager
            .createQuery("SELECT dp FROM DataProvider dp WHERE dp.active = TRUE ORDER BY dp.id", DataProvider.class)
            .getResultStream()
            .map(DataProviderMapping::snapshot)
            .toList();
  }

  /** The active data provider authenticating with this client_id. */
  public Optional<RegisteredDataProvider> find(String clientId) {
    return all().stream().filter(dp -> dp.clientId().equals(clientId)).findFirst();
  }

  /** The active data provider that serves this scope, the source the consent page names. */
  public Optional<RegisteredDataProvider> servingScope(String scope) {
    return all().stream().filter(dp -> dp.serves(scope)).findFirst();
  }

  public List<RegisteredDataProvider> all() {
    if (providers == null) {
      load();
    }
    return providers;
  }

  // A database still away when fc started: the caller is told to come back, not that it is unknown.
  private void load() {
    try {
      reload();
    } catch (PersistenceException e) {
      throw new FcException(FcError.DATABASE_UNAVAILABLE);
    }
  }
}
