package fr.fc.registry;

import fr.fc.registry.model.DataProvider;
import java.net.URI;
import java.util.Map;
import java.util.Set;

/**
 * A data provider's three forms and the one place that maps between them: the import file's entry
 * ({@link DataProviderRegistration}), the database row ({@link DataProvider}) and the snapshot the
 * checktoken endpoint reads ({@link RegisteredDataProvider}).
 */
final class DataProviderMapping {

  static final Set<String> SIGNED_ALGS = Set.of("ES256", "RS256");
  static final Set<String> ENCRYPTED_ALGS = Set.of("ECDH-ES", "RSA-OAEP", "RSA-OAEP-256");
  static final Set<String> ENCRYPTED_ENCS = Set.of("A256GCM");

  private DataProviderMapping() {}

  static void register(DataProvider dp, DataProviderRegistration registration) {
    dp.register(
        registration.title(),
        registration.active(),
        registration.clientId(),
        ClientSecrets.hash(registration.clientSecret()),
        registration.scopes(),
        registration.jwksUri());
    dp.answerWith(
        registration.signedResponseAlg(), registration.encryptedResponseAlg(), registration.encryptedResponseEnc());
  }

  static RegisteredDataProvider snapshot(DataProvider dp) {
    return new RegisteredDataProvider(
        dp.getUid(),
        dp.getTitle(),
        dp.getClientId(),
        dp.getClientSecretHash(),
        dp.getScopes(),
        dp.getJwksUri(),
        dp.getSignedResponseAlg(),
        dp.getEncryptedResponseAlg(),
        dp.getEncryptedResponseEnc());
  }

  /** Reads one entry of the import file's "dataProviders" list. */
  static DataProviderRegistration fromJson(Map<String, Object> json) {
    return new DataProviderRegistration(
        RegistryFile.required(json, "id"),
        RegistryFile.required(json, "title"),
        !Boolean.FALSE.equals(json.get("active")),
        RegistryFile.required(json, "clientId"),
        RegistryFile.required(json, "clientSecret"),
        scopes(json),
        jwksUri(RegistryFile.required(json, "jwksUri")),
        oneOf(json, "checktokenSignedResponseAlg", "ES256", SIGNED_ALGS),
        oneOf(json, "checktokenEncryptedResponseAlg", "ECDH-ES", ENCRYPTED_ALGS),
        oneOf(json, "checktokenEncryptedResponseEnc", "A256GCM", ENCRYPTED_ENCS));
  }

  private static Set<String> scopes(Map<String, Object> json) {
    Set<String> scopes = RegistryFile.strings(json, "scopes");
    if (scopes.isEmpty()) {
      throw new IllegalArgumentException("a data provider's scopes must be a non-empty list");
    }
    return scopes;
  }

  private static String jwksUri(String value) {
    URI uri = URI.create(value);
    if (!uri.isAbsolute() || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
      throw new IllegalArgumentException("jwksUri must be an absolute http(s) URL");
    }
    return value;
  }

  private static String oneOf(Map<String, Object> json, String name, String byDefault, Set<String> allowed) {
    String value = String.valueOf(json.getOrDefault(name, byDefault));
    if (!allowed.contains(value)) {
      throw new IllegalArgumentException(name + " must be one of " + allowed);
    }
    return value;
  }
}
