package fr.fc.registry;

import fr.fc.crypto.SecretEncryption;
import fr.fc.registry.model.ServiceProvider;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The active service providers, held in memory so that no request reads the database for them
 * (DESIGN, hot path). {@link #reload()} replaces the snapshot after a registration changes.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ServiceProviderRegistry {

  @PersistenceContext(unitName = "fc")
  private EntityManager entityManager;

  @EJB private SecretEncryption secrets;

  /** Null until loaded: once the schema is ready, or at the first request if that comes earlier. */
  private volatile Map<String, RegisteredClient> clients;

  /** In a transaction when the refresh calls it; the first request's own load reads without one. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void reload() {
    clients =
        entityManager
            .createQuery("SELECT sp FROM ServiceProvider sp WHERE sp.active = TRUE", ServiceProvider.class)
            .getResultStream()
            .map(sp -> ServiceProviderMapping.snapshot(sp, secrets::open))
            .collect(Collectors.toUnmodifiableMap(RegisteredClient::clientId, Function.identity()));
  }

  /** The active SP with this client_id. */
  public Optional<RegisteredClient> find(String clientId) {
    if (clients == null) {
      load();
    }
    return Optional.ofNullable(clients.get(clientId));
  }

  // A database still away when fc started: the citizen is told to come back, not that the SP is unknown.
  private void load() {
    try {
      reload();
    } catch (PersistenceException e) {
      throw new FcException(FcError.DATABASE_UNAVAILABLE);
    }
  }
}
