package fr.fc.registry;

import fr.fc.registry.model.DataProvider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A data provider's forms and the one place that maps between them: the entry of a registry file or
 * admin call ({@link DataProviderRegistration}), the database row ({@link DataProvider}) and the
 * snapshot the checktoken endpoint reads ({@link RegisteredDataProvider}).
 */
final class DataProviderMapping {

  static final Set<String> SIGNED_ALGS = Set.of("ES256", "RS256");
  static final Set<String> ENCRYPTED_ALGS = Set.of("ECDH-ES", "RSA-OAEP", "RSA-OAEP-256");
  static final Set<String> ENCRYPTED_ENCS = Set.of("A256GCM");

  private DataProviderMapping() {}

  /** Brings the row up to date with the registration, but for its secret and whether it is active. */
  static void register(DataProvider dp, DataProviderRegistration registration) {
    dp.register(registration.title(), registration.clientId(), registration.scopes(), registration.jwksUri());
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
        dp.getEncryptedResponseEnc(),
        PreviousSecret.of(dp.getPreviousSecretHash(), dp.getPreviousSecretValidUntil()));
  }

  /** The row as an operator registered it, without its secret. */
  static DataProviderRegistration registration(DataProvider dp) {
    return new DataProviderRegistration(
        dp.getUid(), dp.getTitle(), dp.isActive(), dp.getClientId(), null, dp.getScopes(), dp.getJwksUri(),
        dp.getSignedResponseAlg(), dp.getEncryptedResponseAlg(), dp.getEncryptedResponseEnc());
  }

  /** The entry as JSON, every field given, never the secret: what export and diffs show. */
  static Map<String, Object> json(DataProviderRegistration dp) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", dp.uid());
    json.put("title", dp.title());
    json.put("active", dp.active());
    json.put("clientId", dp.clientId());
    json.put("scopes", List.copyOf(new TreeSet<>(dp.scopes())));
    json.put("jwksUri", dp.jwksUri());
    json.put("checktokenSignedResponseAlg", dp.signedResponseAlg());
    json.put("checktokenEncryptedResponseAlg", dp.encryptedResponseAlg());
    json.put("checktokenEncryptedResponseEnc", dp.encryptedResponseEnc());
    return json;
  }

  /**
   * Reads one entry of a registry file's "dataProviders" list, or of an admin call.
   *
   * @throws IllegalArgumentException naming the first field that is wrong
   */
  static DataProviderRegistration fromJson(Map<String, Object> json, KnownScopes known) {
    EntryReader entry = new EntryReader(json);
    DataProviderRegistration registration =
        new DataProviderRegistration(
            entry.identifier("id"),
            entry.text("title", EntryReader.NAME_LENGTH),
            entry.flag("active", true),
            entry.identifier("clientId"),
            entry.optionalText("clientSecret", EntryReader.NAME_LENGTH),
            Set.copyOf(entry.words("scopes", List.of(), known.data())),
            entry.url("jwksUri"),
            entry.oneOf("checktokenSignedResponseAlg", "ES256", SIGNED_ALGS),
            entry.oneOf("checktokenEncryptedResponseAlg", "ECDH-ES", ENCRYPTED_ALGS),
            entry.oneOf("checktokenEncryptedResponseEnc", "A256GCM", ENCRYPTED_ENCS));
    if (registration.scopes().isEmpty()) {
      throw EntryReader.refused("scopes", "must name at least one data scope");
    }
    entry.noOtherField();
    return registration;
  }
}
