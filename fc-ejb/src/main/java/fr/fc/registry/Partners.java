package fr.fc.registry;

import fr.fc.crypto.SecretEncryption;
import jakarta.persistence.EntityManager;

/** The rows of each kind of partner, in one transaction. */
final class Partners {

  private final EntityManager entityManager;
  private final SecretEncryption secrets;
  private final KnownScopes known;

  Partners(EntityManager entityManager, SecretEncryption secrets, KnownScopes known) {
    this.entityManager = entityManager;
    this.secrets = secrets;
    this.known = known;
  }

  PartnerRows<?, ?> of(PartnerKind kind) {
    return switch (kind) {
      case SERVICE_PROVIDER -> new ServiceProviderRows(entityManager, secrets, known);
      case IDENTITY_PROVIDER -> new IdentityProviderRows(entityManager, secrets);
      case DATA_PROVIDER -> new DataProviderRows(entityManager, known);
    };
  }
}
