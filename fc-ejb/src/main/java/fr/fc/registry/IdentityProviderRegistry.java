package fr.fc.registry;

import fr.fc.crypto.SecretEncryption;
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
import java.util.List;
import java.util.Optional;

/**
 * The active identity providers, in their order on the choice page, held in memory with their
 * secrets (opened once per reload) so that no request reads the database for them.
 * {@link #reload()} replaces the snapshot after a registration changes.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class IdentityProviderRegistry {

  @PersistenceContext(unitName = "fc")
  private EntityManager entityManager;

  @EJB private SecretEncryption secrets;

  /** Null until loaded: once the schema is ready, or at the first request if that comes earlier. */
  private volatile List<IdentityProviderRegistration> providers;

  /** In a transaction when the refresh calls it; the first request's own load reads without one. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void reload() {
    providers = new IdentityProviderRows(entityManager, secrets).active();
  }

  public List<IdentityProviderRegistration> all() {
    if (providers == null) {
      load();
    }
    return providers;
  }

  public Optional<IdentityProviderRegistration> find(String id) {
    return all().stream().filter(idp -> idp.id().equals(id)).findFirst();
  }

  /** The IdP of this id if citizens may be sent to it now. */
  public Optional<IdentityProviderRegistration> findAvailable(String id) {
    return find(id).filter(IdentityProviderRegistration::available);
  }

  // A database still away when fc started: the citizen is told to come back, not that the IdP is unknown.
  private void load() {
    try {
      reload();
    } catch (PersistenceException e) {
      throw new FcException(FcError.DATABASE_UNAVAILABLE);
    }
  }
}
