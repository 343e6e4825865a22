package fr.fc.data;

import fr.fc.data.model.Consent;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;

/** Keeps each answer of a citizen on the consent page, durably, before the login goes on. */
@Stateless
public class ConsentRecords {

  @PersistenceContext(unitName = "fc")
  private EntityManager entityManager;

  /**
   * @param sub the citizen's sub for this SP: nothing of the identity is kept
   * @param scopes the scopes the SP asked the consent for
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(String spClientId, String sub, Collection<String> scopes, boolean given) {
    entityManager.persist(new Consent(spClientId, sub, scopes, given));
  }
}
