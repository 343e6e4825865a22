package fr.fc.registry;

import fr.fc.crypto.SecretEncryption;
import fr.fc.registry.model.IdentityProvider;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The identity providers' rows, in their order on the choice page. */
final class IdentityProviderRows extends PartnerRows<IdentityProviderRegistration, IdentityProvider> {

  private final SecretEncryption secrets;

  IdentityProviderRows(EntityManager entityManager, SecretEncryption secrets) {
    super(entityManager, IdentityProvider.class, "uid", "r.displayOrder, r.uid");
    this.secrets = secrets;
  }

  @Override
  PartnerKind kind() {
    return PartnerKind.IDENTITY_PROVIDER;
  }

  @Override
  Entry<IdentityProviderRegistration> parse(Map<String, Object> json, int order) {
    return entry(IdentityProviderMapping.fromJson(json, order));
  }

  @Override
  Entry<IdentityProviderRegistration> entry(IdentityProvider row) {
    return entry(IdentityProviderMapping.registration(row, sealed -> null));
  }

  /** The active IdPs as the login reads them, with their secrets. */
  List<IdentityProviderRegistration> active() {
    return rows().stream()
        .filter(IdentityProvider::isActive)
        .map(idp -> IdentityProviderMapping.registration(idp, secrets::open))
        .toList();
  }

  @Override
  void create(Entry<IdentityProviderRegistration> entry, String secret) {
    IdentityProvider idp = new IdentityProvider(entry.id());
    IdentityProviderMapping.register(idp, entry.registration());
    idp.activate(entry.registration().active());
    idp.sealSecret(secrets.seal(secret));
    entityManager.persist(idp);
  }

  @Override
  void update(Entry<IdentityProviderRegistration> entry, String secret) {
    IdentityProvider idp = row(entry.id()).orElseThrow();
    if (secret == null && entry.registration().signsWithSecret()) {
      // The registered secret must be long enough for the algorithm the update asks for.
      IdentityProviderMapping.checkHs256Secret("clientSecret", secrets.open(idp.getClientSecretSealed()));
    }
    IdentityProviderMapping.register(idp, entry.registration());
    idp.activate(entry.registration().active());
    if (secret != null) {
      idp.sealSecret(secrets.seal(secret));
    }
  }

  @Override
  boolean holdsSecret(String id, String secret) {
    return row(id).map(idp -> secret.equals(secrets.open(idp.getClientSecretSealed()))).orElse(false);
  }

  @Override
  void rotate(String id, String secret, Instant previousValidUntil) {
    throw new UnsupportedOperationException("An identity provider issues fc's secret: an update registers it");
  }

  @Override
  int nextOrder() {
    return rows().stream().mapToInt(IdentityProvider::getDisplayOrder).max().orElse(-1) + 1;
  }

  private static Entry<IdentityProviderRegistration> entry(IdentityProviderRegistration registration) {
    return new Entry<>(registration.id(), IdentityProviderMapping.json(registration), registration.clientSecret(), registration);
  }
}
