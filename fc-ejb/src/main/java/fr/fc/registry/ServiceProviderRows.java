package fr.fc.registry;

import fr.fc.crypto.SecretEncryption;
import fr.fc.registry.model.ServiceProvider;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** The service providers' rows, keyed by client_id. */
final class ServiceProviderRows extends PartnerRows<ServiceProviderRegistration, ServiceProvider> {

  private final SecretEncryption secrets;
  private final KnownScopes known;

  ServiceProviderRows(EntityManager entityManager, SecretEncryption secrets, KnownScopes known) {
    super(entityManager, ServiceProvider.class, "clientId", "r.clientId");
    this.secrets = secrets;
    this.known = known;
  }

  @Override
  PartnerKind kind() {
    return PartnerKind.SERVICE_PROVIDER;
  }

  @Override
  Entry<ServiceProviderRegistration> parse(Map<String, Object> json, int order) {
    return entry(ServiceProviderMapping.fromJson(json, known));
  }

  @Override
  Entry<ServiceProviderRegistration> entry(ServiceProvider row) {
    return entry(ServiceProviderMapping.registration(row));
  }

  @Override
  void create(Entry<ServiceProviderRegistration> entry, String secret) {
    ServiceProvider sp = ServiceProviderMapping.newRow(entry.registration());
    ServiceProviderMapping.register(sp, entry.registration());
    sp.activate(entry.registration().active());
    sp.useSecret(ClientSecrets.hash(secret), sealedIfSigning(entry.registration(), secret));
    entityManager.persist(sp);
  }

  @Override
  void update(Entry<ServiceProviderRegistration> entry, String secret) {
    ServiceProvider sp = row(entry.id()).orElseThrow();
    ServiceProviderMapping.register(sp, entry.registration());
    sp.activate(entry.registration().active());
    if (secret != null) {
      sp.useSecret(ClientSecrets.hash(secret), sealedIfSigning(entry.registration(), secret));
    } else if (!entry.registration().signsWithSecret()) {
      sp.sealSecret(null);
    } else if (sp.getClientSecretSealed() == null) {
      throw EntryReader.refused(
          "idTokenSigningAlg", "HS256 signs with the SP's secret, which fc only holds hashed: rotate the secret"
              + " (POST .../secret) or give it in a registry file");
    }
  }

  @Override
  boolean holdsSecret(String id, String secret) {
    return row(id).map(sp -> ClientSecrets.matches(secret, sp.getClientSecretHash())).orElse(false);
  }

  @Override
  void rotate(String id, String secret, Instant previousValidUntil) {
    ServiceProvider sp = row(id).orElseThrow();
    boolean signs = sp.getClientSecretSealed() != null;
    sp.rotateSecret(ClientSecrets.hash(secret), signs ? secrets.seal(secret) : null, previousValidUntil.atOffset(ZoneOffset.UTC));
  }

  private String sealedIfSigning(ServiceProviderRegistration registration, String secret) {
    return registration.signsWithSecret() ? secrets.seal(secret) : null;
  }

  private static Entry<ServiceProviderRegistration> entry(ServiceProviderRegistration registration) {
    return new Entry<>(
        registration.client().clientId(), ServiceProviderMapping.json(registration), registration.clientSecret(),
        registration);
  }
}
