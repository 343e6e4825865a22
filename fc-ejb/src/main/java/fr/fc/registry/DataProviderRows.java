package fr.fc.registry;

import fr.fc.registry.model.DataProvider;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/** The data providers' rows, keyed by their id. */
final class DataProviderRows extends PartnerRows<DataProviderRegistration, DataProvider> {

  private final KnownScopes known;

  DataProviderRows(EntityManager entityManager, KnownScopes known) {
    super(entityManager, DataProvider.class, "uid", "r.uid");
    this.known = known;
  }

  @Override
  PartnerKind kind() {
    return PartnerKind.DATA_PROVIDER;
  }

  @Override
  Entry<DataProviderRegistration> parse(Map<String, Object> json, int order) {
    return entry(DataProviderMapping.fromJson(json, known));
  }

  @Override
  Entry<DataProviderRegistration> entry(DataProvider row) {
    return entry(DataProviderMapping.registration(row));
  }

  @Override
  void create(Entry<DataProviderRegistration> entry, String secret) {
    DataProvider dp = new DataProvider(entry.id());
    DataProviderMapping.register(dp, entry.registration());
    dp.activate(entry.registration().active());
    dp.useSecret(ClientSecrets.hash(secret));
    entityManager.persist(dp);
  }

  @Override
  void update(Entry<DataProviderRegistration> entry, String secret) {
    DataProvider dp = row(entry.id()).orElseThrow();
    DataProviderMapping.register(dp, entry.registration());
    dp.activate(entry.registration().active());
    if (secret != null) {
      dp.useSecret(ClientSecrets.hash(secret));
    }
  }

  @Override
  boolean holdsSecret(String id, String secret) {
    return row(id).map(dp -> ClientSecrets.matches(secret, dp.getClientSecretHash())).orElse(false);
  }

  @Override
  void rotate(String id, String secret, Instant previousValidUntil) {
    row(id).orElseThrow().rotateSecret(ClientSecrets.hash(secret), previousValidUntil.atOffset(ZoneOffset.UTC));
  }

  @Override
  Optional<String> conflict(Entry<DataProviderRegistration> entry) {
    return entityManager
        .createQuery("SELECT dp.uid FROM DataProvider dp WHERE dp.clientId = :clientId AND dp.uid <> :uid", String.class)
        .setParameter("clientId", entry.registration().clientId())
        .setParameter("uid", entry.id())
        .getResultStream()
        .findFirst()
        .map(other -> "clientId " + entry.registration().clientId() + " is the data provider " + other + "'s");
  }

  private static Entry<DataProviderRegistration> entry(DataProviderRegistration registration) {
    return new Entry<>(registration.uid(), DataProviderMapping.json(registration), registration.clientSecret(), registration);
  }
}
