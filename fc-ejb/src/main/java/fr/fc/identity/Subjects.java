package fr.fc.identity;

import fr.fc.shared.config.Configuration;
import fr.fc.shared.config.Setting;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * The pairwise subjects of this deployment. Their secret comes from {@code fc.identity.sub-secret-key}
 * or, when unset, from a file created once beside the signing keys: changing it changes every sub,
 * so every node of a cluster must share it.
 */
@Singleton
@Startup
@DependsOn("Configuration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Subjects {

  @EJB private Configuration configuration;

  private PairwiseSubject pairwise;

  @PostConstruct
  void load() {
    pairwise = new PairwiseSubject(configuration.settings().secret(Setting.SUB_SECRET_KEY));
  }

  /**
   * The citizen's pseudonym: the sub of the entity of their space ({@code spaceEntityId}), which
   * keys their history and their choice of IdPs, and which the space reads in its ID token.
   */
  public String citizen(String spaceEntityId, PivotIdentity registered) {
    return pairwise.forEntity(spaceEntityId, registered);
  }

  /** The SP entity's sub for this identity. */
  public String forEntity(String entityId, PivotIdentity identity) {
    return pairwise.forEntity(entityId, identity);
  }
}
